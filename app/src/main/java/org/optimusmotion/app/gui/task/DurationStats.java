package org.optimusmotion.app.gui.task;

import java.util.Locale;

/**
 * A distribution of durations in 0.1 ms bins up to {@value #RANGE_MILLIS} ms (longer ones land in the
 * last bin; the maximum is kept exactly), for responsiveness measurements: how long pulses, UI
 * callbacks or frame paints took. Recording allocates nothing. Thread-safe (synchronised; meant for a
 * few hundred records a second).
 */
public final class DurationStats {

    /** Upper end of the binned range, milliseconds. */
    public static final int RANGE_MILLIS = 2000;

    private static final int BINS_PER_MILLI = 10;
    private final long[] counts = new long[RANGE_MILLIS * BINS_PER_MILLI + 1];
    private long total;
    private long maxNanos;

    /** Adds one duration, nanoseconds (negative counts as 0). */
    public synchronized void record(long nanos) {
        long n = Math.max(0, nanos);
        int bin = (int) Math.min(counts.length - 1, n * BINS_PER_MILLI / 1_000_000L);
        counts[bin]++;
        total++;
        if (n > maxNanos) {
            maxNanos = n;
        }
    }

    /** Forgets everything recorded. */
    public synchronized void reset() {
        java.util.Arrays.fill(counts, 0);
        total = 0;
        maxNanos = 0;
    }

    /** Durations recorded since creation or {@link #reset()}. */
    public synchronized long count() {
        return total;
    }

    /** Longest duration recorded, milliseconds (0 when none). */
    public synchronized double maxMillis() {
        return maxNanos * 1e-6;
    }

    /**
     * The {@code q}-quantile, milliseconds, to the 0.1 ms bin's upper edge (the exact maximum for
     * {@code q = 1}); 0 when nothing was recorded.
     *
     * @param q in [0, 1]
     */
    public synchronized double quantileMillis(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile q must be in [0, 1], got " + q);
        }
        if (total == 0) {
            return 0;
        }
        if (q == 1) {
            return maxMillis();
        }
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int bin = 0; bin < counts.length; bin++) {
            seen += counts[bin];
            if (seen >= Math.max(1, rank)) {
                // The last bin holds everything beyond the range: its only known value is the maximum.
                return bin == counts.length - 1 ? maxMillis() : Math.min(maxMillis(), (bin + 1) / (double) BINS_PER_MILLI);
            }
        }
        return maxMillis();
    }

    /** How many durations were longer than {@code millis}, to the bin's resolution. */
    public synchronized long countAbove(double millis) {
        int first = (int) Math.min(counts.length, Math.ceil(millis * BINS_PER_MILLI));
        long n = 0;
        for (int bin = first; bin < counts.length; bin++) {
            n += counts[bin];
        }
        return n;
    }

    /** One line: count, p50, p90, p99, max and how many exceeded {@code limitMillis}. */
    public synchronized String summary(double limitMillis) {
        return String.format(Locale.ROOT, "n=%d p50=%.1f p90=%.1f p99=%.1f max=%.1f ms, %d over %.0f ms", total,
                quantileMillis(0.5), quantileMillis(0.9), quantileMillis(0.99), maxMillis(), countAbove(limitMillis),
                limitMillis);
    }
}
