package org.optimusmotion.optimizer.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.OptimizeResult;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.StepStatus;

class AdafactorMlpTest {

    private static final double[] H = {1, 3, 0.5, 2, 5};
    private static final double[] C = {0.2, -0.1, 0.4, 0, -0.3};
    private static final double[] X0 = {1, -1, 0.5, 0.25, -0.75};

    private static OptimizeResult run(Optimizer opt, int steps) {
        return Minimizer.minimize(opt, LearnedTestProblems.quartic(H, C), X0, Budget.iterations(steps),
                ConvergenceChecker.never());
    }

    @Test
    void isDeterministicFiniteAndOneEvaluationPerStep() {
        AdafactorMlp family = new AdafactorMlp(AdafactorMlpConfig.defaults());
        Optimizer opt = family.withWeights(family.initialTheta(4));
        OptimizeResult a = run(opt, 30);
        OptimizeResult b = run(opt, 30);
        assertArrayEquals(a.x(), b.x(), 0.0);
        assertEquals(31, a.evaluations());
        for (double xi : a.x()) {
            assertTrue(Double.isFinite(xi));
        }
    }

    @Test
    void coordinatesInteractOnlyThroughNormalisationSoAOneDimensionalRunIsWellDefined() {
        AdafactorMlp family = new AdafactorMlp(AdafactorMlpConfig.defaults());
        LearnedRun run = family.start(LearnedTestProblems.quartic(new double[] {2}, new double[] {0.5}), new double[] {-1});
        assertEquals(StepStatus.PROGRESS, run.step(family.initialTheta(1)));
        assertTrue(run.xRef()[0] != -1);
    }

    @Test
    void largerLearnedStepScaleGivesProportionallyLargerSteps() {
        // θ[7] is the log step scale: steps scale by exp(10·θ₇)
        AdafactorMlp family = new AdafactorMlp(AdafactorMlpConfig.defaults());
        double[] theta = family.initialTheta(2);
        double[] bigger = theta.clone();
        bigger[7] = Math.log(3) / 10;
        LearnedRun a = family.start(LearnedTestProblems.quartic(H, C), X0);
        LearnedRun b = family.start(LearnedTestProblems.quartic(H, C), X0);
        a.step(theta);
        b.step(bigger);
        for (int i = 0; i < X0.length; i++) {
            assertEquals(3 * (X0[i] - a.xRef()[i]), X0[i] - b.xRef()[i], 1e-12);
        }
    }
}
