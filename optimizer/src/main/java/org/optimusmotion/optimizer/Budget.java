package org.optimusmotion.optimizer;

/**
 * Limits on one minimization. Either limit may be {@link Long#MAX_VALUE}/{@link Integer#MAX_VALUE}
 * for "unlimited", but not both.
 *
 * @param maxIterations  iterations (optimizer steps), at least 0
 * @param maxEvaluations objective evaluations, counted by the problem, at least 1
 */
public record Budget(int maxIterations, long maxEvaluations) {

    public Budget {
        if (maxIterations < 0) {
            throw new IllegalArgumentException("maxIterations must be >= 0, was " + maxIterations);
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be >= 1, was " + maxEvaluations);
        }
        if (maxIterations == Integer.MAX_VALUE && maxEvaluations == Long.MAX_VALUE) {
            throw new IllegalArgumentException("a budget needs at least one finite limit");
        }
    }

    public static Budget iterations(int maxIterations) {
        return new Budget(maxIterations, Long.MAX_VALUE);
    }

    public static Budget evaluations(long maxEvaluations) {
        return new Budget(Integer.MAX_VALUE, maxEvaluations);
    }
}
