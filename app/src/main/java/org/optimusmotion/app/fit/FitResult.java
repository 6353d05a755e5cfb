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
 */
public record FitResult(FitPose pose, double loss, int iterations, long evaluations, StopReason stopReason,
        double elapsedSeconds) {
}
