package org.optimusmotion.app.fit;

import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.IterationEvent;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.OptimizationListener;
import org.optimusmotion.optimizer.OptimizeResult;
import org.optimusmotion.optimizer.Optimizer;

/**
 * Runs {@link Minimizer} on a {@link BestPoseProblem} for a {@link FitService}: reports progress with
 * the best pose when it improved, waits at {@link FitControl#checkpoint()} between iterations, and
 * stops on cancel.
 */
final class FitDriver {

    private FitDriver() {
    }

    static FitResult drive(FitRequest request, BestPoseProblem problem, double[] x0, FitListener listener,
            FitControl control) throws FitException {
        Optimizer optimizer = request.optimizer().create().orElseThrow(() -> new FitException(
                request.optimizer().label() + " is not available in this build; choose another optimizer."));
        long startNanos = System.nanoTime();
        OptimizationListener progress = new OptimizationListener() {
            @Override
            public void onIteration(IterationEvent e) {
                double seconds = (System.nanoTime() - startNanos - control.pausedNanos()) * 1e-9;
                listener.onProgress(new FitProgress(e.iteration(), e.evaluations(), request.maxEvaluations(), e.loss(),
                        problem.bestLoss(), seconds, problem.takeImprovedPose().orElse(null)));
                control.checkpoint();
            }
        };
        OptimizeResult result;
        try {
            result = Minimizer.minimize(optimizer, problem, x0, Budget.evaluations(request.maxEvaluations()),
                    ConvergenceChecker.defaults(), progress, control::isCancelled);
        } catch (RuntimeException e) {
            throw new FitException("The fit failed: " + e.getMessage(), e);
        }
        if (!Double.isFinite(problem.bestLoss())) {
            throw new FitException("The loss was never finite: " + describeFailure(problem));
        }
        double seconds = (System.nanoTime() - startNanos - control.pausedNanos()) * 1e-9;
        return new FitResult(problem.bestPose(), problem.bestLoss(), result.iterations(), result.evaluations(),
                result.stopReason(), seconds);
    }

    private static String describeFailure(BestPoseProblem problem) {
        return problem instanceof RolloutFitService.BestTracking b ? b.failure() : "check the 3D track (metres, Z up).";
    }
}
