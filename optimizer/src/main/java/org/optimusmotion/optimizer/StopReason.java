package org.optimusmotion.optimizer;

/** Why {@link Minimizer} stopped. */
public enum StopReason {
    MAX_ITERATIONS,
    MAX_EVALUATIONS,
    CONVERGED,
    TARGET_REACHED,
    NUMERICAL_FAILURE,
    CANCELLED
}
