package org.optimusmotion.optimizer.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.CountingProblem;
import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.StepStatus;

/** A learned step whose trial point has a non-finite objective is halved and retried, every try counted. */
class StepHalvingTest {

    /** A quartic that reports +∞ for the first {@code failures} trial points after the start. */
    private static CountingProblem failingFirst(int failures) {
        Problem inner = LearnedTestProblems.quartic(new double[] {1, 2, 3}, new double[] {0.3, -0.2, 0.1});
        return new CountingProblem() {
            private int calls;

            @Override
            public int dimension() {
                return 3;
            }

            @Override
            protected double compute(double[] x, double[] gradient) {
                double f = inner.evaluate(x, gradient);
                return calls++ >= 1 && calls <= 1 + failures ? Double.POSITIVE_INFINITY : f;
            }
        };
    }

    @Test
    void aBlownUpTrialIsHalvedAndTheHalfStepTaken() {
        AdafactorMlp family = new AdafactorMlp(AdafactorMlpConfig.defaults());
        double[] theta = family.initialTheta(2);
        double[] x0 = {1, 1, 1};
        LearnedRun clean = family.start(failingFirst(0), x0);
        clean.step(theta);
        double[] fullStep = clean.xRef().clone();

        CountingProblem failing = failingFirst(2);
        LearnedRun run = family.start(failing, x0);
        assertEquals(StepStatus.PROGRESS, run.step(theta));
        assertEquals(1 + 3, failing.evaluations(), "start, two infinite trials, the quarter step");
        for (int i = 0; i < 3; i++) {
            assertEquals(x0[i] + 0.25 * (fullStep[i] - x0[i]), run.xRef()[i], 1e-12, "quarter of the update, coordinate " + i);
        }
    }

    @Test
    void failsAfterTheLastHalving() {
        AdafactorMlp family = new AdafactorMlp(AdafactorMlpConfig.defaults());
        CountingProblem failing = failingFirst(100);
        LearnedRun run = family.start(failing, new double[] {1, 1, 1});
        assertEquals(StepStatus.NUMERICAL_FAILURE, run.step(family.initialTheta(2)));
        assertEquals(1 + LearnedOptimizer.MAX_STEP_TRIALS, failing.evaluations());
        assertEquals(1.0, run.xRef()[0], 0.0, "x stays where it was");
    }

    /** f = −2 x₀ + k x₀²: the gradient at 0 is (−2, 0, 0) whatever k, so the first learned step is the same. */
    private static CountingProblem parabola(double k) {
        return new CountingProblem() {
            @Override
            public int dimension() {
                return 3;
            }

            @Override
            protected double compute(double[] x, double[] gradient) {
                if (gradient != null) {
                    gradient[0] = -2 + 2 * k * x[0];
                    gradient[1] = 0;
                    gradient[2] = 0;
                }
                return -2 * x[0] + k * x[0] * x[0];
            }
        };
    }

    @Test
    void theDescentSafeguardHalvesAStepThatRaisesTheObjective() {
        AdafactorMlp family = new AdafactorMlp(AdafactorMlpConfig.defaults());
        double[] x0 = {0, 0, 0};
        // untrained weights whose first step goes downhill along x0 (deterministic search over seeds)
        double[] theta = null;
        double t = 0;
        for (long seed = 1; seed <= 50 && t <= 0; seed++) {
            theta = family.initialTheta(seed);
            LearnedRun plain = family.start(parabola(0), x0);
            plain.step(theta);
            t = plain.xRef()[0];
        }
        org.junit.jupiter.api.Assertions.assertTrue(t > 0, "some seed gives a downhill first step");
        double[] chosen = theta;
        // f(s) = s (k s − 2) with k = 6/t: the full and the half step raise f above f(0) = 0, the quarter lowers it
        double k = 6 / t;
        double[] expectedX = {t, t / 2, t / 4, t / 4};
        long[] expectedEvaluations = {2, 3, 4, 4};
        for (int halvings = 0; halvings <= 3; halvings++) {
            CountingProblem p = parabola(k);
            LearnedRun run = family.start(p, x0);
            assertEquals(StepStatus.PROGRESS, run.step(chosen, halvings));
            assertEquals(expectedX[halvings], run.xRef()[0], 1e-12 * t, "x after a step with " + halvings + " halvings");
            assertEquals(expectedEvaluations[halvings], p.evaluations(), "start plus one evaluation per trial");
        }
        // strict: every trial must descend; on a parabola this steep none does, so x stays and the step still counts
        CountingProblem steep = parabola(1000 / t);
        LearnedRun strict = family.start(steep, x0);
        assertEquals(StepStatus.PROGRESS, strict.step(chosen, LearnedOptimizer.MAX_STEP_TRIALS));
        assertEquals(0.0, strict.xRef()[0], 0.0, "no trial descended: x stays");
        assertEquals(1 + LearnedOptimizer.MAX_STEP_TRIALS, steep.evaluations());
        assertEquals(1, strict.iterations());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> family.withWeights(chosen, LearnedOptimizer.MAX_STEP_TRIALS + 1));
    }
}
