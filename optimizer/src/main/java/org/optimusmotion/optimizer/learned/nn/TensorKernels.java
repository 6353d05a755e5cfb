package org.optimusmotion.optimizer.learned.nn;

/**
 * The heavy per-token operations of the learned optimizers, behind one interface so that a faster
 * backend (for example ND4J for large n) can replace the plain-Java one without touching the networks.
 *
 * <p>All matrices are flat row-major {@code double[]} with explicit offsets; weights are read from the
 * flat meta-parameter vector θ. Outputs are caller-owned and must not alias inputs. Implementations are
 * stateless and thread-safe; they must not allocate per call.
 */
public interface TensorKernels {

    /**
     * Per-token linear layer: {@code out[r, o] = b[o] + Σ_i in[r, i]·W[i, o]} for r &lt; rows.
     *
     * @param out    (rows × outDim). Modified.
     * @param in     (rows × inDim). Not modified.
     * @param theta  holds W (inDim × outDim, row-major) at {@code wOff} and b (outDim) at {@code bOff}. Not modified.
     * @param accumulate when true, adds to {@code out} instead of overwriting it (residual connections)
     */
    void linear(double[] out, double[] in, int rows, int inDim, int outDim,
                double[] theta, int wOff, int bOff, boolean accumulate);

    /**
     * Multi-head scaled dot-product self-attention without masking or positional information:
     * {@code out_i = Σ_j softmax_j(q_i·k_j/√dh) v_j}, per head (columns {@code h*dh .. (h+1)*dh-1}).
     *
     * @param out     (n × dim). Modified.
     * @param q       (n × dim). Not modified.
     * @param k       (n × dim). Not modified.
     * @param v       (n × dim). Not modified.
     * @param scratch length at least {@link #attentionScratchLength}(n, dim, heads). Modified.
     */
    void attention(double[] out, double[] q, double[] k, double[] v, int n, int dim, int heads, double[] scratch);

    /** Scratch length {@link #attention} needs. */
    int attentionScratchLength(int n, int dim, int heads);
}
