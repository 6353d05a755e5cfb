package org.optimusmotion.optimizer.classic;

/** Small allocation-free kernels on dense vectors, shared by the classic optimizers. */
final class VectorOps {

    private VectorOps() {
    }

    /** {@code a·b} over the first {@code a.length} entries. */
    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0, n = a.length; i < n; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** {@code a·b} for the length-n slice of {@code a} starting at {@code aOffset}. */
    static double dot(double[] a, int aOffset, double[] b, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += a[aOffset + i] * b[i];
        }
        return sum;
    }

    /** Max-norm {@code max |v_i|}. */
    static double normInf(double[] v) {
        double max = 0;
        for (int i = 0, n = v.length; i < n; i++) {
            double a = Math.abs(v[i]);
            if (a > max) {
                max = a;
            }
        }
        return max;
    }

    /** True when no entry is NaN or infinite. */
    static boolean allFinite(double[] v) {
        double sum = 0;
        for (int i = 0, n = v.length; i < n; i++) {
            // 0·v_i is 0 for finite v_i and NaN for NaN/±Inf, so the sum stays 0 only if all are finite.
            sum += v[i] * 0.0;
        }
        return sum == 0;
    }
}
