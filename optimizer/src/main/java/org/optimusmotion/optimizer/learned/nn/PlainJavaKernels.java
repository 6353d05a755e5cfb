package org.optimusmotion.optimizer.learned.nn;

/**
 * {@link TensorKernels} on primitive arrays with indexed loops. At the meta-training sizes
 * (n = 2…100, width 32–64) this beats ND4J, whose fixed cost is 6–20 µs per operation
 * (NOTES-deps.md); attention is computed one query row at a time, so memory is O(n), not O(n²).
 */
public final class PlainJavaKernels implements TensorKernels {

    /** The shared, stateless instance. */
    public static final PlainJavaKernels INSTANCE = new PlainJavaKernels();

    private PlainJavaKernels() {
    }

    @Override
    public void linear(double[] out, double[] in, int rows, int inDim, int outDim,
                       double[] theta, int wOff, int bOff, boolean accumulate) {
        for (int r = 0; r < rows; r++) {
            int ro = r * outDim;
            int ri = r * inDim;
            if (accumulate) {
                for (int o = 0; o < outDim; o++) {
                    out[ro + o] += theta[bOff + o];
                }
            } else {
                System.arraycopy(theta, bOff, out, ro, outDim);
            }
            for (int i = 0; i < inDim; i++) {
                double a = in[ri + i];
                if (a == 0) {
                    continue;
                }
                int wr = wOff + i * outDim;
                for (int o = 0; o < outDim; o++) {
                    out[ro + o] += a * theta[wr + o];
                }
            }
        }
    }

    @Override
    public int attentionScratchLength(int n, int dim, int heads) {
        return n;
    }

    @Override
    public void attention(double[] out, double[] q, double[] k, double[] v, int n, int dim, int heads,
                          double[] scratch) {
        int dh = dim / heads;
        double scale = 1.0 / Math.sqrt(dh);
        for (int h = 0; h < heads; h++) {
            int c0 = h * dh;
            for (int i = 0; i < n; i++) {
                int qi = i * dim + c0;
                // s_j = q_i·k_j / √dh, softmax over j (max-subtracted)
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    int kj = j * dim + c0;
                    double s = 0;
                    for (int c = 0; c < dh; c++) {
                        s += q[qi + c] * k[kj + c];
                    }
                    s *= scale;
                    scratch[j] = s;
                    if (s > max) {
                        max = s;
                    }
                }
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    double e = Math.exp(scratch[j] - max);
                    scratch[j] = e;
                    sum += e;
                }
                double inv = 1.0 / sum;
                for (int c = 0; c < dh; c++) {
                    out[qi + c] = 0;
                }
                for (int j = 0; j < n; j++) {
                    double p = scratch[j] * inv;
                    int vj = j * dim + c0;
                    for (int c = 0; c < dh; c++) {
                        out[qi + c] += p * v[vj + c];
                    }
                }
            }
        }
    }
}
