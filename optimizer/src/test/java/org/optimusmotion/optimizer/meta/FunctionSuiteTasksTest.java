package org.optimusmotion.optimizer.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.Problem;

class FunctionSuiteTasksTest {

    @Test
    void tasksAreTrainingDimensionsWithFiniteMinimumAndFreshProblems() {
        TaskSampler sampler = FunctionSuiteTasks.training();
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 50; i++) {
            TrainingTask t = sampler.sample(rng);
            int n = t.x0().length;
            assertTrue(n >= 2 && n <= 100, t.id());
            assertTrue(Double.isFinite(t.fStar()), t.id());
            Problem a = t.newProblem();
            Problem b = t.newProblem();
            double fa = a.evaluate(t.x0(), new double[n]);
            assertEquals(fa, b.evaluate(t.x0(), null), 0.0);
            assertTrue(fa >= t.fStar() - 1e-9 * Math.max(1, Math.abs(t.fStar())), t.id());
            assertEquals(1, a.evaluations());
        }
        // the same generator state gives the same task
        TrainingTask x = sampler.sample(new SplittableRandom(9));
        TrainingTask y = sampler.sample(new SplittableRandom(9));
        assertEquals(x.id(), y.id());
        assertArrayEquals(x.x0(), y.x0(), 0.0);
    }
}
