package org.optimusmotion.optimizer.classic.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.CountingProblem;
import org.optimusmotion.optimizer.benchmark.BenchmarkProblem;
import org.optimusmotion.optimizer.classic.OptimizerKind;

class LearningRateTunerTest {

    /** f(x) = ½ λ Σ x_i²: GD converges for lr < 2/λ and is fastest at lr = 1/λ. */
    static final class Bowl extends CountingProblem {
        private final int n;
        private final double lambda;

        Bowl(int n, double lambda) {
            this.n = n;
            this.lambda = lambda;
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        protected double compute(double[] x, double[] gradient) {
            double f = 0;
            for (int i = 0; i < n; i++) {
                f += 0.5 * lambda * x[i] * x[i];
                if (gradient != null) {
                    gradient[i] = lambda * x[i];
                }
            }
            return f;
        }
    }

    private static List<BenchmarkProblem> bowls(double lambda) {
        return List.of(
                new BenchmarkProblem("bowl-2", "bowl", 2, () -> new Bowl(2, lambda), new double[] {1, -1}, 0),
                new BenchmarkProblem("bowl-5", "bowl", 5, () -> new Bowl(5, lambda), new double[] {0.5, 1, -2, 0.1, 3}, 0));
    }

    @Test
    void halfDecadeGridIsRounded() {
        assertArrayEquals(new double[] {1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1},
                LearningRateTuner.halfDecadeGrid(-5, 0), 0.0);
    }

    @Test
    void picksTheRateNearOneOverCurvatureForGd() {
        // λ = 10: lr = 0.1 is exact in one step; 0.3 diverges; smaller rates are slower.
        TuningResult result = new LearningRateTuner(LearningRateTuner.halfDecadeGrid(-5, 0), 30)
                .tune(OptimizerKind.GD, bowls(10));
        assertEquals(0.1, result.bestRate());
        double[] scores = result.scores();
        for (int i = 0; i < scores.length; i++) {
            if (result.rates()[i] != 0.1) {
                assertTrue(scores[i] > scores[8], "rate " + result.rates()[i] + " scored " + scores[i]);
            }
        }
        assertEquals(-8.0, scores[8], 1e-9);
    }

    @Test
    void tunesAdamDeterministically() {
        LearningRateTuner tuner = new LearningRateTuner(LearningRateTuner.halfDecadeGrid(-4, 0), 50);
        TuningResult a = tuner.tune(OptimizerKind.ADAM, bowls(3));
        TuningResult b = tuner.tune(OptimizerKind.ADAM, bowls(3));
        assertArrayEquals(a.scores(), b.scores(), 0.0);
        assertTrue(a.bestRate() >= 0.01 && a.bestRate() <= 1, "best " + a.bestRate());
    }

    @Test
    void tuneAllStoresOneRatePerFamilyAndFirstOrderKind() {
        List<BenchmarkProblem> problems = new java.util.ArrayList<>(bowls(10));
        problems.add(new BenchmarkProblem("steep-3", "steep", 3, () -> new Bowl(3, 1000), new double[] {1, 1, 1}, 0));
        LearningRateTuner tuner = new LearningRateTuner(LearningRateTuner.halfDecadeGrid(-5, 0), 30);
        TunedRates rates = tuner.tuneAll(problems, List.of(OptimizerKind.values()), "unit test");
        assertEquals(0.1, rates.rate("bowl", OptimizerKind.GD).getAsDouble());
        assertEquals(1e-3, rates.rate("steep", OptimizerKind.GD).getAsDouble());
        assertEquals(2, rates.asMap().size());
        assertEquals(3, rates.asMap().get("bowl").size(), "gd, gdm, adam; not bfgs/lbfgs");
        assertTrue(rates.description().startsWith("unit test; grid search"), rates.description());
    }

    @Test
    void refusesKindsWithoutALearningRate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LearningRateTuner.defaults().tune(OptimizerKind.LBFGS, bowls(1)));
        assertEquals("lbfgs has no learning rate to tune", e.getMessage());
    }
}
