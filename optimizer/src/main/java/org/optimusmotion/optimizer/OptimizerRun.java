package org.optimusmotion.optimizer;

/**
 * The mutable state of one optimizer minimizing one problem, advanced one iteration at a time.
 *
 * <p>Driving iterations from outside (rather than a blocking {@code minimize}) is what lets the GUI
 * pause and resume, the benchmark harness record every step, and meta-training unroll a learned
 * optimizer for a fixed number of steps. {@link Minimizer} is the usual driver.
 *
 * <p>Not thread-safe.
 */
public interface OptimizerRun {

    /**
     * Performs one iteration (one update of the iterate; a line search may evaluate the objective
     * several times). After a rejected step (NaN or Inf from the problem) the iterate stays at the
     * last good point and the status says so.
     */
    StepStatus step();

    /** Live view of the current iterate, length n. Do not modify; copy it to keep it. */
    double[] xRef();

    /** Objective value at {@link #xRef()}. */
    double value();

    /** Completed iterations. */
    int iterations();
}
