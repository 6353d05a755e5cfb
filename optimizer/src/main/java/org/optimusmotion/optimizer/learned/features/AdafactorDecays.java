package org.optimusmotion.optimizer.learned.features;

/**
 * The seven accumulator decay rates of the AdafactorMLP features and their meta-learned offsets.
 *
 * <p>Reference initial decays (learned_optimization {@code adafac_mlp_lopt.py}): momentum
 * (0.9, 0.99, 0.999), RMS 0.999, Adafactor (0.9, 0.99, 0.999). Each decay is meta-learned through an
 * offset {@code θ_d} (initialised at 0) with {@code β = 1 − (1 − β₀)·exp(10·θ_d)}, the closed form of the
 * reference's {@code log(1−β)/10} parametrisation (PAPERS.md A.1). Momentum decays are not clipped; the
 * RMS and Adafactor decays are clipped to [0, 1] as in the reference.
 */
public final class AdafactorDecays {

    /** Number of momentum (and Adafactor) decays. */
    public static final int DECAY_COUNT = 3;
    /** Number of meta-learned decay offsets: 3 momentum + 1 RMS + 3 Adafactor. */
    public static final int OFFSET_COUNT = 7;
    /** Reference initial momentum decays. */
    public static final double[] MOMENTUM_DECAYS_0 = {0.9, 0.99, 0.999};
    /** Reference initial RMS decay. */
    public static final double RMS_DECAY_0 = 0.999;
    /** Reference initial Adafactor decays. */
    public static final double[] ADAFACTOR_DECAYS_0 = {0.9, 0.99, 0.999};
    /** Multiplier of the offset in the exponent (reference: {@code log(1−β)/10}). */
    public static final double OFFSET_SCALE = 10.0;

    private AdafactorDecays() {
    }

    /**
     * Writes the effective decays for the given offsets.
     *
     * @param out     length 7: momentum[0..2], rms, adafactor[0..2]. Modified.
     * @param theta   meta-parameters. Not modified.
     * @param offset  index of the 7 decay offsets inside {@code theta}
     */
    public static void decaysInto(double[] out, double[] theta, int offset) {
        for (int k = 0; k < DECAY_COUNT; k++) {
            out[k] = decay(MOMENTUM_DECAYS_0[k], theta[offset + k]);
        }
        out[DECAY_COUNT] = clip01(decay(RMS_DECAY_0, theta[offset + DECAY_COUNT]));
        for (int k = 0; k < DECAY_COUNT; k++) {
            out[DECAY_COUNT + 1 + k] = clip01(decay(ADAFACTOR_DECAYS_0[k], theta[offset + DECAY_COUNT + 1 + k]));
        }
    }

    /** β = 1 − (1 − β₀)·exp(10·θ). */
    static double decay(double beta0, double thetaOffset) {
        return 1.0 - (1.0 - beta0) * Math.exp(OFFSET_SCALE * thetaOffset);
    }

    private static double clip01(double v) {
        return Math.min(1.0, Math.max(0.0, v));
    }
}
