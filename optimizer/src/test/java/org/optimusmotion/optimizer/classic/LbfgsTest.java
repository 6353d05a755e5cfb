package org.optimusmotion.optimizer.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.OptimizeResult;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.classic.linesearch.StrongWolfeLineSearch;

class LbfgsTest extends OptimizerContractTest {

    @Override
    protected Optimizer create() {
        return Lbfgs.defaults();
    }

    @Test
    void nameCarriesTheMemory() {
        assertEquals("LBFGS_m10", Lbfgs.defaults().name());
    }

    @Test
    void solves2dRosenbrockFromTheClassicStart() {
        Optimizer lbfgs = new Lbfgs(10, StrongWolfeLineSearch.defaults(), 0.0);
        OptimizeResult result = Minimizer.minimize(lbfgs, new TestProblems.Rosenbrock(2), new double[] {-1.2, 1},
                Budget.iterations(60), ConvergenceChecker.never().withTarget(BfgsTest.ROSENBROCK_TARGET));
        assertTrue(result.value() < BfgsTest.ROSENBROCK_TARGET, result.toString());
    }

    @Test
    void solves100dRosenbrock() {
        int n = 100;
        Optimizer lbfgs = new Lbfgs(10, StrongWolfeLineSearch.defaults(), 0.0);
        OptimizeResult result = Minimizer.minimize(lbfgs, new TestProblems.Rosenbrock(n),
                TestProblems.Rosenbrock.start(n), Budget.iterations(1000),
                ConvergenceChecker.never().withTarget(BfgsTest.ROSENBROCK_TARGET));
        assertTrue(result.value() < BfgsTest.ROSENBROCK_TARGET, result.toString());
    }
}
