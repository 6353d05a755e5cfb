package org.optimusmotion.optimizer.meta;

import java.util.SplittableRandom;

/**
 * Inner episode lengths: log-uniform in [minSteps, maxSteps] (learned_optimization
 * {@code LogUniformLengthSchedule}); constant when both are equal.
 *
 * @param minSteps at least 1
 * @param maxSteps at least minSteps
 */
public record TruncationSchedule(int minSteps, int maxSteps) {

    public TruncationSchedule {
        if (minSteps < 1 || maxSteps < minSteps) {
            throw new IllegalArgumentException("need 1 <= minSteps <= maxSteps, were " + minSteps + " and " + maxSteps);
        }
    }

    /** One episode length. */
    public int sample(SplittableRandom rng) {
        if (minSteps == maxSteps) {
            return minSteps;
        }
        double lo = Math.log(minSteps);
        double hi = Math.log(maxSteps);
        return (int) Math.round(Math.exp(lo + (hi - lo) * rng.nextDouble()));
    }
}
