package org.optimusmotion.optimizer.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.OptimizerRun;

class GradientDescentTest extends OptimizerContractTest {

    @Override
    protected Optimizer create() {
        return new GradientDescent(0.015);
    }

    @Test
    void nameCarriesTheLearningRate() {
        assertEquals("GD_lr0.01", new GradientDescent(0.01).name());
        assertEquals("GD_lr0.00001", new GradientDescent(1e-5).name());
    }

    @Test
    void oneStepIsOneGradientStepAndOneEvaluation() {
        TestProblems.Quadratic problem = new TestProblems.Quadratic(2, 4, 0.0);
        OptimizerRun run = new GradientDescent(0.1).start(problem, new double[] {1, 1});
        run.step();
        // λ = (1, 4): x ← x − 0.1 λ x
        assertEquals(0.9, run.xRef()[0], 1e-15);
        assertEquals(0.6, run.xRef()[1], 1e-15);
        assertEquals(2, problem.evaluations());
    }
}
