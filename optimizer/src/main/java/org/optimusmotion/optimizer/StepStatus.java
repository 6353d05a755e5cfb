package org.optimusmotion.optimizer;

/** Outcome of one {@link OptimizerRun#step()}. */
public enum StepStatus {
    /** The iterate moved (or the step was accepted). */
    PROGRESS,
    /** A stationary point was detected by the optimizer itself (zero gradient, no descent left). */
    CONVERGED,
    /** The problem returned NaN/Inf and the optimizer could not find an acceptable point; the iterate is unchanged. */
    NUMERICAL_FAILURE
}
