package org.optimusmotion.optimizer;

/**
 * Base class for problems: counts every evaluation so that subclasses only compute.
 */
public abstract class CountingProblem implements Problem {

    private long evaluations;

    @Override
    public final double evaluate(double[] x, double[] gradient) {
        evaluations++;
        return compute(x, gradient);
    }

    /**
     * Computes {@code f(x)} and, when {@code gradient != null}, writes {@code ∇f(x)} into it.
     * Must not allocate.
     */
    protected abstract double compute(double[] x, double[] gradient);

    @Override
    public final long evaluations() {
        return evaluations;
    }

    @Override
    public final void resetEvaluations() {
        evaluations = 0;
    }
}
