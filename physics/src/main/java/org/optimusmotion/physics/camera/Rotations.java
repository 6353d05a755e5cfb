package org.optimusmotion.physics.camera;

/** 3×3 rotation helpers (row-major arrays). */
public final class Rotations {

    private Rotations() {
    }

    /** Determinant of a row-major 3×3 matrix. */
    public static double determinant(double[] m) {
        return m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]);
    }

    /**
     * Rotation matrix of a Rodrigues vector (axis × angle, radians):
     * {@code R = I + sin θ·K + (1 − cos θ)·K²} with {@code K} the cross-product matrix of the unit axis.
     */
    public static double[] fromRodrigues(double[] r) {
        if (r.length != 3) {
            throw new IllegalArgumentException("a Rodrigues vector has 3 values, got " + r.length);
        }
        double theta = Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]);
        if (theta < 1e-12) {
            return new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1};
        }
        double kx = r[0] / theta;
        double ky = r[1] / theta;
        double kz = r[2] / theta;
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        double v = 1 - c;
        return new double[] {
            c + kx * kx * v, kx * ky * v - kz * s, kx * kz * v + ky * s,
            ky * kx * v + kz * s, c + ky * ky * v, ky * kz * v - kx * s,
            kz * kx * v - ky * s, kz * ky * v + kx * s, c + kz * kz * v,
        };
    }

    /** Rodrigues vector of a rotation matrix (inverse of {@link #fromRodrigues}, angle in [0, π]). */
    public static double[] toRodrigues(double[] m) {
        double cos = Math.max(-1, Math.min(1, (m[0] + m[4] + m[8] - 1) / 2));
        double theta = Math.acos(cos);
        double rx = m[7] - m[5];
        double ry = m[2] - m[6];
        double rz = m[3] - m[1];
        double s = Math.sqrt(rx * rx + ry * ry + rz * rz);
        if (theta < 1e-12) {
            return new double[3];
        }
        if (s > 1e-9) {
            return new double[] {theta * rx / s, theta * ry / s, theta * rz / s};
        }
        // θ ≈ π: axis from the diagonal of (R + I)/2 = k·kᵀ.
        double kx = Math.sqrt(Math.max(0, (m[0] + 1) / 2));
        double ky = Math.copySign(Math.sqrt(Math.max(0, (m[4] + 1) / 2)), m[1] + m[3]);
        double kz = Math.copySign(Math.sqrt(Math.max(0, (m[8] + 1) / 2)), m[2] + m[6]);
        return new double[] {theta * kx, theta * ky, theta * kz};
    }

    /**
     * World-to-camera rotation of a camera at {@code eye} looking at {@code target} with world
     * {@code up} appearing upwards in the image (OpenCV axes: rows are right, down, forward).
     */
    public static double[] lookAt(double[] eye, double[] target, double[] up) {
        double[] f = normalize(new double[] {target[0] - eye[0], target[1] - eye[1], target[2] - eye[2]});
        double[] right = normalize(cross(f, up));
        double[] down = cross(f, right);
        return new double[] {right[0], right[1], right[2], down[0], down[1], down[2], f[0], f[1], f[2]};
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double[] normalize(double[] v) {
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        if (!(n > 1e-12)) {
            throw new IllegalArgumentException("cannot normalise a zero vector (look-at direction parallel to up?)");
        }
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }
}
