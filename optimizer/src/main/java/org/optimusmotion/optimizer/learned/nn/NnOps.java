package org.optimusmotion.optimizer.learned.nn;

/**
 * Small element-wise and per-row network operations on flat row-major arrays. Static, allocation-free.
 */
public final class NnOps {

    /** ε of layer normalisation (the usual value). */
    public static final double LAYER_NORM_EPS = 1e-5;
    private static final double GELU_C = Math.sqrt(2.0 / Math.PI);

    private NnOps() {
    }

    /**
     * Layer normalisation per row: {@code out = γ ⊙ (x − mean)/√(var + 1e-5) + β}.
     *
     * @param out   (rows × dim). Modified; may alias {@code in}.
     * @param in    (rows × dim).
     * @param theta γ at {@code gOff}, β at {@code bOff}, each length dim. Not modified.
     */
    public static void layerNorm(double[] out, double[] in, int rows, int dim, double[] theta, int gOff, int bOff) {
        for (int r = 0; r < rows; r++) {
            int o = r * dim;
            double mean = 0;
            for (int c = 0; c < dim; c++) {
                mean += in[o + c];
            }
            mean /= dim;
            double var = 0;
            for (int c = 0; c < dim; c++) {
                double d = in[o + c] - mean;
                var += d * d;
            }
            double inv = 1.0 / Math.sqrt(var / dim + LAYER_NORM_EPS);
            for (int c = 0; c < dim; c++) {
                out[o + c] = theta[gOff + c] * (in[o + c] - mean) * inv + theta[bOff + c];
            }
        }
    }

    /** GELU (tanh approximation, Hendrycks &amp; Gimpel 2016) of the first {@code len} entries, in place. */
    public static void geluInPlace(double[] a, int len) {
        for (int i = 0; i < len; i++) {
            double x = a[i];
            a[i] = 0.5 * x * (1 + Math.tanh(GELU_C * (x + 0.044715 * x * x * x)));
        }
    }

    /** ReLU of the first {@code len} entries, in place. */
    public static void reluInPlace(double[] a, int len) {
        for (int i = 0; i < len; i++) {
            if (a[i] < 0) {
                a[i] = 0;
            }
        }
    }
}
