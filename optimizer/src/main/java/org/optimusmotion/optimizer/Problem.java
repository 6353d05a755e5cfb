package org.optimusmotion.optimizer;

/**
 * A differentiable objective {@code f: R^n -> R} that an {@link Optimizer} minimizes.
 *
 * <p>One call to {@link #evaluate} computes the value and, when asked, the gradient, and counts as
 * exactly one objective evaluation: line searches, restarts and learned optimizers all pay the same
 * price, so evaluation counts can be compared honestly between optimizers.
 *
 * <p>Implementations must not allocate per call. They are not thread-safe: one problem instance is
 * evaluated by one thread at a time. Extend {@link CountingProblem} rather than implementing this
 * interface directly; it keeps the evaluation counter.
 */
public interface Problem {

    /** Number of parameters n. */
    int dimension();

    /**
     * Evaluates the objective.
     *
     * @param x        point, length {@link #dimension()}. Not modified.
     * @param gradient receives {@code ∇f(x)}, length {@link #dimension()}; Modified. May be {@code null}
     *                 when only the value is needed (still one evaluation).
     * @return {@code f(x)}; may be NaN or infinite where the objective is undefined, and optimizers
     *         must treat that as a rejected point, not as an error.
     */
    double evaluate(double[] x, double[] gradient);

    /** Objective evaluations since construction or the last {@link #resetEvaluations()}. */
    long evaluations();

    /** Sets the evaluation counter back to zero. */
    void resetEvaluations();
}
