package org.optimusmotion.optimizer.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.OptimizerRun;

class AdamTest extends OptimizerContractTest {

    @Override
    protected Optimizer create() {
        return Adam.withLearningRate(0.02);
    }

    @Test
    void nameListsOnlyNonDefaultBetas() {
        assertEquals("Adam_lr0.01", Adam.withLearningRate(0.01).name());
        assertEquals("Adam_lr0.01_b1-0.8", new Adam(0.01, 0.8, 0.999, 1e-8).name());
    }

    @Test
    void firstStepHasLengthLearningRateThanksToBiasCorrection() {
        // With bias correction m̂ = g, v̂ = g², so the first update is −lr·g/(|g| + ε) ≈ −lr·sign(g).
        TestProblems.Quadratic problem = new TestProblems.Quadratic(2, 100, 0.0);
        OptimizerRun run = Adam.withLearningRate(0.05).start(problem, new double[] {1, -2});
        run.step();
        assertEquals(1 - 0.05, run.xRef()[0], 1e-9);
        assertEquals(-2 + 0.05, run.xRef()[1], 1e-9);
    }
}
