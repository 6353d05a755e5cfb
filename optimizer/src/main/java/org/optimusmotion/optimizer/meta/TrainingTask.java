package org.optimusmotion.optimizer.meta;

import org.optimusmotion.optimizer.Problem;

/**
 * One inner problem of meta-training: an objective with its start point and known minimum.
 * Implementations are immutable; {@link #newProblem()} returns a fresh, independently counting instance
 * (PES runs a + and a − copy of every task).
 */
public interface TrainingTask {

    /** Short description for logs, e.g. {@code rosenbrock-d17}. */
    String id();

    /** A fresh problem instance (problems are not thread-safe and count their evaluations). */
    Problem newProblem();

    /** Start point (a copy). */
    double[] x0();

    /** Known minimum value f*, used to normalise the meta-loss. */
    double fStar();

    /**
     * Smallest gap f − f* the meta-loss distinguishes ({@link MetaLoss#of(double, double, double, double)}):
     * 0 for a true minimum; positive when f* is only an estimate.
     */
    default double gapFloor() {
        return 0;
    }
}
