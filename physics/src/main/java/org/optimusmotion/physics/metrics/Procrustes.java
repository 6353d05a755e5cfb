package org.optimusmotion.physics.metrics;

import org.optimusmotion.physics.spatial.SymmetricEigen4;

/**
 * Similarity Procrustes alignment in 3D: the scale {@code s}, rotation {@code R} and translation
 * {@code t} minimising {@code Σ_i ||s·R·p_i + t − g_i||²}, by Horn's closed-form quaternion method
 * (B. K. P. Horn, "Closed-form solution of absolute orientation using unit quaternions", JOSA A 4(4),
 * 1987): with centred point sets, the optimal rotation is the quaternion eigenvector of the largest
 * eigenvalue of the symmetric 4×4 matrix {@code N} built from {@code M = Σ p'_i g'_iᵀ}; then
 * {@code s = Σ g'_i·(R p'_i) / Σ |p'_i|²} (asymmetric scale, the Human3.6M protocol-2 convention) and
 * {@code t = ḡ − s·R·p̄}. The 4×4 eigenproblem is solved with cyclic Jacobi rotations.
 *
 * <p>Not thread-safe (holds a workspace); {@link #align} does not allocate.
 */
public final class Procrustes {

    private final double[] n = new double[16];
    private final double[] v = new double[16];
    private final double[] rotation = new double[9];
    private double scale;
    private final double[] translation = new double[3];

    /** Rotation of the last alignment, row-major 3×3 (internal array; read only). */
    public double[] rotationRef() {
        return rotation;
    }

    /** Scale of the last alignment. */
    public double scale() {
        return scale;
    }

    /** Translation of the last alignment (internal array; read only). */
    public double[] translationRef() {
        return translation;
    }

    /**
     * Aligns the selected points of {@code pred} to {@code gt} and returns the mean distance after
     * alignment (same units as the inputs).
     *
     * @param pred  points {@code (n × 3)} from {@code predStart}
     * @param gt    points {@code (n × 3)} from {@code gtStart}
     * @param use   which of the {@code count} points take part; {@code null} = all
     * @param count number of points
     * @return the mean aligned error over used points, or NaN if fewer than 3 are used
     */
    public double align(double[] pred, int predStart, double[] gt, int gtStart, boolean[] use, int useStart, int count) {
        int m = 0;
        double px = 0, py = 0, pz = 0, gx = 0, gy = 0, gz = 0;
        for (int i = 0; i < count; i++) {
            if (use != null && !use[useStart + i]) {
                continue;
            }
            px += pred[predStart + 3 * i];
            py += pred[predStart + 3 * i + 1];
            pz += pred[predStart + 3 * i + 2];
            gx += gt[gtStart + 3 * i];
            gy += gt[gtStart + 3 * i + 1];
            gz += gt[gtStart + 3 * i + 2];
            m++;
        }
        if (m < 3) {
            return Double.NaN;
        }
        px /= m;
        py /= m;
        pz /= m;
        gx /= m;
        gy /= m;
        gz /= m;
        // M = Σ p' g'ᵀ and Σ|p'|².
        double sxx = 0, sxy = 0, sxz = 0, syx = 0, syy = 0, syz = 0, szx = 0, szy = 0, szz = 0, pp = 0;
        for (int i = 0; i < count; i++) {
            if (use != null && !use[useStart + i]) {
                continue;
            }
            double ax = pred[predStart + 3 * i] - px;
            double ay = pred[predStart + 3 * i + 1] - py;
            double az = pred[predStart + 3 * i + 2] - pz;
            double bx = gt[gtStart + 3 * i] - gx;
            double by = gt[gtStart + 3 * i + 1] - gy;
            double bz = gt[gtStart + 3 * i + 2] - gz;
            sxx += ax * bx;
            sxy += ax * by;
            sxz += ax * bz;
            syx += ay * bx;
            syy += ay * by;
            syz += ay * bz;
            szx += az * bx;
            szy += az * by;
            szz += az * bz;
            pp += ax * ax + ay * ay + az * az;
        }
        // Horn (1987), eq. for N.
        n[0] = sxx + syy + szz;
        n[1] = syz - szy;
        n[2] = szx - sxz;
        n[3] = sxy - syx;
        n[5] = sxx - syy - szz;
        n[6] = sxy + syx;
        n[7] = szx + sxz;
        n[10] = -sxx + syy - szz;
        n[11] = syz + szy;
        n[15] = -sxx - syy + szz;
        n[4] = n[1];
        n[8] = n[2];
        n[9] = n[6];
        n[12] = n[3];
        n[13] = n[7];
        n[14] = n[11];
        SymmetricEigen4.decompose(n, v);
        int best = 0;
        for (int i = 1; i < 4; i++) {
            if (n[5 * i] > n[5 * best]) {
                best = i;
            }
        }
        double q0 = v[best], qx = v[4 + best], qy = v[8 + best], qz = v[12 + best];
        double qn = Math.sqrt(q0 * q0 + qx * qx + qy * qy + qz * qz);
        q0 /= qn;
        qx /= qn;
        qy /= qn;
        qz /= qn;
        rotation[0] = q0 * q0 + qx * qx - qy * qy - qz * qz;
        rotation[1] = 2 * (qx * qy - q0 * qz);
        rotation[2] = 2 * (qx * qz + q0 * qy);
        rotation[3] = 2 * (qy * qx + q0 * qz);
        rotation[4] = q0 * q0 - qx * qx + qy * qy - qz * qz;
        rotation[5] = 2 * (qy * qz - q0 * qx);
        rotation[6] = 2 * (qz * qx - q0 * qy);
        rotation[7] = 2 * (qz * qy + q0 * qx);
        rotation[8] = q0 * q0 - qx * qx - qy * qy + qz * qz;
        // s = Σ g'·(R p') / Σ|p'|² = trace(R·M)/pp, with (R·M) traced against M = Σ p' g'ᵀ.
        double num = rotation[0] * sxx + rotation[1] * syx + rotation[2] * szx
                + rotation[3] * sxy + rotation[4] * syy + rotation[5] * szy
                + rotation[6] * sxz + rotation[7] * syz + rotation[8] * szz;
        scale = pp > 0 ? num / pp : 1;
        translation[0] = gx - scale * (rotation[0] * px + rotation[1] * py + rotation[2] * pz);
        translation[1] = gy - scale * (rotation[3] * px + rotation[4] * py + rotation[5] * pz);
        translation[2] = gz - scale * (rotation[6] * px + rotation[7] * py + rotation[8] * pz);
        double err = 0;
        for (int i = 0; i < count; i++) {
            if (use != null && !use[useStart + i]) {
                continue;
            }
            double ax = pred[predStart + 3 * i];
            double ay = pred[predStart + 3 * i + 1];
            double az = pred[predStart + 3 * i + 2];
            double dx = scale * (rotation[0] * ax + rotation[1] * ay + rotation[2] * az) + translation[0] - gt[gtStart + 3 * i];
            double dy = scale * (rotation[3] * ax + rotation[4] * ay + rotation[5] * az) + translation[1] - gt[gtStart + 3 * i + 1];
            double dz = scale * (rotation[6] * ax + rotation[7] * ay + rotation[8] * az) + translation[2] - gt[gtStart + 3 * i + 2];
            err += Math.sqrt(dx * dx + dy * dy + dz * dz);
        }
        return err / m;
    }
}
