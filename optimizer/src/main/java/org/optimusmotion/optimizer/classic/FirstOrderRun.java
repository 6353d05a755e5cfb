package org.optimusmotion.optimizer.classic;

import org.optimusmotion.optimizer.OptimizerRun;
import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.StepStatus;

/**
 * Shared iteration of the fixed-step first-order methods (GD, GD with momentum, Adam): each step asks
 * the subclass for an update {@code u} (from the gradient at the current iterate), tries
 * {@code x + u}, and accepts it if the problem returns a finite value and gradient there. One problem
 * evaluation per accepted step.
 *
 * <p><b>NaN/Inf policy.</b> If the trial point is not finite, the step is rejected and retried at
 * half the length ({@code x + u/2}, {@code x + u/4}, ...), up to {@link #MAX_SHRINKS} times; every
 * retry is a counted evaluation. The first finite trial is accepted and the subclass is told the
 * scale actually used ({@link #accepted}). If none is finite, the step reports
 * {@link StepStatus#NUMERICAL_FAILURE}, the iterate stays at the last good point and the subclass is
 * told ({@link #rejected}) so it can drop momentum; the failed attempt does not count as an
 * iteration. A run whose starting point is not finite fails on
 * every step without evaluating.
 *
 * <p>Workspaces are allocated at start; {@link #step()} does not allocate. Not thread-safe.
 */
abstract class FirstOrderRun implements OptimizerRun {

    /** Halvings of a rejected step before the step is reported as a numerical failure. */
    static final int MAX_SHRINKS = 30;
    /** Factor applied to a rejected step before retrying. */
    static final double SHRINK_FACTOR = 0.5;

    private final Problem problem;
    /** Current iterate, length n. */
    private final double[] x;
    /** Gradient at {@link #x}, length n. */
    private final double[] gradient;
    /** Proposed update u, length n. */
    private final double[] update;
    /** Trial point and its gradient, length n each. */
    private final double[] xTrial;
    private final double[] gradientTrial;
    private double value;
    private int iterations;

    FirstOrderRun(Problem problem, double[] x0) {
        int n = problem.dimension();
        if (x0.length != n) {
            throw new IllegalArgumentException("x0 has length " + x0.length + " but the problem has dimension " + n);
        }
        this.problem = problem;
        this.x = x0.clone();
        this.gradient = new double[n];
        this.update = new double[n];
        this.xTrial = new double[n];
        this.gradientTrial = new double[n];
        this.value = problem.evaluate(x, gradient);
    }

    /**
     * Writes the update u for this step into {@code update} from the gradient at the current iterate.
     * Called once per step (before any retries), so state such as moments may be advanced here.
     *
     * @param gradient gradient at the current iterate, length n. Not modified.
     * @param update   receives u, length n. Modified.
     */
    protected abstract void computeUpdate(double[] gradient, double[] update);

    /** The step {@code x + scale·u} was accepted ({@code scale} = 1, 1/2, 1/4, ...). */
    protected void accepted(double scale) {
    }

    /** No finite point was found along u; the iterate did not move. */
    protected void rejected() {
    }

    @Override
    public final StepStatus step() {
        int n = x.length;
        if (!isFinitePoint(value, gradient)) {
            return StepStatus.NUMERICAL_FAILURE;
        }
        computeUpdate(gradient, update);
        double scale = 1.0;
        for (int attempt = 0; attempt <= MAX_SHRINKS; attempt++) {
            for (int i = 0; i < n; i++) {
                xTrial[i] = x[i] + scale * update[i];
            }
            double f = problem.evaluate(xTrial, gradientTrial);
            if (isFinitePoint(f, gradientTrial)) {
                System.arraycopy(xTrial, 0, x, 0, n);
                System.arraycopy(gradientTrial, 0, gradient, 0, n);
                value = f;
                iterations++;
                accepted(scale);
                return StepStatus.PROGRESS;
            }
            scale *= SHRINK_FACTOR;
        }
        rejected();
        return StepStatus.NUMERICAL_FAILURE;
    }

    private static boolean isFinitePoint(double f, double[] g) {
        return Double.isFinite(f) && VectorOps.allFinite(g);
    }

    @Override
    public final double[] xRef() {
        return x;
    }

    @Override
    public final double value() {
        return value;
    }

    @Override
    public final int iterations() {
        return iterations;
    }
}
