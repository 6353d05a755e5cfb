package org.optimusmotion.physics.dynamics;

import java.util.Arrays;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.spatial.SpatialOps;

/**
 * Joint-space inertia matrix by the composite-rigid-body algorithm (RBDA Table 6.2) and its sparse
 * L^T D L factorisation and solve, which exploit the branch-induced sparsity: H_ij = 0 unless i is an
 * ancestor of j or vice versa (RBDA Tables 6.3 and 6.4), O(n d^2) for tree depth d.
 */
public final class MassMatrix {

    private MassMatrix() {
    }

    /** Writes H(q) + diag(armature) into {@code d.massMatrix} (dense, symmetric); needs {@link Kinematics#forward}. */
    public static void compute(Model m, SimData d) {
        int n = m.dof();
        int[] parent = m.parentRef();
        double[] s = m.motionSubspaceRef();
        double[] armature = m.armatureRef();
        double[] ic = d.compositeInertia;
        double[] h = d.massMatrix;
        double[] f = d.scratch6;
        System.arraycopy(m.inertiaRef(), 0, ic, 0, Model.INERTIA_STRIDE * n);
        // Ic_p += X_i^* Ic_i X_i  (children before parents)
        for (int i = n - 1; i >= 0; i--) {
            int p = parent[i];
            if (p >= 0) {
                SpatialOps.addInertiaToParent(ic, Model.INERTIA_STRIDE * p, d.jointRot, 9 * i, d.jointPos, 3 * i, ic,
                        Model.INERTIA_STRIDE * i);
            }
        }
        Arrays.fill(h, 0, n * n, 0.0);
        for (int i = 0; i < n; i++) {
            // F = Ic_i S_i;  H_ii = S_i . F;  walk up: F = X_j^T F, H_ij = S_j . F
            SpatialOps.applyInertia(f, 0, ic, Model.INERTIA_STRIDE * i, s, 6 * i);
            h[i * n + i] = SpatialOps.dot6(s, 6 * i, f, 0) + armature[i];
            int j = i;
            int src = 0;
            while (parent[j] >= 0) {
                int dst = 6 - src;
                for (int k = 0; k < 6; k++) {
                    f[dst + k] = 0;
                }
                SpatialOps.addForceToParent(f, dst, d.jointRot, 9 * j, d.jointPos, 3 * j, f, src);
                src = dst;
                j = parent[j];
                double hij = SpatialOps.dot6(s, 6 * j, f, src);
                h[i * n + j] = hij;
                h[j * n + i] = hij;
            }
        }
    }

    /**
     * Factorises {@code d.massMatrix} in place into H = L^T D L: D on the diagonal, L (unit lower
     * triangular, L_ki non-zero only for ancestors i of k) below it (RBDA Table 6.3).
     */
    public static void factor(Model m, SimData d) {
        int n = m.dof();
        int[] parent = m.parentRef();
        double[] h = d.massMatrix;
        for (int k = n - 1; k >= 0; k--) {
            double dk = h[k * n + k];
            int i = parent[k];
            while (i >= 0) {
                double a = h[k * n + i] / dk;
                int j = i;
                while (j >= 0) {
                    h[i * n + j] -= a * h[k * n + j];
                    j = parent[j];
                }
                h[k * n + i] = a;
                i = parent[i];
            }
        }
    }

    /** Solves H x = b in place ({@code b} becomes x) with the factor of {@link #factor}. */
    public static void solve(Model m, SimData d, double[] b) {
        int n = m.dof();
        int[] parent = m.parentRef();
        double[] h = d.massMatrix;
        // L^T y = b (descendants first), z = D^{-1} y, L x = z (ancestors first).
        for (int k = n - 1; k >= 0; k--) {
            double bk = b[k];
            int i = parent[k];
            while (i >= 0) {
                b[i] -= h[k * n + i] * bk;
                i = parent[i];
            }
        }
        for (int k = 0; k < n; k++) {
            b[k] /= h[k * n + k];
        }
        for (int k = 0; k < n; k++) {
            int i = parent[k];
            double acc = b[k];
            while (i >= 0) {
                acc -= h[k * n + i] * b[i];
                i = parent[i];
            }
            b[k] = acc;
        }
    }
}
