package org.optimusmotion.optimizer;

/**
 * Stopping rule on the objective: stop when {@code f <= targetValue}, or when the last
 * {@code patience} iterations together improved f by less than
 * {@code max(absoluteTolerance, relativeTolerance * |f|)}.
 *
 * @param targetValue       stop as soon as f reaches this value ({@code -Infinity} disables)
 * @param absoluteTolerance absolute improvement threshold, at least 0
 * @param relativeTolerance relative improvement threshold, at least 0
 * @param patience          number of iterations the improvement is measured over, at least 1;
 *                          {@code Integer.MAX_VALUE} disables the stagnation test
 */
public record ConvergenceChecker(double targetValue, double absoluteTolerance, double relativeTolerance, int patience) {

    public static final double DEFAULT_ABSOLUTE_TOLERANCE = 0.0;
    public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-12;
    public static final int DEFAULT_PATIENCE = 50;

    public ConvergenceChecker {
        if (Double.isNaN(targetValue)) {
            throw new IllegalArgumentException("targetValue must not be NaN");
        }
        if (!(absoluteTolerance >= 0) || !(relativeTolerance >= 0)) {
            throw new IllegalArgumentException("tolerances must be >= 0, were "
                    + absoluteTolerance + " and " + relativeTolerance);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be >= 1, was " + patience);
        }
    }

    /** Never stops early: only the budget ends the run (benchmarks use this). */
    public static ConvergenceChecker never() {
        return new ConvergenceChecker(Double.NEGATIVE_INFINITY, 0, 0, Integer.MAX_VALUE);
    }

    /** Stops on stagnation with the default tolerances. */
    public static ConvergenceChecker defaults() {
        return new ConvergenceChecker(Double.NEGATIVE_INFINITY, DEFAULT_ABSOLUTE_TOLERANCE,
                DEFAULT_RELATIVE_TOLERANCE, DEFAULT_PATIENCE);
    }

    public ConvergenceChecker withTarget(double target) {
        return new ConvergenceChecker(target, absoluteTolerance, relativeTolerance, patience);
    }

    /** True when {@code fNow} is at or below the target. */
    public boolean targetReached(double fNow) {
        return fNow <= targetValue;
    }

    /** True when the improvement from {@code fBefore} (patience iterations ago) to {@code fNow} is too small. */
    public boolean stagnated(double fBefore, double fNow) {
        if (patience == Integer.MAX_VALUE) {
            return false;
        }
        double threshold = Math.max(absoluteTolerance, relativeTolerance * Math.abs(fNow));
        return fBefore - fNow <= threshold;
    }
}
