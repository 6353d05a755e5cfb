package org.optimusmotion.optimizer;

import java.util.function.BooleanSupplier;

/**
 * Drives an {@link OptimizerRun} until its budget is spent, the convergence checker fires, the
 * optimizer fails numerically, or the caller cancels; publishes one {@link IterationEvent} per
 * iteration (with the run's current value) and returns the best point the run visited. Only the
 * best point matters for optimizers that may step uphill (gradient descent, Adam, the learned
 * optimizers); for BFGS and L-BFGS, whose line searches descend, it is the last one.
 *
 * <p>The evaluation limit is checked between iterations, so a line search that starts inside the
 * budget may finish slightly past it; the result reports the true count.
 */
public final class Minimizer {

    private Minimizer() {
    }

    /** Minimizes without cancellation or listener. */
    public static OptimizeResult minimize(Optimizer optimizer, Problem problem, double[] x0,
                                          Budget budget, ConvergenceChecker convergence) {
        return minimize(optimizer, problem, x0, budget, convergence, OptimizationListener.NONE, () -> false);
    }

    /**
     * Minimizes {@code problem} from {@code x0}.
     *
     * @param cancelled polled between iterations; when it returns true the run stops with
     *                  {@link StopReason#CANCELLED} and the best point so far is returned
     */
    public static OptimizeResult minimize(Optimizer optimizer, Problem problem, double[] x0,
                                          Budget budget, ConvergenceChecker convergence,
                                          OptimizationListener listener, BooleanSupplier cancelled) {
        long startNanos = System.nanoTime();
        long evaluationsBefore = problem.evaluations();
        OptimizerRun run = optimizer.start(problem, x0);
        double[] bestX = run.xRef().clone();
        double bestValue = run.value();

        int patience = convergence.patience() == Integer.MAX_VALUE ? 1 : convergence.patience();
        double[] recentValues = new double[patience + 1];
        recentValues[0] = run.value();
        listener.onIteration(new IterationEvent(0, run.value(), problem.evaluations() - evaluationsBefore,
                seconds(startNanos)));

        StopReason reason = null;
        while (reason == null) {
            long used = problem.evaluations() - evaluationsBefore;
            if (convergence.targetReached(run.value())) {
                reason = StopReason.TARGET_REACHED;
            } else if (cancelled.getAsBoolean()) {
                reason = StopReason.CANCELLED;
            } else if (run.iterations() >= budget.maxIterations()) {
                reason = StopReason.MAX_ITERATIONS;
            } else if (used >= budget.maxEvaluations()) {
                reason = StopReason.MAX_EVALUATIONS;
            } else {
                StepStatus status = run.step();
                double value = run.value();
                // Ties go to the later point, so a method that descends returns its last iterate.
                if (value <= bestValue || (Double.isNaN(bestValue) && !Double.isNaN(value))) {
                    bestValue = value;
                    System.arraycopy(run.xRef(), 0, bestX, 0, bestX.length);
                }
                int k = run.iterations();
                recentValues[k % recentValues.length] = run.value();
                listener.onIteration(new IterationEvent(k, run.value(),
                        problem.evaluations() - evaluationsBefore, seconds(startNanos)));
                if (status == StepStatus.NUMERICAL_FAILURE) {
                    reason = StopReason.NUMERICAL_FAILURE;
                } else if (status == StepStatus.CONVERGED) {
                    reason = StopReason.CONVERGED;
                } else if (k >= patience
                        && convergence.stagnated(recentValues[(k - patience) % recentValues.length], run.value())) {
                    reason = StopReason.CONVERGED;
                }
            }
        }
        OptimizeResult result = new OptimizeResult(bestX, bestValue, run.iterations(),
                problem.evaluations() - evaluationsBefore, reason, seconds(startNanos));
        listener.onFinished(result);
        return result;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) * 1e-9;
    }
}
