package org.optimusmotion.physics.reconstruct;

import java.util.List;
import org.optimusmotion.optimizer.StopReason;

/**
 * Loss trace of one finished window: the loss after the starting point and after each optimizer
 * iteration, against the evaluations spent in the window so far. Arrays are copied in; treat the
 * accessors' arrays as read-only.
 *
 * @param window      0-based window index
 * @param startFrame  first frame of the window in the sequence
 * @param frames      frames in the window
 * @param evaluations evaluations after each recorded iteration (ascending)
 * @param losses      window loss after each recorded iteration
 * @param finalLoss   loss at the returned point
 * @param stopReason  why the optimizer stopped
 * @param seconds     wall time of the window's optimization
 */
public record WindowTrace(int window, int startFrame, int frames, long[] evaluations, double[] losses, double finalLoss,
        StopReason stopReason, double seconds) {

    public WindowTrace {
        if (evaluations.length != losses.length) {
            throw new IllegalArgumentException("evaluations and losses differ in length: " + evaluations.length + " vs "
                    + losses.length);
        }
        evaluations = evaluations.clone();
        losses = losses.clone();
    }

    /**
     * First frames of the windows whose loss was never finite (the simulation blew up from the start):
     * the reconstruction fills their frames with the kinematic estimate.
     */
    public static List<Integer> notSimulated(List<WindowTrace> windows) {
        return windows.stream().filter(w -> !Double.isFinite(w.finalLoss())).map(WindowTrace::startFrame).toList();
    }

    /** Evaluations the window used in total (0 for an empty trace). */
    public long evaluationsUsed() {
        return evaluations.length == 0 ? 0 : evaluations[evaluations.length - 1];
    }

    /**
     * Evaluations after which the trace first reached {@code target} or lower, or -1 if it never did.
     */
    public long evaluationsToReach(double target) {
        for (int i = 0; i < losses.length; i++) {
            if (losses[i] <= target) {
                return evaluations[i];
            }
        }
        return -1;
    }
}
