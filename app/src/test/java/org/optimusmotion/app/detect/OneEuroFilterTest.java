package org.optimusmotion.app.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OneEuroFilterTest {

    private static final double FPS = 60;
    private static final double SIZE_PX = 500;

    private static OneEuroFilter mediaPipeSettings() {
        return new OneEuroFilter(1, LandmarkSmoother.MIN_CUTOFF_HZ, LandmarkSmoother.BETA, LandmarkSmoother.DERIVATIVE_CUTOFF_HZ);
    }

    @Test
    void aMovingLandmarkIsFollowedWithoutVisibleLag() {
        OneEuroFilter filter = mediaPipeSettings();
        double speedPxPerS = SIZE_PX; // one body size per second, a slow walk across the image
        double[] v = new double[1];
        double lag = 0;
        for (int i = 0; i < 120; i++) {
            double x = speedPxPerS * i / FPS;
            v[0] = x;
            filter.filter(v, 1 / FPS, 1 / SIZE_PX);
            lag = x - v[0];
        }
        assertTrue(lag > 0, "a causal low-pass trails a ramp");
        // Steady-state lag of a one-pole filter is v·τ with f_c ≈ β·|v| / size: about size / (2π β) = 2 px.
        assertTrue(lag < 0.01 * SIZE_PX, "lag " + lag + " px must stay under 1 % of the body size");
    }

    @Test
    void aStillLandmarkIsSmoothedHard() {
        OneEuroFilter filter = mediaPipeSettings();
        SplittableRandom random = new SplittableRandom(3);
        double[] v = new double[1];
        double rawSq = 0;
        double filteredSq = 0;
        int n = 0;
        for (int i = 0; i < 300; i++) {
            double noise = 2 * (random.nextDouble() - 0.5);
            v[0] = 100 + noise;
            filter.filter(v, 1 / FPS, 1 / SIZE_PX);
            if (i >= 60) {
                rawSq += noise * noise;
                filteredSq += (v[0] - 100) * (v[0] - 100);
                n++;
            }
        }
        double ratio = Math.sqrt(filteredSq / n) / Math.sqrt(rawSq / n);
        assertTrue(ratio < 0.3, "jitter reduced to " + ratio + " of the raw jitter");
    }

    @Test
    void resetLetsTheNextValueThrough() {
        OneEuroFilter filter = mediaPipeSettings();
        double[] v = {10};
        filter.filter(v, 1 / FPS, 1);
        v[0] = 50;
        filter.filter(v, 1 / FPS, 1);
        assertTrue(v[0] < 50, "smoothed towards the past");
        filter.reset();
        v[0] = 80;
        filter.filter(v, 1 / FPS, 1);
        assertEquals(80, v[0], 0);
    }
}
