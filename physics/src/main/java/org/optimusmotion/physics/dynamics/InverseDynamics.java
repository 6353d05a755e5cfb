package org.optimusmotion.physics.dynamics;

import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.spatial.SpatialOps;

/**
 * Recursive Newton-Euler inverse dynamics in link coordinates (Featherstone, RBDA Table 5.1) and its
 * hand-written adjoint:
 * <pre>
 *   v_i = X_i v_p + S_i qd_i
 *   a_i = X_i a_p + S_i qdd_i + v_i x S_i qd_i          (a_world = (0, 0, 0, 0, 0, g): gravity)
 *   f_i = I_i a_i + v_i x* I_i v_i - f_ext,i
 *   tau_i = S_i . f_i + armature_i qdd_i,   f_p += X_i^T f_i
 * </pre>
 * Derivatives of the joint transform: d(X_i u)/dq_i = (X_i u) x S_i and d(X_i^T f)/dq_i =
 * X_i^T (S_i x* f) (RBDA eq. 3.32 and its dual). The adjoint runs in two phases so that the contact
 * model can turn the external-force adjoint into velocity and pose adjoints in between:
 * {@link #backwardForces} (tau to link forces) and {@link #backwardMotion} (link forces to q, qd).
 */
public final class InverseDynamics {

    private InverseDynamics() {
    }

    /** Velocity pass: reads {@code d.qd} and the joint transforms; writes {@code d.parentVel, d.vel}. */
    public static void velocities(Model m, SimData d) {
        int n = m.dof();
        int[] parent = m.parentRef();
        double[] s = m.motionSubspaceRef();
        double[] vel = d.vel;
        double[] pv = d.parentVel;
        for (int i = 0; i < n; i++) {
            int i6 = 6 * i;
            int p = parent[i];
            if (p < 0) {
                for (int k = 0; k < 6; k++) {
                    pv[i6 + k] = 0;
                }
            } else {
                SpatialOps.motionToChild(pv, i6, d.jointRot, 9 * i, d.jointPos, 3 * i, vel, 6 * p);
            }
            double qdi = d.qd[i];
            for (int k = 0; k < 6; k++) {
                vel[i6 + k] = pv[i6 + k] + s[i6 + k] * qdi;
            }
        }
    }

    /**
     * Acceleration and force passes for the given joint accelerations (after {@link #velocities}):
     * writes {@code tauOut[i] = S_i . f_i + armature_i qdd_i} and {@code d.parentAcc, acc, momentum, force}.
     */
    public static void accelerationsAndForces(Model m, SimData d, double[] qdd, double gravity, double[] tauOut) {
        int n = m.dof();
        int[] parent = m.parentRef();
        double[] s = m.motionSubspaceRef();
        double[] inertia = m.inertiaRef();
        double[] armature = m.armatureRef();
        double[] vel = d.vel;
        double[] acc = d.acc;
        double[] pa = d.parentAcc;
        double[] mom = d.momentum;
        double[] f = d.force;
        double[] ext = d.extForce;
        double[] t = d.scratch6;
        t[0] = 0;
        t[1] = 0;
        t[2] = 0;
        t[3] = 0;
        t[4] = 0;
        t[5] = gravity;
        for (int i = 0; i < n; i++) {
            int i6 = 6 * i;
            int p = parent[i];
            // a_i = X_i a_p + S qdd + v_i x (S qd)
            if (p < 0) {
                SpatialOps.motionToChild(pa, i6, d.jointRot, 9 * i, d.jointPos, 3 * i, t, 0);
            } else {
                SpatialOps.motionToChild(pa, i6, d.jointRot, 9 * i, d.jointPos, 3 * i, acc, 6 * p);
            }
            double qdi = d.qd[i];
            double qddi = qdd[i];
            SpatialOps.crossMotion(t, 6, vel, i6, s, i6);
            for (int k = 0; k < 6; k++) {
                acc[i6 + k] = pa[i6 + k] + s[i6 + k] * qddi + t[6 + k] * qdi;
            }
            // f_i = I a + v x* (I v) - f_ext
            SpatialOps.applyInertia(mom, i6, inertia, Model.INERTIA_STRIDE * i, vel, i6);
            SpatialOps.applyInertia(f, i6, inertia, Model.INERTIA_STRIDE * i, acc, i6);
            SpatialOps.addCrossForce(f, i6, vel, i6, mom, i6);
            for (int k = 0; k < 6; k++) {
                f[i6 + k] -= ext[i6 + k];
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            int i6 = 6 * i;
            tauOut[i] = SpatialOps.dot6(s, i6, f, i6) + armature[i] * qdd[i];
            int p = parent[i];
            if (p >= 0) {
                SpatialOps.addForceToParent(f, 6 * p, d.jointRot, 9 * i, d.jointPos, 3 * i, f, i6);
            }
        }
    }

    /**
     * Phase A of the adjoint of tau = ID(q, qd, qdd, f_ext) with seed {@code tauBar}: writes
     * {@code g.forceBar} (adjoint of each link's total force) and adds the q-derivative of the force
     * recursion f_p += X_i^T f_i into {@code qBar}. Needs the forces of {@link #accelerationsAndForces}.
     */
    public static void backwardForces(Model m, SimData d, double[] tauBar, SimAdjoint g, double[] qBar) {
        int n = m.dof();
        int[] parent = m.parentRef();
        double[] s = m.motionSubspaceRef();
        double[] fb = g.forceBar;
        double[] f = d.force;
        double[] t = g.scratch;
        for (int i = 0; i < n; i++) {
            int i6 = 6 * i;
            int p = parent[i];
            double sb = tauBar[i];
            if (p < 0) {
                for (int k = 0; k < 6; k++) {
                    fb[i6 + k] = s[i6 + k] * sb;
                }
                continue;
            }
            // fBar_i = S_i tauBar_i + X_i fBar_p;  qBar_i += (X_i fBar_p) . (S_i x* f_i)
            SpatialOps.motionToChild(t, 0, d.jointRot, 9 * i, d.jointPos, 3 * i, fb, 6 * p);
            for (int k = 0; k < 6; k++) {
                t[6 + k] = 0;
            }
            SpatialOps.addCrossForce(t, 6, s, i6, f, i6);
            qBar[i] += SpatialOps.dot6(t, 0, t, 6);
            for (int k = 0; k < 6; k++) {
                fb[i6 + k] = s[i6 + k] * sb + t[k];
            }
        }
    }

    /**
     * Phase B of the adjoint: from {@code g.forceBar} and any velocity adjoint already in
     * {@code g.velBar} (e.g. from contacts), adds dL/dq and dL/dqd of the velocity and acceleration
     * passes into {@code qBar, qdBar}. Clobbers {@code g.velBar, g.accBar}.
     */
    public static void backwardMotion(Model m, SimData d, SimAdjoint g, double[] qBar, double[] qdBar) {
        int n = m.dof();
        int[] parent = m.parentRef();
        double[] s = m.motionSubspaceRef();
        double[] inertia = m.inertiaRef();
        double[] fb = g.forceBar;
        double[] vb = g.velBar;
        double[] ab = g.accBar;
        double[] vel = d.vel;
        double[] mom = d.momentum;
        double[] t = g.scratch;
        java.util.Arrays.fill(ab, 0, 6 * n, 0.0);
        for (int i = n - 1; i >= 0; i--) {
            int i6 = 6 * i;
            int i10 = Model.INERTIA_STRIDE * i;
            int p = parent[i];
            // f = I a + v x* (I v):  aBar += I fBar;  vBar += -(fBar x* h) - I (v x fBar)
            SpatialOps.applyInertia(t, 0, inertia, i10, fb, i6);
            for (int k = 0; k < 6; k++) {
                ab[i6 + k] += t[k];
                t[6 + k] = 0;
            }
            SpatialOps.addCrossForce(t, 6, fb, i6, mom, i6);
            SpatialOps.crossMotion(t, 12, vel, i6, fb, i6);
            SpatialOps.applyInertia(t, 18, inertia, i10, t, 12);
            for (int k = 0; k < 6; k++) {
                vb[i6 + k] -= t[6 + k] + t[18 + k];
            }
            // a = X a_p + S qdd + v x (S qd):  vBar += (S qd) x* aBar;  qdBar += aBar . (v x S)
            double qdi = d.qd[i];
            for (int k = 0; k < 6; k++) {
                t[k] = s[i6 + k] * qdi;
                t[6 + k] = 0;
            }
            SpatialOps.addCrossForce(t, 6, t, 0, ab, i6);
            for (int k = 0; k < 6; k++) {
                vb[i6 + k] += t[6 + k];
            }
            SpatialOps.crossMotion(t, 0, vel, i6, s, i6);
            qdBar[i] += SpatialOps.dot6(ab, i6, t, 0);
            // d(X a_p)/dq = (X a_p) x S
            SpatialOps.crossMotion(t, 0, d.parentAcc, i6, s, i6);
            qBar[i] += SpatialOps.dot6(ab, i6, t, 0);
            // v = X v_p + S qd:  qdBar += S . vBar;  qBar += vBar . ((X v_p) x S)
            qdBar[i] += SpatialOps.dot6(s, i6, vb, i6);
            SpatialOps.crossMotion(t, 0, d.parentVel, i6, s, i6);
            qBar[i] += SpatialOps.dot6(vb, i6, t, 0);
            if (p >= 0) {
                SpatialOps.addForceToParent(ab, 6 * p, d.jointRot, 9 * i, d.jointPos, 3 * i, ab, i6);
                SpatialOps.addForceToParent(vb, 6 * p, d.jointRot, 9 * i, d.jointPos, 3 * i, vb, i6);
            }
        }
    }
}
