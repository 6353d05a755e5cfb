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
        // scores (n), then one head's keys transposed (dh x n) and values packed (n x dh)
        return n + 2 * n * (dim / heads);
    }

    /**
     * Per head, the keys are first transposed to (dh x n) and the values packed to (n x dh), so the
     * score loop runs over contiguous keys (C2 vectorizes it) and the value loop over contiguous rows;
     * the arithmetic, and its order, is that of the textbook loop (results are bit-identical).
     */
    @Override
    public void attention(double[] out, double[] q, double[] k, double[] v, int n, int dim, int heads,
                          double[] scratch) {
        int dh = dim / heads;
        double scale = 1.0 / Math.sqrt(dh);
        int kt = n;
        int vh = n + dh * n;
        for (int h = 0; h < heads; h++) {
            int c0 = h * dh;
            for (int j = 0; j < n; j++) {
                int src = j * dim + c0;
                for (int c = 0; c < dh; c++) {
                    scratch[kt + c * n + j] = k[src + c];
                    scratch[vh + j * dh + c] = v[src + c];
                }
            }
            for (int i = 0; i < n; i++) {
                int qi = i * dim + c0;
                // s_j = q_i·k_j / √dh, summed over c in order, then softmax over j (max-subtracted)
                double qc = q[qi];
                for (int j = 0; j < n; j++) {
                    scratch[j] = qc * scratch[kt + j];
                }
                for (int c = 1; c < dh; c++) {
                    qc = q[qi + c];
                    int row = kt + c * n;
                    for (int j = 0; j < n; j++) {
                        scratch[j] += qc * scratch[row + j];
                    }
                }
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    double s = scratch[j] * scale;
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
                if (dh == 8) {
                    weightedValuesOfWidth8(out, qi, scratch, vh, n, inv);
                    continue;
                }
                for (int c = 0; c < dh; c++) {
                    out[qi + c] = 0;
                }
                for (int j = 0; j < n; j++) {
                    double p = scratch[j] * inv;
                    int vj = vh + j * dh;
                    for (int c = 0; c < dh; c++) {
                        out[qi + c] += p * scratch[vj + c];
                    }
                }
            }
        }
    }

    /**
     * {@code out[qi + c] = Σ_j (e_j · inv) · V[j, c]} for a head of width 8 (the default Optimus: D = 32,
     * 4 heads), with the eight sums in registers instead of memory: twice as fast, same order of additions.
     */
    private static void weightedValuesOfWidth8(double[] out, int qi, double[] scratch, int vh, int n, double inv) {
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        double a4 = 0;
        double a5 = 0;
        double a6 = 0;
        double a7 = 0;
        for (int j = 0; j < n; j++) {
            double p = scratch[j] * inv;
            int b = vh + 8 * j;
            a0 += p * scratch[b];
            a1 += p * scratch[b + 1];
            a2 += p * scratch[b + 2];
            a3 += p * scratch[b + 3];
            a4 += p * scratch[b + 4];
            a5 += p * scratch[b + 5];
            a6 += p * scratch[b + 6];
            a7 += p * scratch[b + 7];
        }
        out[qi] = a0;
        out[qi + 1] = a1;
        out[qi + 2] = a2;
        out[qi + 3] = a3;
        out[qi + 4] = a4;
        out[qi + 5] = a5;
        out[qi + 6] = a6;
        out[qi + 7] = a7;
    }
}
