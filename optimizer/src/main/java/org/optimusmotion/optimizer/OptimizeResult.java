package org.optimusmotion.optimizer;

/**
 * Outcome of one minimization.
 *
 * @param x              best point found (a copy)
 * @param value          objective value at {@code x}
 * @param iterations     completed iterations
 * @param evaluations    objective evaluations, including the one at the starting point
 * @param stopReason     why the run ended
 * @param elapsedSeconds wall time
 */
public record OptimizeResult(double[] x, double value, int iterations, long evaluations,
                             StopReason stopReason, double elapsedSeconds) {

    public OptimizeResult {
        x = x.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }
}
