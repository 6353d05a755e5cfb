package org.optimusmotion.physics.spatial;

/**
 * Eigen-decomposition of a symmetric 4×4 matrix by cyclic Jacobi rotations (Golub and Van Loan,
 * <i>Matrix Computations</i>, 4th ed., sec. 8.5): DLT null vectors (triangulation) and the quaternion of
 * Horn's absolute orientation (Procrustes). Stateless; does not allocate.
 */
public final class SymmetricEigen4 {

    private static final int SWEEPS = 50;

    private SymmetricEigen4() {
    }

    /**
     * Diagonalises {@code a} (row-major 4×4, symmetric; overwritten: its diagonal ends as the
     * eigenvalues) and writes the eigenvectors as the columns of {@code vectors} (row-major 4×4).
     *
     * @return the column index of the smallest eigenvalue
     */
    public static int smallest(double[] a, double[] vectors) {
        decompose(a, vectors);
        int best = 0;
        for (int i = 1; i < 4; i++) {
            if (a[5 * i] < a[5 * best]) {
                best = i;
            }
        }
        return best;
    }

    /** As {@link #smallest}, without choosing an eigenvalue. */
    public static void decompose(double[] a, double[] vectors) {
        java.util.Arrays.fill(vectors, 0);
        for (int i = 0; i < 4; i++) {
            vectors[5 * i] = 1;
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            double off = 0;
            double diag = 0;
            for (int p = 0; p < 4; p++) {
                diag += a[5 * p] * a[5 * p];
                for (int q = p + 1; q < 4; q++) {
                    off += a[4 * p + q] * a[4 * p + q];
                }
            }
            if (off <= 1e-30 * diag || off == 0) {
                break;
            }
            for (int p = 0; p < 3; p++) {
                for (int q = p + 1; q < 4; q++) {
                    double apq = a[4 * p + q];
                    if (apq == 0) {
                        continue;
                    }
                    // Rotation angle that zeroes a_pq: tan(2θ) = 2 a_pq / (a_qq - a_pp), smaller root.
                    double theta = (a[5 * q] - a[5 * p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < 4; k++) {
                        double akp = a[4 * k + p];
                        double akq = a[4 * k + q];
                        a[4 * k + p] = c * akp - s * akq;
                        a[4 * k + q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < 4; k++) {
                        double apk = a[4 * p + k];
                        double aqk = a[4 * q + k];
                        a[4 * p + k] = c * apk - s * aqk;
                        a[4 * q + k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < 4; k++) {
                        double vkp = vectors[4 * k + p];
                        double vkq = vectors[4 * k + q];
                        vectors[4 * k + p] = c * vkp - s * vkq;
                        vectors[4 * k + q] = s * vkp + c * vkq;
                    }
                }
            }
        }
    }
}
