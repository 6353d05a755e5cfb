package org.optimusmotion.optimizer.learned.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The Adafactor features against a hand-computed example: n = 2, x = (0.5, −1), g = (1, −2), decay
 * offsets 0 (β = reference decays), first update from zero accumulators. Expected values are written
 * out from the formulas in PAPERS.md A.2–A.3, independently of the production code.
 */
class AdafactorFeaturesTest {

    private static final double TOL = 1e-12;
    private static final int W = AdafactorFeatures.FEATURE_COUNT;

    private static double[] features(double[] x, double[] g, double[] theta, int steps) {
        AdafactorAccumulators acc = new AdafactorAccumulators(x.length);
        double[] decays = new double[AdafactorDecays.OFFSET_COUNT];
        AdafactorDecays.decaysInto(decays, theta, 0);
        double[] out = new double[x.length * W];
        for (int s = 0; s < steps; s++) {
            acc.update(g, decays);
            AdafactorFeatures.compute(out, x, g, acc);
            acc.advanceIteration();
        }
        return out;
    }

    @Test
    void firstStepMatchesHandComputation() {
        double[] x = {0.5, -1};
        double[] g = {1, -2};
        double[] f = features(x, g, new double[7], 1);
        assertEquals(39, W);

        // channel 0: g = (1, −2); normaliser √(1e-5 + (1 + 4)/2) = √2.50001
        double n0 = Math.sqrt(1e-5 + 2.5);
        assertEquals(1 / n0, f[0], TOL);
        assertEquals(-2 / n0, f[W], TOL);
        // channel 1: p = (0.5, −1); normaliser √(1e-5 + (0.25 + 1)/2)
        double n1 = Math.sqrt(1e-5 + 0.625);
        assertEquals(0.5 / n1, f[1], TOL);
        assertEquals(-1 / n1, f[W + 1], TOL);
        // channel 2: m_0 = (1 − 0.9) g = (0.1, −0.2); normaliser √(1e-5 + (0.01 + 0.04)/2)
        double n2 = Math.sqrt(1e-5 + 0.025);
        assertEquals(0.1 / n2, f[2], TOL);
        assertEquals(-0.2 / n2, f[W + 2], TOL);
        // channel 5: v = 0.001 g² = (0.001, 0.004)
        double n5 = Math.sqrt(1e-5 + (1e-6 + 16e-6) / 2);
        assertEquals(0.001 / n5, f[5], TOL);
        // channel 6: m_0/√(v + 1e-6): coordinate 0: 0.1/√0.001001, coordinate 1: −0.2/√0.004001
        double c6a = 0.1 / Math.sqrt(0.001001);
        double c6b = -0.2 / Math.sqrt(0.004001);
        double n6 = Math.sqrt(1e-5 + (c6a * c6a + c6b * c6b) / 2);
        assertEquals(c6a / n6, f[6], TOL);
        assertEquals(c6b / n6, f[W + 6], TOL);
        // channel 9: 1/√(v + 1e-6)
        double c9a = 1 / Math.sqrt(0.001001);
        double c9b = 1 / Math.sqrt(0.004001);
        double n9 = Math.sqrt(1e-5 + (c9a * c9a + c9b * c9b) / 2);
        assertEquals(c9b / n9, f[W + 9], TOL);
        // channel 10: fac_g_0 = g/√(v̂_0 + 1e-9), v̂_0 = 0.1 (g² + 1e-30) = (0.1, 0.4)
        double c10a = 1 / Math.sqrt(0.1 + 1e-9);
        double c10b = -2 / Math.sqrt(0.4 + 1e-9);
        double n10 = Math.sqrt(1e-5 + (c10a * c10a + c10b * c10b) / 2);
        assertEquals(c10a / n10, f[10], TOL);
        // channels 13 and 16: v̂_0 twice (row and column factor roles)
        double n13 = Math.sqrt(1e-5 + (0.01 + 0.16) / 2);
        assertEquals(0.4 / n13, f[W + 13], TOL);
        assertEquals(0.4 / n13, f[W + 16], TOL);
        // channels 19 and 22: 1/√(v̂_0 + 1e-8)
        double c19a = 1 / Math.sqrt(0.1 + 1e-8);
        double c19b = 1 / Math.sqrt(0.4 + 1e-8);
        double n19 = Math.sqrt(1e-5 + (c19a * c19a + c19b * c19b) / 2);
        assertEquals(c19a / n19, f[19], TOL);
        assertEquals(c19a / n19, f[22], TOL);
        // channel 27: m_2/√(v̂_2 + 1e-6) with β = 0.999: m_2 = 0.001 g, v̂_2 = 0.001 g²
        double c27a = 0.001 / Math.sqrt(0.001 + 1e-6);
        double c27b = -0.002 / Math.sqrt(0.004 + 1e-6);
        double n27 = Math.sqrt(1e-5 + (c27a * c27a + c27b * c27b) / 2);
        assertEquals(c27b / n27, f[W + 27], TOL);
        // step features at t = 0: tanh(−1), the same for every τ and coordinate
        for (int j = 28; j < 39; j++) {
            assertEquals(Math.tanh(-1), f[j], TOL);
            assertEquals(Math.tanh(-1), f[W + j], TOL);
        }
    }

    @Test
    void secondStepAccumulatesAndAdvancesStepFeatures() {
        double[] x = {0.5, -1};
        double[] g = {1, -2};
        double[] f = features(x, g, new double[7], 2);
        // m_0 after two identical gradients: (1 − 0.9²) g = 0.19 g; normalised the same as 0.1 g would be
        double n2 = Math.sqrt(1e-5 + (0.19 * 0.19 + 0.38 * 0.38) / 2);
        assertEquals(0.19 / n2, f[2], TOL);
        // t = 1: tanh(1/τ − 1)
        assertEquals(Math.tanh(1.0 / 1 - 1), f[28], TOL);
        assertEquals(Math.tanh(1.0 / 3 - 1), f[29], TOL);
        assertEquals(Math.tanh(1.0 / 100000 - 1), f[38], TOL);
    }

    @Test
    void decayOffsetsFollowTheReferenceParametrisation() {
        double[] theta = {0.1, 0, 0, -0.05, 0, 0, 0.2};
        double[] d = new double[7];
        AdafactorDecays.decaysInto(d, theta, 0);
        // β = 1 − (1 − β₀)·exp(10θ)
        assertEquals(1 - 0.1 * Math.exp(1.0), d[0], TOL);
        assertEquals(0.99, d[1], TOL);
        assertEquals(1 - 0.001 * Math.exp(-0.5), d[3], TOL);
        // adafactor decay 2: 1 − 0.001·e² stays in [0, 1]
        assertEquals(1 - 0.001 * Math.exp(2.0), d[6], TOL);
        // large offsets: RMS/Adafactor decays clip at 0, momentum decays do not
        double[] big = {1, 0, 0, 1, 1, 0, 0};
        AdafactorDecays.decaysInto(d, big, 0);
        assertEquals(1 - 0.1 * Math.exp(10), d[0], 1e-9);
        assertEquals(0.0, d[3], TOL);
        assertEquals(0.0, d[4], TOL);
    }
}
