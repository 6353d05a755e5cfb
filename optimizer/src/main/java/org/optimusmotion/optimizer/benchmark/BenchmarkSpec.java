package org.optimusmotion.optimizer.benchmark;

/**
 * Fixed rules of a benchmark run.
 *
 * @param maxSteps          optimizer steps (iterations) per run, the same for every contender
 * @param maxEvaluations    objective evaluations per run (a cap for line-search optimizers)
 * @param targetRelativeTolerance a run reaches the target when {@code f - f* <= target * (1 + tol) + TARGET_FLOOR}
 * @param threads           worker threads; results do not depend on it
 */
public record BenchmarkSpec(int maxSteps, long maxEvaluations, double targetRelativeTolerance, int threads) {

    /** The update-step budget recommended for learned and first-order methods (PAPERS.md C.4). */
    public static final int DEFAULT_MAX_STEPS = 200;
    public static final double DEFAULT_TARGET_RELATIVE_TOLERANCE = 1e-3;
    /** Gaps below this are "at the minimum" whatever the reference reached (double round-off at f* = 0). */
    public static final double TARGET_FLOOR = 1e-12;

    public BenchmarkSpec {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be >= 1, was " + maxSteps);
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be >= 1, was " + maxEvaluations);
        }
        if (!(targetRelativeTolerance >= 0)) {
            throw new IllegalArgumentException("targetRelativeTolerance must be >= 0, was " + targetRelativeTolerance);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
    }

    public static BenchmarkSpec defaults() {
        return new BenchmarkSpec(DEFAULT_MAX_STEPS, 20L * DEFAULT_MAX_STEPS, DEFAULT_TARGET_RELATIVE_TOLERANCE, 1);
    }
}
