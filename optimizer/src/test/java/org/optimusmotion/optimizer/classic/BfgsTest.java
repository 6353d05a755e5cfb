package org.optimusmotion.optimizer.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.OptimizeResult;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.OptimizerRun;
import org.optimusmotion.optimizer.StepStatus;
import org.optimusmotion.optimizer.classic.linesearch.StrongWolfeLineSearch;

class BfgsTest extends OptimizerContractTest {

    static final double ROSENBROCK_TARGET = 1e-10;

    @Override
    protected Optimizer create() {
        return Bfgs.defaults();
    }

    @Test
    void solves2dRosenbrockFromTheClassicStartInUnder60Iterations() {
        TestProblems.Rosenbrock problem = new TestProblems.Rosenbrock(2);
        Optimizer bfgs = new Bfgs(StrongWolfeLineSearch.defaults(), 0.0);
        OptimizeResult result = Minimizer.minimize(bfgs, problem, new double[] {-1.2, 1},
                Budget.iterations(60), ConvergenceChecker.never().withTarget(ROSENBROCK_TARGET));
        assertTrue(result.value() < ROSENBROCK_TARGET, result.toString());
        assertTrue(result.iterations() < 60, result.toString());
    }

    @Test
    void defaultsStopAtTheGradientToleranceBelowTheTarget() {
        OptimizeResult result = Minimizer.minimize(Bfgs.defaults(), new TestProblems.Rosenbrock(2),
                new double[] {-1.2, 1}, Budget.iterations(200), ConvergenceChecker.never());
        assertEquals(org.optimusmotion.optimizer.StopReason.CONVERGED, result.stopReason());
        assertTrue(result.value() < ROSENBROCK_TARGET, result.toString());
    }

    @Test
    void solvesAnIllConditionedQuadratic() {
        // With exact line searches BFGS ends in n steps on a quadratic. With unit steps accepted by a
        // loose (c2 = 0.9) search and H0 scaled to the stiffest direction it needs ~40 here (SciPy 1.10,
        // unscaled H0 and interpolated first trials: 15); the bound guards against regressions.
        TestProblems.Quadratic problem = new TestProblems.Quadratic(N, CONDITION, 0.5);
        OptimizerRun run = Bfgs.defaults().start(problem, new double[N]);
        int k = 0;
        while (run.step() == StepStatus.PROGRESS && k < 100) {
            k++;
        }
        assertTrue(run.value() < 1e-9, "f = " + run.value());
        assertTrue(k <= 6 * N, k + " iterations");
    }
}
