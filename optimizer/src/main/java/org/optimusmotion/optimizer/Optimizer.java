package org.optimusmotion.optimizer;

/**
 * An optimization algorithm with fixed hyperparameters (or fixed learned weights).
 *
 * <p>Optimizer objects are immutable and thread-safe. All iteration state lives in the
 * {@link OptimizerRun} that {@link #start} returns, owned by the caller, so one optimizer can drive
 * many runs at once (benchmarks in parallel, PES particle pairs, side-by-side comparisons in the GUI).
 * Classic and learned optimizers implement the same interface: reconstruction code cannot tell them
 * apart.
 */
public interface Optimizer {

    /**
     * Canonical name with hyperparameters, used as the key in benchmark results and reports,
     * for example {@code Adam_lr0.01} or {@code BFGS}.
     */
    String name();

    /**
     * Begins minimizing {@code problem} from {@code x0}. Evaluates the objective once at {@code x0}.
     *
     * @param x0 starting point, length {@code problem.dimension()}. Not modified (copied).
     */
    OptimizerRun start(Problem problem, double[] x0);
}
