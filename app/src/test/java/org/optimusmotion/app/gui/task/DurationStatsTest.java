package org.optimusmotion.app.gui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DurationStatsTest {

    private static long millis(double ms) {
        return Math.round(ms * 1e6);
    }

    @Test
    void quantilesOfAKnownSetToTheBinResolution() {
        DurationStats s = new DurationStats();
        // 1..100 ms, shuffled: p50 = 50 ms, p99 = 99 ms, max 100 ms.
        int[] order = new int[100];
        for (int i = 0; i < 100; i++) {
            order[i] = i + 1;
        }
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 99; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int ms : order) {
            s.record(millis(ms));
        }
        assertEquals(100, s.count());
        assertEquals(50.0, s.quantileMillis(0.5), 0.1 + 1e-9);
        assertEquals(99.0, s.quantileMillis(0.99), 0.1 + 1e-9);
        assertEquals(100.0, s.quantileMillis(1), 1e-9);
        assertEquals(100.0, s.maxMillis(), 1e-9);
        assertEquals(50, s.countAbove(50.05));
        assertTrue(s.summary(50).contains("p99=99"), s.summary(50));
    }

    @Test
    void longDurationsKeepTheirExactMaximumAndResetForgets() {
        DurationStats s = new DurationStats();
        s.record(millis(1.0));
        s.record(millis(DurationStats.RANGE_MILLIS + 500.0));
        assertEquals(DurationStats.RANGE_MILLIS + 500.0, s.maxMillis(), 1e-6);
        assertEquals(DurationStats.RANGE_MILLIS + 500.0, s.quantileMillis(0.99), 1e-6);
        assertEquals(1, s.countAbove(DurationStats.RANGE_MILLIS));
        s.reset();
        assertEquals(0, s.count());
        assertEquals(0, s.quantileMillis(0.5));
        assertThrows(IllegalArgumentException.class, () -> s.quantileMillis(1.5));
    }
}
