package org.optimusmotion.app.fit;

import java.util.Arrays;
import org.optimusmotion.optimizer.CountingProblem;
import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.Kinematics;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;

/**
 * Kinematic fit of the humanoid's joint coordinates to a 3D keypoint track, frame by frame with a
 * smoothness coupling, over x = q per frame ({@code frames x dof}, row-major):
 * <pre>
 * L(q) = sum_f sum_k w_fk |K_k(q_f) - T_fk|^2  +  smoothness * sum_f |q_{f+1} - q_f|^2
 * </pre>
 * with {@code K_k} the model's forward kinematics, {@code w_fk} 1 for valid targets and 0 otherwise;
 * metres and radians, so the smoothness weight is in m^2 per rad^2. The gradient is the adjoint of
 * forward kinematics ({@link Kinematics#keypointsBackward}, {@link Kinematics#backward}) plus
 * {@code 2 smoothness (2 q_f - q_{f-1} - q_{f+1})}.
 *
 * <p>No physics: a quick alternative to the physics reconstruction, and the kind of kinematic
 * estimate that warm-starts it. Buffers preallocated, no allocation per evaluation; not
 * thread-safe.
 */
public final class KinematicFitProblem extends CountingProblem {

    /** Default smoothness weight, m^2 per rad^2 (small: it only stops frame-to-frame jitter). */
    public static final double DEFAULT_SMOOTHNESS = 1e-3;

    private final Model model;
    private final int frames;
    private final int dof;
    private final double[] targets;
    private final boolean[] valid;
    private final double smoothness;
    private final SimData data;
    private final SimAdjoint adjoint;
    private final double[] keypoints = new double[3 * Keypoint.COUNT];
    private final double[] keypointsBar = new double[3 * Keypoint.COUNT];
    private final double[] qBar;

    /**
     * @param targets {@code (frames x Keypoint.COUNT x 3)} metres (not copied: must not change while in use)
     * @param valid {@code (frames x Keypoint.COUNT)} or null for all valid (not copied)
     * @param smoothness weight of the frame-to-frame term, &ge; 0
     */
    public KinematicFitProblem(Model model, int frames, double[] targets, boolean[] valid, double smoothness) {
        if (targets.length != frames * 3 * Keypoint.COUNT) {
            throw new IllegalArgumentException("targets have " + targets.length + " values, expected " + frames * 3 * Keypoint.COUNT);
        }
        if (valid != null && valid.length != frames * Keypoint.COUNT) {
            throw new IllegalArgumentException("valid has " + valid.length + " entries, expected " + frames * Keypoint.COUNT);
        }
        if (!(smoothness >= 0) || !Double.isFinite(smoothness)) {
            throw new IllegalArgumentException("smoothness must be finite and >= 0, got " + smoothness);
        }
        this.model = model;
        this.frames = frames;
        this.dof = model.dof();
        this.targets = targets;
        this.valid = valid;
        this.smoothness = smoothness;
        this.data = new SimData(model);
        this.adjoint = new SimAdjoint(model);
        this.qBar = new double[dof];
    }

    @Override
    public int dimension() {
        return frames * dof;
    }

    public int frames() {
        return frames;
    }

    @Override
    protected double compute(double[] x, double[] gradient) {
        double sum = 0;
        int nk = 3 * Keypoint.COUNT;
        for (int f = 0; f < frames; f++) {
            System.arraycopy(x, f * dof, data.q, 0, dof);
            Kinematics.forward(model, data);
            Kinematics.keypoints(model, data, keypoints, 0);
            for (int i = 0; i < nk; i++) {
                boolean use = valid == null || valid[f * Keypoint.COUNT + i / 3];
                double r = use ? keypoints[i] - targets[f * nk + i] : 0;
                sum += r * r;
                keypointsBar[i] = 2 * r;
            }
            if (gradient != null) {
                Arrays.fill(adjoint.worldRotBar, 0);
                Arrays.fill(adjoint.worldPosBar, 0);
                Arrays.fill(qBar, 0);
                Kinematics.keypointsBackward(model, keypointsBar, 0, adjoint);
                Kinematics.backward(model, data, adjoint, qBar);
                System.arraycopy(qBar, 0, gradient, f * dof, dof);
            }
        }
        // smoothness * sum |q_{f+1} - q_f|^2 and its gradient.
        for (int f = 0; f + 1 < frames; f++) {
            int a = f * dof;
            int b = a + dof;
            for (int i = 0; i < dof; i++) {
                double d = x[b + i] - x[a + i];
                sum += smoothness * d * d;
                if (gradient != null) {
                    gradient[b + i] += 2 * smoothness * d;
                    gradient[a + i] -= 2 * smoothness * d;
                }
            }
        }
        return sum;
    }
}
