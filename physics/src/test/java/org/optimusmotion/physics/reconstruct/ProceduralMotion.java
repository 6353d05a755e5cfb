package org.optimusmotion.physics.reconstruct;

import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.Kinematics;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/** A procedural walk of the body model (forward kinematics of sinusoidal joint angles), for tests without /work/shared. */
public final class ProceduralMotion {

    /** Gait frequency, Hz. */
    static final double GAIT_HZ = 0.9;
    /** Forward speed, m/s. */
    public static final double SPEED_MPS = 0.8;

    private ProceduralMotion() {
    }

    /** Joint coordinates at time {@code t}. */
    public static double[] pose(Model m, double t) {
        double[] q = m.referencePose();
        double w = 2 * Math.PI * GAIT_HZ * t;
        double s = Math.sin(w);
        q[m.dofIndex("root_tx")] += SPEED_MPS * t;
        q[m.dofIndex("root_tz")] += 0.01 * Math.sin(2 * w);
        q[m.dofIndex("left_thigh_y")] = -0.35 * s;
        q[m.dofIndex("right_thigh_y")] = 0.35 * s;
        q[m.dofIndex("left_shank")] = 0.35 * (1 + Math.sin(w - 1.2));
        q[m.dofIndex("right_shank")] = 0.35 * (1 - Math.sin(w - 1.2));
        q[m.dofIndex("left_upper_arm_y")] = 0.3 * s;
        q[m.dofIndex("right_upper_arm_y")] = -0.3 * s;
        q[m.dofIndex("left_forearm")] = 0.3;
        q[m.dofIndex("right_forearm")] = 0.3;
        return q;
    }

    /** Keypoints of the walk at {@code fps} for {@code frames} frames. */
    static KeypointSequence3D walk(Model m, double fps, int frames) {
        SimData d = new SimData(m);
        double[] out = new double[frames * 3 * Keypoint.COUNT];
        for (int f = 0; f < frames; f++) {
            double[] q = pose(m, f / fps);
            System.arraycopy(q, 0, d.q, 0, q.length);
            Kinematics.forward(m, d);
            Kinematics.keypoints(m, d, out, f * 3 * Keypoint.COUNT);
        }
        return KeypointSequence3D.allValid(fps, out);
    }
}
