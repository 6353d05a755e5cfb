package org.optimusmotion.physics.reconstruct;

import java.util.Arrays;
import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.CountingProblem;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.OptimizeResult;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.classic.OptimizerKind;
import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.Kinematics;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Inverse kinematics of 3D keypoints onto the body model: per frame, the joint coordinates q that
 * minimise
 * <pre>
 *   sum_k v_k |K_k(q) - J_k|^2 + W_LIMIT sum_i viol(q_i)^2 + W_PREVIOUS |q - q_previous|^2
 *     + W_REST sum_(i not root) q_i^2
 * </pre>
 * by L-BFGS with the exact gradient of forward kinematics ({@link Kinematics#backward}), in two
 * stages: the root alone against the trunk keypoints (pelvis, hips, spine, thorax, shoulders), then
 * all coordinates. Each frame starts from the previous frame's solution (the first from the reference
 * pose moved to the pelvis and turned to the hips). The angles are then smoothed in time with the
 * kernel {@link #SMOOTHING_KERNEL} (the estimate's jitter would otherwise become large velocities).
 * These kinematic angles initialise q-hat and serve as its prior. Not thread-safe.
 */
public final class PoseFitter {

    /** Weight of the squared joint-limit violation, per rad^2. */
    public static final double W_LIMIT = 1.0;
    /** Weight of staying near the previous frame's solution, per rad^2 (resolves redundant coordinates). */
    public static final double W_PREVIOUS = 1e-3;
    /** Weight pulling non-root angles towards the rest pose, per rad^2 (stops twists that trade off against the root). */
    public static final double W_REST = 1e-3;
    /** Temporal smoothing kernel of the fitted angles (normalised, centred). */
    static final double[] SMOOTHING_KERNEL = {1, 2, 3, 2, 1};
    /** Number of root coordinates (3 translations, 3 rotations) at the start of the model's coordinates. */
    static final int ROOT_DOF = 6;
    private static final Keypoint[] TRUNK = {Keypoint.PELVIS, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP, Keypoint.SPINE,
        Keypoint.THORAX, Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER};
    /** L-BFGS evaluations per frame. */
    public static final int EVALUATIONS_PER_FRAME = 150;

    private final Model model;
    private final FrameProblem problem;
    private final Optimizer optimizer = OptimizerKind.LBFGS.withDefaults();

    public PoseFitter(Model model) {
        this.model = model;
        this.problem = new FrameProblem(model);
    }

    /**
     * Fits every frame of {@code track}. Returns (frames x dof) joint coordinates. Frames without a
     * valid pelvis keep the previous frame's solution.
     */
    public double[][] fit(KeypointSequence3D track) {
        int frames = track.frameCount();
        double[][] out = new double[frames][];
        double[] q = initialGuess(track, 0);
        double[] pos = track.positionsRef();
        boolean[] valid = track.validRef();
        for (int f = 0; f < frames; f++) {
            problem.set(pos, valid, f, q, true);
            OptimizeResult r = Minimizer.minimize(optimizer, problem, q, Budget.evaluations(EVALUATIONS_PER_FRAME / 3),
                    ConvergenceChecker.defaults());
            if (Double.isFinite(r.value())) {
                q = r.x();
            }
            problem.set(pos, valid, f, q, false);
            r = Minimizer.minimize(optimizer, problem, q, Budget.evaluations(EVALUATIONS_PER_FRAME),
                    ConvergenceChecker.defaults());
            if (Double.isFinite(r.value())) {
                q = r.x();
            }
            out[f] = q.clone();
        }
        return smooth(out);
    }

    /** Convolves each coordinate with {@link #SMOOTHING_KERNEL}, renormalising at the ends. */
    static double[][] smooth(double[][] q) {
        int frames = q.length;
        int half = SMOOTHING_KERNEL.length / 2;
        double[][] out = new double[frames][];
        for (int f = 0; f < frames; f++) {
            out[f] = new double[q[f].length];
            double wsum = 0;
            for (int j = -half; j <= half; j++) {
                int g = f + j;
                if (g < 0 || g >= frames) {
                    continue;
                }
                double w = SMOOTHING_KERNEL[j + half];
                wsum += w;
                for (int i = 0; i < q[f].length; i++) {
                    out[f][i] += w * q[g][i];
                }
            }
            for (int i = 0; i < q[f].length; i++) {
                out[f][i] /= wsum;
            }
        }
        return out;
    }

    /** The reference pose with the root at frame {@code f}'s pelvis and turned to face like its hips. */
    double[] initialGuess(KeypointSequence3D track, int f) {
        double[] q = model.referencePose();
        int tx = model.dofIndex("root_tx");
        int rz = model.dofIndex("root_rz");
        int p = Keypoint.PELVIS.ordinal();
        int l = Keypoint.LEFT_HIP.ordinal();
        int r = Keypoint.RIGHT_HIP.ordinal();
        if (tx >= 0 && track.isValid(f, p)) {
            q[tx] = track.get(f, p, 0);
            q[tx + 1] = track.get(f, p, 1);
            q[tx + 2] = track.get(f, p, 2);
        }
        if (rz >= 0 && track.isValid(f, l) && track.isValid(f, r)) {
            // The body's left axis is +y at yaw 0: yaw = angle(left - right) - pi/2.
            double dx = track.get(f, l, 0) - track.get(f, r, 0);
            double dy = track.get(f, l, 1) - track.get(f, r, 1);
            q[rz] = Math.atan2(dy, dx) - Math.PI / 2;
        }
        return q;
    }

    /** Squared keypoint distance of one frame plus limit and continuity penalties. */
    private static final class FrameProblem extends CountingProblem {
        private final Model model;
        private final SimData data;
        private final SimAdjoint adjoint;
        private final double[] keypoints = new double[3 * Keypoint.COUNT];
        private final double[] keypointsBar = new double[3 * Keypoint.COUNT];
        private final double[] target = new double[3 * Keypoint.COUNT];
        private final double[] weight = new double[Keypoint.COUNT];
        private final double[] previous;
        private boolean rootOnly;

        FrameProblem(Model model) {
            this.model = model;
            this.data = new SimData(model);
            this.adjoint = new SimAdjoint(model);
            this.previous = new double[model.dof()];
        }

        /** Targets frame {@code f}; {@code rootOnly}: only the root moves, fitted to the trunk keypoints. */
        void set(double[] positions, boolean[] valid, int f, double[] prev, boolean rootOnly) {
            System.arraycopy(positions, f * 3 * Keypoint.COUNT, target, 0, 3 * Keypoint.COUNT);
            for (int k = 0; k < Keypoint.COUNT; k++) {
                weight[k] = valid[f * Keypoint.COUNT + k] && !rootOnly ? 1 : 0;
            }
            if (rootOnly) {
                for (Keypoint k : TRUNK) {
                    weight[k.ordinal()] = valid[f * Keypoint.COUNT + k.ordinal()] ? 1 : 0;
                }
            }
            this.rootOnly = rootOnly;
            System.arraycopy(prev, 0, previous, 0, previous.length);
        }

        @Override
        public int dimension() {
            return model.dof();
        }

        @Override
        protected double compute(double[] x, double[] gradient) {
            int n = model.dof();
            System.arraycopy(x, 0, data.q, 0, n);
            Kinematics.forward(model, data);
            Kinematics.keypoints(model, data, keypoints, 0);
            double value = 0;
            for (int k = 0; k < Keypoint.COUNT; k++) {
                for (int a = 0; a < 3; a++) {
                    double r = keypoints[3 * k + a] - target[3 * k + a];
                    value += weight[k] * r * r;
                    keypointsBar[3 * k + a] = 2 * weight[k] * r;
                }
            }
            if (gradient != null) {
                Arrays.fill(gradient, 0.0);
                Arrays.fill(adjoint.worldRotBar, 0.0);
                Arrays.fill(adjoint.worldPosBar, 0.0);
                Kinematics.keypointsBackward(model, keypointsBar, 0, adjoint);
                Kinematics.backward(model, data, adjoint, gradient);
            }
            boolean[] limited = model.limitedRef();
            double[] lo = model.lowerLimitRef();
            double[] hi = model.upperLimitRef();
            for (int i = 0; i < n; i++) {
                double d = x[i] - previous[i];
                value += W_PREVIOUS * d * d;
                double g = 2 * W_PREVIOUS * d;
                if (i >= ROOT_DOF) {
                    value += W_REST * x[i] * x[i];
                    g += 2 * W_REST * x[i];
                }
                if (limited[i]) {
                    double viol = x[i] > hi[i] ? x[i] - hi[i] : x[i] < lo[i] ? x[i] - lo[i] : 0;
                    value += W_LIMIT * viol * viol;
                    g += 2 * W_LIMIT * viol;
                }
                if (gradient != null) {
                    gradient[i] += g;
                    if (rootOnly && i >= ROOT_DOF) {
                        gradient[i] = 0;
                    }
                }
            }
            return value;
        }
    }
}
