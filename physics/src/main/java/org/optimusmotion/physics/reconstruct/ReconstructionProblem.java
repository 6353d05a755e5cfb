package org.optimusmotion.physics.reconstruct;

import java.util.Arrays;
import org.optimusmotion.optimizer.CountingProblem;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.SimulationDivergedException;
import org.optimusmotion.physics.dynamics.Simulator;
import org.optimusmotion.physics.dynamics.Trajectory;
import org.optimusmotion.physics.grad.RolloutGradient;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/**
 * The DiffPhy objective of one window as an optimization {@link org.optimusmotion.optimizer.Problem}:
 * any optimizer of the {@code optimizer} module (BFGS, L-BFGS, Adam, the learned Optimus) solves it.
 *
 * <p><b>Parameters</b> (length {@code 2 dof + frames actuatorCount}), scaled so that one unit moves
 * the body by a comparable amount everywhere:
 * <pre>
 *   x = [ q0 / 1 (m or rad), qd0 / VELOCITY_SCALE (m/s or rad/s), qhat_f,a (rad), f = 0..frames-1 ]
 *   VELOCITY_SCALE = 2 / T_window   (a unit of x changes the mean position over the window by about one unit)
 * </pre>
 *
 * <p><b>Loss</b> (PAPERS.md D.4), with K_fk the simulated keypoints of the rollout from (q0, qd0)
 * driven by PD servos towards qhat, F = frames, H = image height (px):
 * <pre>
 *   L = (1/F) sum_f sum_k [ w2d c_fk rho(|pi(K_fk) - k2d_fk| / H)
 *                          + w3d |(K_fk - K_f,pelvis) - (J_fk - J_f,pelvis)|^2 + w3dG |K_fk - J_fk|^2 ]
 *     + (1/F) [ wS sum_f |qhat_{f+1} - qhat_f|^2 + wP sum_f |qhat_f - q_kin,f|^2 + wL sum_f,a viol(qhat_fa)^2 ]
 *     + wI |x_s0 - x_s0,init|^2 + wV |qd0 - qd0,init|^2
 *     + (1/F) sum_{foot k} [ wSt sum_{f, f+1 in stance} fps^2 |K_{f+1,k,xy} - K_{f,k,xy}|^2
 *                          + wCl sum_{f in swing} max(0, min(z_ground + clearance, z_kin,fk + margin) - K_{f,k,z})^2
 *                          + wSk sum_{f not in stance} fps^2 |K_{f+1,k,xy} - K_{f,k,xy}|^2 max(0, 1 - (K_{f,k,z} - z_ground) / h)^2 ]
 *   rho(r) = 2 d^2 (sqrt(1 + r^2 / d^2) - 1)    (pseudo-Huber: r^2 near 0, 2 d |r| far out)
 * </pre>
 * where J is the kinematic 3D estimate, c the detector confidence, pi the camera projection and
 * viol the distance of a target angle outside its joint's limits. wV (weightInitialVelocity, default 0)
 * anchors the initial velocity in physical units: wI's scaled units charge a velocity change dv only
 * wI (dv / VS)^2, with VS = 2 / T_window = 10.9 /s for 12 frames at 60 fps, and BFGS then gave a balancing
 * subject's root 5 m/s at a window start, moved s0 by 0.2-0.5 m to compensate and handed the next window a
 * state moving at 5 m/s (docs/real-pose2sim.md, section 4); 0.01 makes 1 m/s cost 0.01, small against a
 * window's keypoint loss (0.05-1) but no longer free (scripts/real_pose2sim.sh uses it). The foot-contact terms use the
 * stance/swing labels of the targets ({@link FootContactLabels}): a foot in stance should not slide,
 * a foot in swing should clear the ground (issue 5: the simulated swing foot dragged above the floor). wSk
 * (weightFootSkate, default 0) is label-free: a foot keypoint within h = {@link #SKATE_HEIGHT_M} of the ground may
 * be low or move, not both, the more so the lower it is; it reaches the frames the labels leave unknown, where
 * the remaining skate sat (docs/reconstruction.md, "Foot-skate term"). The gradient is exact: keypoint
 * adjoints from the camera Jacobian and the 3D terms go through {@link RolloutGradient}.
 *
 * <p>A diverged rollout evaluates to +infinity with a zero gradient (optimizers reject the point).
 * Value-only and value-with-gradient calls each count as one evaluation. No allocation per
 * evaluation; not thread-safe.
 */
public final class ReconstructionProblem extends CountingProblem {

    /** Velocity scale numerator: VELOCITY_SCALE = VELOCITY_SCALE_WINDOWS / T_window. */
    public static final double VELOCITY_SCALE_WINDOWS = 2.0;

    /** A swing foot is asked to clear at most its smoothed kinematic height plus this margin, metres. */
    public static final double SWING_CAP_MARGIN_M = 0.03;
    /**
     * Height above the kinematic ground below which a moving foot keypoint pays the foot-skate term, metres:
     * the foot-skate metric's contact height ({@code MotionMetrics.CONTACT_HEIGHT_M}), so the term is a smooth
     * version of what the metric counts.
     */
    public static final double SKATE_HEIGHT_M = 0.05;

    private final Model model;
    private final SimOptions options;
    private final ReconstructionConfig config;
    private final Camera camera;
    private final WindowTargets targets;
    private final int frames;
    private final int dof;
    private final int actuators;
    private final double velocityScale;
    private final double[] xInit;
    private final SimData data;
    private final SimAdjoint adjoint;
    private final Trajectory trajectory;
    private final double[] q0;
    private final double[] qd0;
    private final double[][] qhat;
    private final double[][] qhatBar;
    private final double[] keypointsBar;
    private final double[] q0Bar;
    private final double[] qd0Bar;
    private final double[] uv = new double[2];
    private final double[] jac = new double[6];
    private final double[] lower;
    private final double[] upper;
    private final boolean[] limited;
    private long divergences;

    /**
     * @param camera may be {@code null}: then the 2D term is left out
     */
    public ReconstructionProblem(Model model, SimOptions options, ReconstructionConfig config, Camera camera,
            WindowTargets targets) {
        if (options.substepsPerFrame() != config.substepsPerFrame()) {
            throw new IllegalArgumentException("options have " + options.substepsPerFrame() + " sub-steps, config "
                    + config.substepsPerFrame());
        }
        if (targets.q0Init().length != model.dof()) {
            throw new IllegalArgumentException("q0Init has " + targets.q0Init().length + " values, model dof " + model.dof());
        }
        this.model = model;
        this.options = options;
        this.config = config;
        this.camera = targets.keypoints2d() == null ? null : camera;
        this.targets = targets;
        this.frames = targets.frames();
        this.dof = model.dof();
        this.actuators = model.actuatorCount();
        double windowSeconds = (frames - 1) / options.frameRateHz();
        this.velocityScale = VELOCITY_SCALE_WINDOWS / windowSeconds;
        this.data = new SimData(model);
        this.adjoint = new SimAdjoint(model);
        this.trajectory = new Trajectory(model, options, frames);
        q0 = new double[dof];
        qd0 = new double[dof];
        qhat = new double[frames][actuators];
        qhatBar = new double[frames][actuators];
        keypointsBar = new double[frames * 3 * Keypoint.COUNT];
        q0Bar = new double[dof];
        qd0Bar = new double[dof];
        int[] act = model.actuatedDofsRef();
        lower = new double[actuators];
        upper = new double[actuators];
        limited = new boolean[actuators];
        for (int a = 0; a < actuators; a++) {
            int i = act[a];
            limited[a] = model.limitedRef()[i];
            lower[a] = model.lowerLimitRef()[i];
            upper[a] = model.upperLimitRef()[i];
        }
        xInit = new double[dimension()];
        pack(targets.q0Init(), targets.qd0Init(), targets.priorQhat(), xInit);
    }

    @Override
    public int dimension() {
        return 2 * dof + frames * actuators;
    }

    /** Frames in the window. */
    public int frames() {
        return frames;
    }

    /** Velocity scale, (m/s or rad/s) per unit of x. */
    public double velocityScale() {
        return velocityScale;
    }

    /** The warm start: s0 from the targets and qhat = the kinematic angles (a copy). */
    public double[] initialPoint() {
        return xInit.clone();
    }

    /** Writes scaled parameters for a state and controls into {@code x} (length {@link #dimension()}). */
    public void pack(double[] q, double[] qd, double[][] controls, double[] x) {
        for (int i = 0; i < dof; i++) {
            x[i] = q[i];
            x[dof + i] = qd[i] / velocityScale;
        }
        for (int f = 0; f < frames; f++) {
            System.arraycopy(controls[f], 0, x, 2 * dof + f * actuators, actuators);
        }
    }

    /** Reads the state and controls of scaled parameters {@code x}. */
    public void unpack(double[] x, double[] qOut, double[] qdOut, double[][] controlsOut) {
        for (int i = 0; i < dof; i++) {
            qOut[i] = x[i];
            qdOut[i] = x[dof + i] * velocityScale;
        }
        for (int f = 0; f < frames; f++) {
            System.arraycopy(x, 2 * dof + f * actuators, controlsOut[f], 0, actuators);
        }
    }

    @Override
    protected double compute(double[] x, double[] gradient) {
        unpack(x, q0, qd0, qhat);
        try {
            Simulator.rollout(model, options, q0, qd0, qhat, data, trajectory);
        } catch (SimulationDivergedException e) {
            divergences++;
            if (gradient != null) {
                Arrays.fill(gradient, 0.0);
            }
            return Double.POSITIVE_INFINITY;
        }
        boolean grad = gradient != null;
        double value = keypointTerms(trajectory.keypointsRef(), grad);
        value += footContactTerms(trajectory.keypointsRef(), grad);
        if (grad) {
            RolloutGradient.backward(model, options, trajectory, qhat, keypointsBar, data, adjoint, q0Bar, qd0Bar, qhatBar);
            for (int i = 0; i < dof; i++) {
                gradient[i] = q0Bar[i];
                gradient[dof + i] = qd0Bar[i] * velocityScale;
            }
            for (int f = 0; f < frames; f++) {
                System.arraycopy(qhatBar[f], 0, gradient, 2 * dof + f * actuators, actuators);
            }
        }
        value += controlTerms(x, gradient);
        return value;
    }

    /** Reprojection and 3D agreement, (1/F)-normalised; fills {@link #keypointsBar} when asked. */
    private double keypointTerms(double[] kp, boolean grad) {
        double invF = 1.0 / frames;
        double value = 0;
        if (grad) {
            Arrays.fill(keypointsBar, 0.0);
        }
        double w2 = config.weight2d() * invF;
        double w3 = config.weight3d() * invF;
        double w3g = config.weight3dGlobal() * invF;
        double delta = config.robustScale2d();
        double delta2 = delta * delta;
        double[] t2 = targets.keypoints2d();
        double[] c2 = targets.confidence2d();
        double[] t3 = targets.keypoints3d();
        double[] v3 = targets.valid3d();
        int pelvis = Keypoint.PELVIS.ordinal();
        for (int f = 0; f < frames; f++) {
            int fo = f * 3 * Keypoint.COUNT;
            if (camera != null && w2 > 0) {
                double invH = 1.0 / camera.heightPx();
                for (int k = 0; k < Keypoint.COUNT; k++) {
                    double c = c2[f * Keypoint.COUNT + k];
                    if (!(c > 0)) {
                        continue;
                    }
                    if (!camera.projectWithJacobian(kp, fo + 3 * k, uv, 0, jac, 0)) {
                        continue;
                    }
                    int o2 = 2 * (f * Keypoint.COUNT + k);
                    double rx = (uv[0] - t2[o2]) * invH;
                    double ry = (uv[1] - t2[o2 + 1]) * invH;
                    double s = Math.sqrt(1 + (rx * rx + ry * ry) / delta2);
                    value += w2 * c * 2 * delta2 * (s - 1);
                    if (grad) {
                        // d rho / d r = 2 r / s; d r / d K = J / H.
                        double gx = w2 * c * 2 * rx / s * invH;
                        double gy = w2 * c * 2 * ry / s * invH;
                        int o = fo + 3 * k;
                        for (int a = 0; a < 3; a++) {
                            keypointsBar[o + a] += gx * jac[a] + gy * jac[3 + a];
                        }
                    }
                }
            }
            boolean pelvisValid = v3[f * Keypoint.COUNT + pelvis] > 0;
            for (int a = 0; a < 3; a++) {
                double simP = kp[fo + 3 * pelvis + a];
                double kinP = t3[fo + 3 * pelvis + a];
                for (int k = 0; k < Keypoint.COUNT; k++) {
                    if (!(v3[f * Keypoint.COUNT + k] > 0)) {
                        continue;
                    }
                    int o = fo + 3 * k + a;
                    double rg = kp[o] - t3[o];
                    value += w3g * rg * rg;
                    if (grad) {
                        keypointsBar[o] += 2 * w3g * rg;
                    }
                    if (pelvisValid && k != pelvis) {
                        double r = rg - (simP - kinP);
                        value += w3 * r * r;
                        if (grad) {
                            keypointsBar[o] += 2 * w3 * r;
                            keypointsBar[fo + 3 * pelvis + a] -= 2 * w3 * r;
                        }
                    }
                }
            }
        }
        return value;
    }

    /**
     * Foot-contact terms, (1/F)-normalised; adds to {@link #keypointsBar} when asked (after
     * {@link #keypointTerms} cleared it). Stance pairs: wSt fps^2 |K_{f+1,xy} - K_{f,xy}|^2; swing
     * frames: wCl max(0, min(z_ground + clearance, z_kin,f + margin) - K_f,z)^2 (z_kin the smoothed kinematic
     * height: a foot the evidence shows low is not pushed much higher).
     */
    private double footContactTerms(double[] kp, boolean grad) {
        double[] stance = targets.footStance();
        double[] cap = targets.footHeightCap();
        double wSt = config.weightFootStance() / frames;
        double wCl = config.weightFootClearance() / frames;
        double wSk = config.weightFootSkate() / frames;
        if (stance == null || (wSt == 0 && wCl == 0 && wSk == 0)) {
            return 0;
        }
        double wsk = wSk * options.frameRateHz() * options.frameRateHz();
        double hc = SKATE_HEIGHT_M;
        double fps = options.frameRateHz();
        double wv = wSt * fps * fps;
        double floor = targets.groundZ() + config.footClearanceM();
        double value = 0;
        for (int f = 0; f < frames; f++) {
            int fo = f * 3 * Keypoint.COUNT;
            for (int k : FootContactLabels.FOOT) {
                int o = fo + 3 * k;
                double label = stance[f * Keypoint.COUNT + k];
                if (label == FootContactLabels.STANCE) {
                    if (f + 1 < frames && stance[(f + 1) * Keypoint.COUNT + k] == FootContactLabels.STANCE) {
                        int n = o + 3 * Keypoint.COUNT;
                        for (int a = 0; a < 2; a++) {
                            double d = kp[n + a] - kp[o + a];
                            value += wv * d * d;
                            if (grad) {
                                keypointsBar[n + a] += 2 * wv * d;
                                keypointsBar[o + a] -= 2 * wv * d;
                            }
                        }
                    }
                } else if (wsk > 0 && f + 1 < frames) {
                    // Not a labelled stance: a foot may move or be low, not both (the foot-skate metric's product, smoothed).
                    double low = hc - (kp[o + 2] - targets.groundZ());
                    if (low > 0) {
                        int n = o + 3 * Keypoint.COUNT;
                        double phi = low * low / (hc * hc);
                        double dx = kp[n] - kp[o];
                        double dy = kp[n + 1] - kp[o + 1];
                        double d2 = dx * dx + dy * dy;
                        value += wsk * d2 * phi;
                        if (grad) {
                            keypointsBar[n] += 2 * wsk * phi * dx;
                            keypointsBar[o] -= 2 * wsk * phi * dx;
                            keypointsBar[n + 1] += 2 * wsk * phi * dy;
                            keypointsBar[o + 1] -= 2 * wsk * phi * dy;
                            keypointsBar[o + 2] -= wsk * d2 * 2 * low / (hc * hc);
                        }
                    }
                }
                if (label == FootContactLabels.SWING) {
                    double depth = Math.min(floor, cap[f * Keypoint.COUNT + k] + SWING_CAP_MARGIN_M) - kp[o + 2];
                    if (depth > 0) {
                        value += wCl * depth * depth;
                        if (grad) {
                            keypointsBar[o + 2] -= 2 * wCl * depth;
                        }
                    }
                }
            }
        }
        return value;
    }

    /** Smoothness, prior and limit terms on qhat and the s0 anchor; adds their gradient. */
    private double controlTerms(double[] x, double[] gradient) {
        double invF = 1.0 / frames;
        double ws = config.weightSmoothness() * invF;
        double wp = config.weightPrior() * invF;
        double wl = config.weightJointLimits() * invF;
        double wi = config.weightInitialState();
        double value = 0;
        int base = 2 * dof;
        for (int f = 0; f < frames; f++) {
            double[] prior = targets.priorQhat()[f];
            for (int a = 0; a < actuators; a++) {
                int i = base + f * actuators + a;
                double v = x[i];
                double rp = v - prior[a];
                double g = 2 * wp * rp;
                value += wp * rp * rp;
                if (f + 1 < frames) {
                    double d = x[i + actuators] - v;
                    value += ws * d * d;
                    if (gradient != null) {
                        gradient[i + actuators] += 2 * ws * d;
                    }
                    g -= 2 * ws * d;
                }
                if (limited[a]) {
                    double viol = v > upper[a] ? v - upper[a] : v < lower[a] ? v - lower[a] : 0;
                    value += wl * viol * viol;
                    g += 2 * wl * viol;
                }
                if (gradient != null) {
                    gradient[i] += g;
                }
            }
        }
        for (int i = 0; i < base; i++) {
            double r = x[i] - xInit[i];
            value += wi * r * r;
            if (gradient != null) {
                gradient[i] += 2 * wi * r;
            }
        }
        value += initialVelocityAnchor(x, xInit, dof, velocityScale, config.weightInitialVelocity(), gradient);
        return value;
    }

    /**
     * wV |qd0 - qd0_init|^2 in physical units ((m/s)^2 and (rad/s)^2): with qd0 = VS x_v,
     * value = wV VS^2 sum_i (x_v,i - x_v,init,i)^2 over the velocity block x[dof, 2 dof); adds its
     * gradient 2 wV VS^2 (x_v - x_v,init) into {@code gradient} when not null.
     */
    static double initialVelocityAnchor(double[] x, double[] xInit, int dof, double velocityScale, double weight,
            double[] gradient) {
        double k = weight * velocityScale * velocityScale;
        double value = 0;
        for (int i = dof; i < 2 * dof; i++) {
            double r = x[i] - xInit[i];
            value += k * r * r;
            if (gradient != null) {
                gradient[i] += 2 * k * r;
            }
        }
        return value;
    }

    /** Keypoints of the last rollout, (frames x Keypoint.COUNT x 3). Live array, overwritten by the next evaluation. */
    public double[] lastKeypointsRef() {
        return trajectory.keypointsRef();
    }

    /** The trajectory of the last evaluation (live, overwritten by the next one). */
    public Trajectory lastTrajectoryRef() {
        return trajectory;
    }

    /** Evaluations whose rollout diverged. */
    public long divergences() {
        return divergences;
    }

    public Model model() {
        return model;
    }

    public SimOptions options() {
        return options;
    }
}
