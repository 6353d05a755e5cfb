package org.optimusmotion.app.sample;

import org.optimusmotion.app.body.BodyPoser;
import org.optimusmotion.physics.model.Model;

/**
 * A kinematic walk of the physics humanoid along world +X: sinusoidal hip, knee, shoulder and elbow
 * angles with one gait cycle every {@link #STRIDE_PERIOD_S} seconds, the root moving at
 * {@code speedMps}, and the body lifted each frame so that its lowest foot capsule touches the ground
 * (z = 0). Not physically simulated (feet may slide a little); the fit makes it physical.
 *
 * <p>Angles follow the humanoid asset's axes: hip flexion (thigh forward) is negative about y, knee
 * flexion positive about the shank hinge, arm swing forward negative about y.
 */
public final class ProceduralWalk {

    /** One gait cycle, seconds. */
    public static final double STRIDE_PERIOD_S = 1.1;
    /** Hip flexion amplitude, radians. */
    private static final double HIP_AMPLITUDE_RAD = 0.38;
    /** Peak knee flexion during swing, radians. */
    private static final double KNEE_SWING_RAD = 0.75;
    /** Knee flexion during stance, radians. */
    private static final double KNEE_STANCE_RAD = 0.08;
    /** Shoulder swing amplitude, radians. */
    private static final double ARM_AMPLITUDE_RAD = 0.35;

    private final Model model;
    private final double speedMps;
    private final BodyPoser poser;
    private final double[] capsules;

    public ProceduralWalk(Model model, double speedMps) {
        if (!(speedMps >= 0 && speedMps <= 3)) {
            throw new IllegalArgumentException("ProceduralWalk.speedMps must be in [0, 3], got " + speedMps);
        }
        this.model = model;
        this.speedMps = speedMps;
        this.poser = new BodyPoser(model);
        this.capsules = new double[BodyPoser.CAPSULE_STRIDE * model.segmentCount()];
    }

    /**
     * Joint coordinates for {@code frames} frames at {@code fps}, {@code (frames x dof)} row-major,
     * starting with the pelvis over world {@code (startX, 0)}.
     */
    public double[] generate(int frames, double fps, double startX) {
        int dof = model.dof();
        double[] out = new double[frames * dof];
        double[] ref = model.referencePose();
        int[] feet = {model.segmentIndex("left_foot"), model.segmentIndex("right_foot")};
        for (int f = 0; f < frames; f++) {
            double t = f / fps;
            double phase = 2 * Math.PI * t / STRIDE_PERIOD_S;
            double[] q = ref.clone();
            q[dof("root_tx")] = ref[dof("root_tx")] + startX + speedMps * t;
            set(q, "lower_spine_y", 0.06);
            // Left leg forward (negative flexion) while sin(phase) > 0; the right leg half a cycle later.
            set(q, "left_thigh_y", -HIP_AMPLITUDE_RAD * Math.sin(phase));
            set(q, "right_thigh_y", HIP_AMPLITUDE_RAD * Math.sin(phase));
            // The knee bends while its thigh swings forward (d/dt of flexion < 0 <=> cos(phase) > 0 on the left).
            set(q, "left_shank", KNEE_STANCE_RAD + KNEE_SWING_RAD * Math.max(0, Math.cos(phase)));
            set(q, "right_shank", KNEE_STANCE_RAD + KNEE_SWING_RAD * Math.max(0, -Math.cos(phase)));
            set(q, "left_foot_y", 0.15 * Math.sin(phase));
            set(q, "right_foot_y", -0.15 * Math.sin(phase));
            // Arms swing against the leg on the same side, slightly abducted, elbows bent.
            set(q, "left_upper_arm_y", ARM_AMPLITUDE_RAD * Math.sin(phase));
            set(q, "right_upper_arm_y", -ARM_AMPLITUDE_RAD * Math.sin(phase));
            set(q, "left_upper_arm_x", 0.12);
            set(q, "right_upper_arm_x", -0.12);
            set(q, "left_forearm", 0.35 + 0.25 * Math.max(0, -Math.sin(phase)));
            set(q, "right_forearm", 0.35 + 0.25 * Math.max(0, Math.sin(phase)));
            // Lift the body so that the lowest point of either foot capsule is on the ground.
            poser.capsulesInto(q, 0, capsules);
            double lowest = Double.POSITIVE_INFINITY;
            for (int s : feet) {
                int c = BodyPoser.CAPSULE_STRIDE * s;
                double r = capsules[c + 6];
                lowest = Math.min(lowest, Math.min(capsules[c + 2], capsules[c + 5]) - r);
            }
            q[dof("root_tz")] -= lowest;
            System.arraycopy(q, 0, out, f * dof, dof);
        }
        return out;
    }

    private int dof(String name) {
        int i = model.dofIndex(name);
        if (i < 0) {
            throw new IllegalStateException("the humanoid has no degree of freedom '" + name + "'");
        }
        return i;
    }

    private void set(double[] q, String name, double value) {
        q[dof(name)] = value;
    }
}
