package org.optimusmotion.optimizer;

/**
 * Receives progress from {@link Minimizer}. Called on the optimizing thread: implementations that
 * touch a UI must hand the event over (and coalesce), not do the work here.
 */
@FunctionalInterface
public interface OptimizationListener {

    /** Called after the starting point is evaluated (iteration 0) and after every iteration. */
    void onIteration(IterationEvent event);

    /** Called once when the run ends. */
    default void onFinished(OptimizeResult result) {
    }

    OptimizationListener NONE = event -> { };
}
