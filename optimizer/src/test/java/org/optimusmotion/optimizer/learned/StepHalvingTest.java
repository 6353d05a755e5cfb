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
        assertEquals(1 + 1 + AbstractLearnedRun.MAX_STEP_HALVINGS, failing.evaluations());
        assertEquals(1.0, run.xRef()[0], 0.0, "x stays where it was");
    }
}
