package org.optimusmotion.app.fit;

/**
 * One progress report of a running fit.
 *
 * @param iteration completed optimizer iterations
 * @param evaluations objective evaluations so far
 * @param maxEvaluations the evaluation budget
 * @param loss current objective value (keypoint loss, m^2 summed over frames and keypoints)
 * @param bestLoss lowest value seen so far
 * @param elapsedSeconds wall time since the fit started (paused time excluded)
 * @param pose the best body so far, or null when it did not change since the last report
 */
public record FitProgress(int iteration, long evaluations, long maxEvaluations, double loss, double bestLoss,
        double elapsedSeconds, FitPose pose) {

    /** Fraction of the evaluation budget spent, in [0, 1]. */
    public double fractionDone() {
        return Math.min(1.0, evaluations / (double) maxEvaluations);
    }

    /** Estimated seconds to the end of the budget at the rate so far, or NaN before the first evaluation. */
    public double secondsLeft() {
        if (evaluations < 1) {
            return Double.NaN;
        }
        return elapsedSeconds / evaluations * Math.max(0, maxEvaluations - evaluations);
    }
}
