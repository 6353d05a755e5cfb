package org.optimusmotion.physics.dynamics;

import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.spatial.SpatialOps;

/**
 * Physical quantities of a state for tests and reports: energy and world momentum. Overwrites the
 * kinematic workspaces of the given {@link SimData}; allocation-free.
 */
public final class Diagnostics {

    private Diagnostics() {
    }

    /** Kinetic energy 1/2 qd^T (M + armature) qd, J. */
    public static double kineticEnergy(Model m, SimData d) {
        Kinematics.forward(m, d);
        MassMatrix.compute(m, d);
        int n = m.dof();
        double e = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += d.massMatrix[i * n + j] * d.qd[j];
            }
            e += d.qd[i] * row;
        }
        return 0.5 * e;
    }

    /** Gravitational potential energy sum_i m_i g z_com,i, J. */
    public static double potentialEnergy(Model m, SimData d, double gravity) {
        Kinematics.forward(m, d);
        double[] in = m.inertiaRef();
        double e = 0;
        for (int i = 0; i < m.dof(); i++) {
            int o = Model.INERTIA_STRIDE * i;
            // m z_com = m p_z + (R h)_z
            double[] r = d.worldRot;
            e += gravity * (in[o] * d.worldPos[3 * i + 2] + r[9 * i + 6] * in[o + 1] + r[9 * i + 7] * in[o + 2]
                    + r[9 * i + 8] * in[o + 3]);
        }
        return e;
    }

    /** World linear momentum (3) and angular momentum about the world origin (3) into {@code out[0..5]}. */
    public static void momentum(Model m, SimData d, double[] out) {
        Kinematics.forward(m, d);
        InverseDynamics.velocities(m, d);
        for (int k = 0; k < 6; k++) {
            out[k] = 0;
        }
        double[] h = d.scratch6;
        for (int i = 0; i < m.dof(); i++) {
            SpatialOps.applyInertia(h, 0, m.inertiaRef(), Model.INERTIA_STRIDE * i, d.vel, 6 * i);
            double[] r = d.worldRot;
            int i9 = 9 * i;
            double px = r[i9] * h[3] + r[i9 + 1] * h[4] + r[i9 + 2] * h[5];
            double py = r[i9 + 3] * h[3] + r[i9 + 4] * h[4] + r[i9 + 5] * h[5];
            double pz = r[i9 + 6] * h[3] + r[i9 + 7] * h[4] + r[i9 + 8] * h[5];
            double lx = r[i9] * h[0] + r[i9 + 1] * h[1] + r[i9 + 2] * h[2];
            double ly = r[i9 + 3] * h[0] + r[i9 + 4] * h[1] + r[i9 + 5] * h[2];
            double lz = r[i9 + 6] * h[0] + r[i9 + 7] * h[1] + r[i9 + 8] * h[2];
            double ox = d.worldPos[3 * i];
            double oy = d.worldPos[3 * i + 1];
            double oz = d.worldPos[3 * i + 2];
            out[0] += px;
            out[1] += py;
            out[2] += pz;
            // L_O = R L_i + p_i x (R P_i)
            out[3] += lx + oy * pz - oz * py;
            out[4] += ly + oz * px - ox * pz;
            out[5] += lz + ox * py - oy * px;
        }
    }
}
