package org.optimusmotion.physics.reconstruct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.IterationEvent;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.OptimizationListener;
import org.optimusmotion.optimizer.OptimizeResult;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.StopReason;
import org.optimusmotion.physics.dynamics.Trajectory;
import org.optimusmotion.physics.model.BodyShape;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Physics-based reconstruction of a whole sequence: aligns the kinematic estimate's global position
 * with the 2D detections ({@link DetectionAlignment}), fits the body to the subject's bone lengths
 * ({@link BodyFitter}), computes kinematic joint angles ({@link PoseFitter}), then optimizes the
 * DiffPhy objective ({@link ReconstructionProblem}) window after window with any {@link Optimizer}.
 *
 * <p>The config's {@link WindowPolicy} sets the windows of a run from the aligned kinematic track
 * ({@link AdaptiveWindowRule#choose}): under {@link WindowPolicy#FIXED} the configured ones, under
 * {@link WindowPolicy#ADAPTIVE} shorter ones for a fast-moving root. Windows of the chosen length start
 * the chosen stride apart (the last one ends at the last frame); window i
 * commits the frames up to the next window's start, the last window all of its frames. Window i+1
 * starts from window i's simulated state at its own first frame (warm start) and from window i's
 * optimized q-hat on the shared frames, the kinematic angles elsewhere.
 *
 * <p>Cancellation is polled between optimizer iterations: the unfinished window is dropped and every
 * finished window is kept in the result. Not thread-safe (one run at a time per instance).
 */
public final class Reconstructor {

    private final ReconstructionConfig config;

    public Reconstructor(ReconstructionConfig config) {
        this.config = config;
    }

    public ReconstructionConfig config() {
        return config;
    }

    /**
     * First frames of the windows of a sequence of {@code frames} frames with {@code config}'s window and
     * stride as given (its policy is not applied: pass a chosen config, {@link ReconstructionResult#windowChoice()}).
     */
    public static int[] windowStarts(int frames, ReconstructionConfig config) {
        int w = config.windowFrames();
        List<Integer> starts = new ArrayList<>();
        int start = 0;
        starts.add(0);
        while (start + w < frames) {
            int next = Math.min(start + config.strideFrames(), frames - w);
            start = Math.max(next, start + 1);
            starts.add(start);
        }
        int[] out = new int[starts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = starts.get(i);
        }
        return out;
    }

    /**
     * Reconstructs {@code input} with {@code optimizer}.
     *
     * @param cancelled polled between iterations; true stops the run, keeping finished windows
     */
    public ReconstructionResult run(ReconstructionInput input, Optimizer optimizer, ReconstructionListener listener,
            BooleanSupplier cancelled) {
        long t0 = System.nanoTime();
        Prepared prep = prepare(input);
        input = prep.input();
        int frames = input.frameCount();
        BodyShape shape = prep.shape();
        Model model = prep.model();
        SimOptions options = prep.options();
        double[][] qKin = prep.qKin();
        double[][] qdKin = prep.qdKin();
        int dof = model.dof();
        int na = model.actuatorCount();
        AdaptiveWindowRule.Choice choice = AdaptiveWindowRule.choose(this.config, input.kinematic());
        // From here on the chosen windows and budget (policy FIXED).
        ReconstructionConfig config = choice.config();
        int[] starts = windowStarts(frames, config);
        FootContactLabels labels = prep.labels();
        listener.onStarted(starts.length, frames);

        double[] committedKeypoints = new double[frames * 3 * Keypoint.COUNT];
        double[][] committedAngles = new double[frames][];
        int committed = 0;
        List<WindowTrace> traces = new ArrayList<>();
        boolean wasCancelled = false;
        double[] q0 = qKin[0].clone();
        double[] qd0 = qdKin[0].clone();
        liftOutOfGround(model, q0);
        double[][] carriedQhat = null;
        int carriedFrom = 0;
        long totalEvaluations = 0;
        for (int w = 0; w < starts.length; w++) {
            int start = starts[w];
            int wf = Math.min(config.windowFrames(), frames - start);
            int end = w + 1 < starts.length ? starts[w + 1] : frames;
            listener.onWindowStarted(w, start, wf);
            double[][] prior = prep.prior(start, wf);
            WindowTargets targets = targets(input, labels, start, wf, prior, q0, qd0);
            ReconstructionProblem problem = new ReconstructionProblem(model, options, config, input.camera(), targets);
            double[] x0 = problem.initialPoint();
            if (carriedQhat != null) {
                // Shared frames start from the previous window's optimized targets.
                for (int f = 0; f < wf && start + f - carriedFrom < carriedQhat.length; f++) {
                    System.arraycopy(carriedQhat[start + f - carriedFrom], 0, x0, 2 * dof + f * na, na);
                }
            }
            TraceRecorder recorder = new TraceRecorder(w, listener, problem, totalEvaluations);
            long tw = System.nanoTime();
            OptimizeResult r = Minimizer.minimize(optimizer, problem, x0,
                    new Budget(config.maxIterationsPerWindow(), config.maxEvaluationsPerWindow()),
                    ConvergenceChecker.defaults(), recorder, cancelled);
            if (r.stopReason() == StopReason.CANCELLED) {
                wasCancelled = true;
                break;
            }
            double[] x = r.x();
            double finalLoss = problem.evaluate(x, null);
            double[] qBuf = new double[dof];
            double[] qdBuf = new double[dof];
            double[][] qhat = new double[wf][na];
            problem.unpack(x, qBuf, qdBuf, qhat);
            Trajectory traj = problem.lastTrajectoryRef();
            boolean diverged = !Double.isFinite(finalLoss);
            int sub = traj.substepsPerFrame();
            for (int f = start; f < end; f++) {
                int local = f - start;
                if (diverged) {
                    // Cannot happen unless even the warm start diverges: keep the kinematic pose.
                    committedAngles[f] = qKin[f].clone();
                    System.arraycopy(kinematicKeypoints(model, qKin[f]), 0, committedKeypoints, f * 3 * Keypoint.COUNT,
                            3 * Keypoint.COUNT);
                } else {
                    traj.stateInto(local * sub, qBuf, qdBuf);
                    committedAngles[f] = qBuf.clone();
                    System.arraycopy(traj.keypointsRef(), local * 3 * Keypoint.COUNT, committedKeypoints,
                            f * 3 * Keypoint.COUNT, 3 * Keypoint.COUNT);
                }
            }
            committed = end;
            if (end < frames) {
                int local = end - start;
                if (diverged) {
                    q0 = qKin[end].clone();
                    qd0 = qdKin[end].clone();
                } else {
                    q0 = new double[dof];
                    qd0 = new double[dof];
                    traj.stateInto(local * sub, q0, qd0);
                }
            }
            carriedQhat = qhat;
            carriedFrom = start;
            totalEvaluations += r.evaluations();
            WindowTrace trace = recorder.trace(start, wf, diverged ? r.value() : finalLoss, r.stopReason(),
                    (System.nanoTime() - tw) * 1e-9);
            traces.add(trace);
            listener.onWindowFinished(w, trace);
        }
        double[] kp = Arrays.copyOf(committedKeypoints, committed * 3 * Keypoint.COUNT);
        KeypointSequence3D simulated = KeypointSequence3D.allValid(input.fps(), kp);
        double[][] angles = Arrays.copyOf(committedAngles, committed);
        return new ReconstructionResult(model, shape, simulated, angles, traces, frames, wasCancelled,
                (System.nanoTime() - t0) * 1e-9, choice);
    }

    /**
     * The windows of {@code input} posed as independent problems, each started from the kinematic
     * estimate at its first frame rather than from the previous window's simulation (no warm start):
     * the problems meta-training draws from. Same objective and body fit as {@link #run}; the windows are
     * the configured ones whatever the {@link WindowPolicy} (meta-training needs one problem dimension for
     * all its windows, and its cached reference losses are per window).
     */
    public List<WindowProblemSpec> independentWindows(ReconstructionInput input) {
        Prepared prep = prepare(input);
        ReconstructionConfig config = this.config.withWindowPolicy(WindowPolicy.FIXED);
        int frames = prep.input().frameCount();
        int[] starts = windowStarts(frames, config);
        List<WindowProblemSpec> out = new ArrayList<>(starts.length);
        for (int start : starts) {
            int wf = Math.min(config.windowFrames(), frames - start);
            double[] q0 = prep.qKin()[start].clone();
            liftOutOfGround(prep.model(), q0);
            WindowTargets targets = targets(prep.input(), prep.labels(), start, wf, prep.prior(start, wf), q0,
                    prep.qdKin()[start]);
            out.add(new WindowProblemSpec(prep.model(), prep.options(), config, prep.input().camera(), targets, start));
        }
        return out;
    }

    /** What every window of a sequence shares: aligned input, fitted body, kinematic angles and labels. */
    private record Prepared(ReconstructionInput input, BodyShape shape, Model model, SimOptions options,
            double[][] qKin, double[][] qdKin, double[][] holdOffset, FootContactLabels labels) {

        /** PD-target prior of a window: kinematic angles (plus the gravity hold offset), (wf x actuators). */
        double[][] prior(int start, int wf) {
            int na = model.actuatorCount();
            int[] act = model.actuatedDofsRef();
            double[][] prior = new double[wf][na];
            for (int f = 0; f < wf; f++) {
                for (int a = 0; a < na; a++) {
                    prior[f][a] = qKin[start + f][act[a]] + (holdOffset != null ? holdOffset[start + f][a] : 0);
                }
            }
            return prior;
        }
    }

    /**
     * The windows {@link #run} would use for {@code input}: the config's {@link WindowPolicy} applied to
     * the kinematic track aligned to the detections (the alignment only, no body fit).
     */
    public AdaptiveWindowRule.Choice windowChoice(ReconstructionInput input) {
        return AdaptiveWindowRule.choose(config, aligned(input).kinematic());
    }

    /** {@code input} with its kinematic track moved onto the detections (unchanged without detections). */
    private static ReconstructionInput aligned(ReconstructionInput input) {
        if (input.detections() == null) {
            return input;
        }
        // Monocular estimates drift in depth: move each frame to where the detections put it.
        KeypointSequence3D kin = DetectionAlignment.align(input.kinematic(), input.detections(), input.camera());
        return new ReconstructionInput(kin, input.detections(), input.camera(), input.scene());
    }

    private Prepared prepare(ReconstructionInput input) {
        input = aligned(input);
        KeypointSequence3D kin = input.kinematic();
        BodyShape shape = BodyFitter.fit(kin, config.bodyMassKg());
        Model model = HumanoidLoader.loadDefault(shape);
        SimOptions options = simOptions(input, config);
        double[][] qKin = new PoseFitter(model).fit(kin);
        double[][] qdKin = velocities(qKin, input.fps());
        double[][] holdOffset = GRAVITY_COMPENSATION ? gravityOffsets(model, options, qKin) : null;
        FootContactLabels labels = FootContactLabels.of(kin);
        return new Prepared(input, shape, model, options, qKin, qdKin, holdOffset, labels);
    }

    /** Simulation options of a run: the input's frame rate and scene, the configured substeps. */
    static SimOptions simOptions(ReconstructionInput input, ReconstructionConfig config) {
        return SimOptions.DEFAULT.withFrameRate(input.fps(), config.substepsPerFrame()).withScene(input.scene());
    }

    /** Whether PD targets start offset by the gravity torque over the gain (see {@link #gravityOffsets}). */
    static final boolean GRAVITY_COMPENSATION = true;

    /**
     * Per frame and actuator, tau_g / kp: the PD target offset whose torque holds each joint's outboard
     * subtree against gravity in the kinematic pose (RNEA with zero velocities and accelerations, no
     * contact), so that servos track instead of sagging. (frames x actuatorCount), radians.
     */
    static double[][] gravityOffsets(Model model, SimOptions options, double[][] q) {
        org.optimusmotion.physics.data.SimData d = new org.optimusmotion.physics.data.SimData(model);
        int[] act = model.actuatedDofsRef();
        double[] kp = model.kpRef();
        double[] zero = new double[model.dof()];
        double[][] out = new double[q.length][act.length];
        for (int f = 0; f < q.length; f++) {
            d.setState(q[f], zero);
            org.optimusmotion.physics.dynamics.Kinematics.forward(model, d);
            org.optimusmotion.physics.dynamics.InverseDynamics.velocities(model, d);
            java.util.Arrays.fill(d.extForce, 0.0);
            java.util.Arrays.fill(d.qdd, 0.0);
            org.optimusmotion.physics.dynamics.InverseDynamics.accelerationsAndForces(model, d, d.qdd,
                    options.gravityMps2(), d.bias);
            for (int a = 0; a < act.length; a++) {
                out[f][a] = kp[act[a]] > 0 ? d.bias[act[a]] / kp[act[a]] : 0;
            }
        }
        return out;
    }

    /** Central-difference joint velocities (one-sided at the ends), (frames x dof). */
    static double[][] velocities(double[][] q, double fps) {
        int n = q.length;
        double[][] qd = new double[n][q[0].length];
        for (int f = 0; f < n; f++) {
            int a = Math.max(0, f - 1);
            int b = Math.min(n - 1, f + 1);
            if (a == b) {
                continue;
            }
            for (int i = 0; i < q[f].length; i++) {
                qd[f][i] = (q[b][i] - q[a][i]) * fps / (b - a);
            }
        }
        return qd;
    }

    /**
     * Raises the root of pose {@code q} (in place) so that no contact sphere penetrates the ground: a
     * penetrating start would be launched by the contact springs.
     */
    static void liftOutOfGround(Model model, double[] q) {
        org.optimusmotion.physics.data.SimData d = new org.optimusmotion.physics.data.SimData(model);
        System.arraycopy(q, 0, d.q, 0, q.length);
        org.optimusmotion.physics.dynamics.Kinematics.forward(model, d);
        int[] link = model.contactLinkRef();
        double[] off = model.contactOffsetRef();
        double[] radius = model.contactRadiusRef();
        double lowest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < link.length; c++) {
            int l = link[c];
            // z of R_l o + p_l: third row of the row-major world rotation.
            double z = d.worldPos[3 * l + 2] + d.worldRot[9 * l + 6] * off[3 * c] + d.worldRot[9 * l + 7] * off[3 * c + 1]
                    + d.worldRot[9 * l + 8] * off[3 * c + 2];
            lowest = Math.min(lowest, z - radius[c]);
        }
        int tz = model.dofIndex("root_tz");
        if (lowest < 0 && tz >= 0) {
            q[tz] -= lowest;
        }
    }

    private static double[] kinematicKeypoints(Model model, double[] q) {
        org.optimusmotion.physics.data.SimData d = new org.optimusmotion.physics.data.SimData(model);
        System.arraycopy(q, 0, d.q, 0, q.length);
        org.optimusmotion.physics.dynamics.Kinematics.forward(model, d);
        double[] out = new double[3 * Keypoint.COUNT];
        org.optimusmotion.physics.dynamics.Kinematics.keypoints(model, d, out, 0);
        return out;
    }

    /** The window's slice of the observations; missing or non-finite 2D points get confidence 0. */
    private static WindowTargets targets(ReconstructionInput input, FootContactLabels labels, int start, int wf,
            double[][] prior, double[] q0, double[] qd0) {
        int k = Keypoint.COUNT;
        double[] k3 = new double[wf * 3 * k];
        double[] v3 = new double[wf * k];
        KeypointSequence3D kin = input.kinematic();
        System.arraycopy(kin.positionsRef(), start * 3 * k, k3, 0, wf * 3 * k);
        boolean[] valid = kin.validRef();
        for (int i = 0; i < wf * k; i++) {
            boolean ok = valid[start * k + i] && Double.isFinite(k3[3 * i]) && Double.isFinite(k3[3 * i + 1])
                    && Double.isFinite(k3[3 * i + 2]);
            v3[i] = ok ? 1 : 0;
            if (!ok) {
                k3[3 * i] = 0;
                k3[3 * i + 1] = 0;
                k3[3 * i + 2] = 0;
            }
        }
        double[] k2 = null;
        double[] c2 = null;
        KeypointSequence2D det = input.detections();
        if (det != null) {
            k2 = new double[wf * 2 * k];
            c2 = new double[wf * k];
            System.arraycopy(det.xyRef(), start * 2 * k, k2, 0, wf * 2 * k);
            System.arraycopy(det.confidenceRef(), start * k, c2, 0, wf * k);
            for (int i = 0; i < wf * k; i++) {
                if (!Double.isFinite(k2[2 * i]) || !Double.isFinite(k2[2 * i + 1]) || !(c2[i] > 0)) {
                    c2[i] = 0;
                    k2[2 * i] = 0;
                    k2[2 * i + 1] = 0;
                }
            }
        }
        double[] stance = new double[wf * k];
        System.arraycopy(labels.stance(), start * k, stance, 0, wf * k);
        double[] cap = new double[wf * k];
        System.arraycopy(labels.smoothedZ(), start * k, cap, 0, wf * k);
        return new WindowTargets(wf, k2, c2, k3, v3, prior, q0.clone(), qd0.clone(), stance, cap, labels.groundZ());
    }

    /** Records a window's loss trace and forwards iterations to the listener. */
    private static final class TraceRecorder implements OptimizationListener {
        private final int window;
        private final ReconstructionListener listener;
        private final ReconstructionProblem problem;
        private final long evaluationsBefore;
        private long[] evaluations = new long[64];
        private double[] losses = new double[64];
        private int size;

        TraceRecorder(int window, ReconstructionListener listener, ReconstructionProblem problem, long evaluationsBefore) {
            this.window = window;
            this.listener = listener;
            this.problem = problem;
            this.evaluationsBefore = evaluationsBefore;
        }

        @Override
        public void onIteration(IterationEvent e) {
            if (size == evaluations.length) {
                evaluations = Arrays.copyOf(evaluations, 2 * size);
                losses = Arrays.copyOf(losses, 2 * size);
            }
            evaluations[size] = e.evaluations();
            losses[size] = e.loss();
            size++;
            listener.onIteration(window, e.iteration(), e.loss(), e.evaluations(), evaluationsBefore + e.evaluations(),
                    problem.lastKeypointsRef());
        }

        WindowTrace trace(int start, int frames, double finalLoss, StopReason reason, double seconds) {
            return new WindowTrace(window, start, frames, Arrays.copyOf(evaluations, size), Arrays.copyOf(losses, size),
                    finalLoss, reason, seconds);
        }
    }
}
