package org.optimusmotion.optimizer.classic.linesearch;

/** Outcome of one {@link StrongWolfeLineSearch#search line search}. */
public enum LineSearchStatus {
    /** A step satisfying both strong-Wolfe conditions was found; the workspace holds the new point. */
    SUCCESS,
    /** The direction is not a descent direction ({@code g·d >= 0}); nothing was evaluated. */
    NOT_DESCENT,
    /**
     * No strong-Wolfe step was found within the evaluation limit (or the bracket collapsed to
     * machine precision); the workspace's point is not to be accepted.
     */
    FAILED,
    /**
     * As {@link #FAILED}, and at least one trial point returned NaN/Inf, which the search treated as
     * "too far" and backtracked from.
     */
    FAILED_NON_FINITE
}
