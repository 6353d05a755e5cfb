package org.optimusmotion.optimizer.learned.features;

/**
 * Builds the per-coordinate AdafactorMLP input features for a 1-D parameter vector (PAPERS.md A.3;
 * learned_optimization {@code adafac_mlp_lopt.py}): 28 channels normalised over the n coordinates,
 * then 11 un-normalised step features, 39 per coordinate.
 *
 * <p>Channel order (k = 0..2 indexes the three decays): g, p, m_k, v, m_k/√(v+1e-6), 1/√(v+1e-6),
 * fac_g_k, v̂_k, v̂_k (duplicate, the reference's column factor), 1/√(v̂_k+1e-8), the same again,
 * m_k/√(v̂_k+1e-6). Each channel c is divided by √(1e-5 + mean_i F[i,c]²). Step features are
 * tanh(t/τ − 1) for the 11 τ in {@link #STEP_TIMESCALES}, t = iteration before increment.
 *
 * <p>Stateless; all methods are static and allocation-free.
 */
public final class AdafactorFeatures {

    /** Normalised channels per coordinate. */
    public static final int NORMALISED_CHANNELS = 28;
    /** Time scales τ of the step features. */
    public static final double[] STEP_TIMESCALES = {1, 3, 10, 30, 100, 300, 1000, 3000, 10000, 30000, 100000};
    /** Features per coordinate: 28 + 11. */
    public static final int FEATURE_COUNT = NORMALISED_CHANNELS + STEP_TIMESCALES.length;

    /** ε inside 1/√(v + ε) and m/√(v + ε). */
    static final double RMS_EPS = 1e-6;
    /** ε and floor inside the Adafactor-normalised gradient 1/√max(v̂ + ε, ε). */
    static final double FAC_G_EPS = 1e-9;
    /** ε inside 1/√(v̂ + ε) (the reference's row/col factor feature). */
    static final double FACTOR_RSQRT_EPS = 1e-8;
    /** ε inside m/√(v̂ + ε). */
    static final double FAC_MOM_EPS = 1e-6;
    /** ε of the second-moment normaliser. */
    static final double NORMALISER_EPS = 1e-5;

    private AdafactorFeatures() {
    }

    /**
     * Writes the features of every coordinate. Call after {@link AdafactorAccumulators#update}.
     *
     * @param out          (n × 39) row-major, out[i*39 + c]. Modified.
     * @param x            current parameters, length n. Not modified.
     * @param gradient     gradient at x, length n. Not modified.
     * @param acc          accumulators already updated with {@code gradient}. Not modified.
     */
    public static void compute(double[] out, double[] x, double[] gradient, AdafactorAccumulators acc) {
        int n = acc.dimension();
        int w = FEATURE_COUNT;
        double[] m = acc.momentum;
        double[] v = acc.rms;
        double[] vh = acc.adafactor;
        for (int i = 0; i < n; i++) {
            int r = i * w;
            double g = gradient[i];
            double rsqrtV = 1.0 / Math.sqrt(v[i] + RMS_EPS);
            out[r] = g;
            out[r + 1] = x[i];
            for (int k = 0; k < 3; k++) {
                double mk = m[k * n + i];
                double vk = vh[k * n + i];
                out[r + 2 + k] = mk;
                out[r + 6 + k] = mk * rsqrtV;
                out[r + 10 + k] = g / Math.sqrt(Math.max(vk + FAC_G_EPS, FAC_G_EPS));
                out[r + 13 + k] = vk;
                out[r + 16 + k] = vk;
                double rs = 1.0 / Math.sqrt(vk + FACTOR_RSQRT_EPS);
                out[r + 19 + k] = rs;
                out[r + 22 + k] = rs;
                out[r + 25 + k] = mk / Math.sqrt(vk + FAC_MOM_EPS);
            }
            out[r + 5] = v[i];
            out[r + 9] = rsqrtV;
        }
        // F[:,c] /= sqrt(1e-5 + mean_i F[i,c]^2)   (second-moment normaliser over coordinates)
        if (n > 0) {
            for (int c = 0; c < NORMALISED_CHANNELS; c++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    double f = out[i * w + c];
                    s += f * f;
                }
                double scale = 1.0 / Math.sqrt(NORMALISER_EPS + s / n);
                for (int i = 0; i < n; i++) {
                    out[i * w + c] *= scale;
                }
            }
        }
        double t = acc.iteration();
        for (int j = 0; j < STEP_TIMESCALES.length; j++) {
            double f = Math.tanh(t / STEP_TIMESCALES[j] - 1.0);
            for (int i = 0; i < n; i++) {
                out[i * w + NORMALISED_CHANNELS + j] = f;
            }
        }
    }
}
