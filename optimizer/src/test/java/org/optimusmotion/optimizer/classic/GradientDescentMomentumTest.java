package org.optimusmotion.optimizer.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.OptimizerRun;

class GradientDescentMomentumTest extends OptimizerContractTest {

    @Override
    protected Optimizer create() {
        return new GradientDescentMomentum(0.002, 0.9);
    }

    @Test
    void nameCarriesLearningRateAndMomentum() {
        assertEquals("GDM_lr0.001_m0.9", new GradientDescentMomentum(0.001, 0.9).name());
    }

    @Test
    void heavyBallRecursion() {
        TestProblems.Quadratic problem = new TestProblems.Quadratic(1, 1, 0.0);
        OptimizerRun run = new GradientDescentMomentum(0.1, 0.5).start(problem, new double[] {1});
        run.step();
        // v1 = −0.1·1 = −0.1, x1 = 0.9; v2 = 0.5·(−0.1) − 0.1·0.9 = −0.14, x2 = 0.76
        assertEquals(0.9, run.xRef()[0], 1e-15);
        run.step();
        assertEquals(0.76, run.xRef()[0], 1e-15);
    }

    @Test
    void rejectsMomentumOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GradientDescentMomentum(0.1, 1.0));
        assertEquals("momentum must be in [0, 1), was 1.0", e.getMessage());
    }
}
