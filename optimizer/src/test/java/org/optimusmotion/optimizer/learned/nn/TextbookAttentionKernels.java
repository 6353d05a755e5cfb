package org.optimusmotion.optimizer.learned.nn;

/**
 * The plain-Java kernels with the attention written the obvious way (one score at a time, token-major
 * memory): the reference {@link PlainJavaKernels}' attention must match to the last bit, and the baseline
 * {@code OptimusKernelBenchmark} measures it against.
 */
public final class TextbookAttentionKernels implements TensorKernels {

    /** The shared, stateless instance. */
    public static final TextbookAttentionKernels INSTANCE = new TextbookAttentionKernels();

    private TextbookAttentionKernels() {
    }

    @Override
    public void linear(double[] out, double[] in, int rows, int inDim, int outDim, double[] theta, int wOff, int bOff,
            boolean accumulate) {
        PlainJavaKernels.INSTANCE.linear(out, in, rows, inDim, outDim, theta, wOff, bOff, accumulate);
    }

    @Override
    public int attentionScratchLength(int n, int dim, int heads) {
        return n;
    }

    @Override
    public void attention(double[] out, double[] q, double[] k, double[] v, int n, int dim, int heads, double[] scratch) {
        int dh = dim / heads;
        double scale = 1.0 / Math.sqrt(dh);
        for (int h = 0; h < heads; h++) {
            for (int i = 0; i < n; i++) {
                int qi = i * dim + h * dh;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    double dot = 0;
                    for (int c = 0; c < dh; c++) {
                        dot += q[qi + c] * k[j * dim + h * dh + c];
                    }
                    scratch[j] = dot * scale;
                    max = Math.max(max, scratch[j]);
                }
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    scratch[j] = Math.exp(scratch[j] - max);
                    sum += scratch[j];
                }
                double inv = 1.0 / sum;
                for (int c = 0; c < dh; c++) {
                    out[qi + c] = 0;
                }
                for (int j = 0; j < n; j++) {
                    double p = scratch[j] * inv;
                    for (int c = 0; c < dh; c++) {
                        out[qi + c] += p * v[j * dim + h * dh + c];
                    }
                }
            }
        }
    }
}
