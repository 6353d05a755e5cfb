package org.optimusmotion.app.fit;

import org.optimusmotion.optimizer.StopReason;

/**
 * Outcome of a fit.
 *
 * @param pose the best body found
 * @param loss its objective value
 * @param iterations completed optimizer iterations
 * @param evaluations objective evaluations
 * @param stopReason why it stopped
 * @param elapsedSeconds wall time, paused time excluded
 * @param warning what the user should know about the result beyond its numbers, or {@code null}
 */
public record FitResult(FitPose pose, double loss, int iterations, long evaluations, StopReason stopReason,
        double elapsedSeconds, String warning) {

    /** A result with nothing to warn about. */
    public FitResult(FitPose pose, double loss, int iterations, long evaluations, StopReason stopReason,
            double elapsedSeconds) {
        this(pose, loss, iterations, evaluations, stopReason, elapsedSeconds, null);
    }
}
