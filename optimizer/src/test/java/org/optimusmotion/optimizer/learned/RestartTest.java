package org.optimusmotion.optimizer.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.OptimizerRun;
import org.optimusmotion.optimizer.Problem;

/** {@link LearnedRun#restart()} and the {@link StepRule} that restarts a frozen-weights optimizer periodically. */
class RestartTest {

    private static final double[] H = {1, 4, 0.5, 2};
    private static final double[] C = {0.3, -0.2, 0.1, 0.7};
    private static final double[] X0 = {1, 1, -1, 0};

    private static Problem problem() {
        return LearnedTestProblems.quartic(H, C);
    }

    private static double distance(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    /** After k steps and a restart, the next step is the one a fresh run from the same iterate takes; without it, not. */
    private static void restartedRunStepsLikeAFreshOne(LearnedOptimizer family) {
        double[] theta = family.initialTheta(7);
        LearnedRun run = family.start(problem(), X0);
        LearnedRun noRestart = family.start(problem(), X0);
        for (int k = 0; k < 5; k++) {
            run.step(theta);
            noRestart.step(theta);
        }
        double[] here = run.xRef().clone();
        LearnedRun fresh = family.start(problem(), here);
        fresh.step(theta);
        run.restart();
        run.step(theta);
        noRestart.step(theta);
        assertArrayEquals(fresh.xRef(), run.xRef(), 0.0, family.kind() + ": restarted step");
        assertEquals(6, run.iterations(), "a restart keeps counting the steps taken");
        assertTrue(distance(fresh.xRef(), noRestart.xRef()) > 1e-9,
                family.kind() + ": without a restart the accumulated state changes the step");
    }

    @Test
    void aRestartedOptimusStepsAsAFreshRunFromTheSameIterate() {
        restartedRunStepsLikeAFreshOne(new Optimus(OptimusConfig.defaults()));
    }

    @Test
    void aRestartedAdafactorMlpStepsAsAFreshRunFromTheSameIterate() {
        restartedRunStepsLikeAFreshOne(new AdafactorMlp(AdafactorMlpConfig.defaults()));
    }

    @Test
    void aRestartPeriodRestartsTheRunEveryThatManySteps() {
        Optimus family = new Optimus(OptimusConfig.defaults());
        double[] theta = family.initialTheta(3);
        OptimizerRun periodic = family.withWeights(theta, new StepRule(2, 3)).start(problem(), X0);
        LearnedRun manual = family.start(problem(), X0);
        for (int k = 0; k < 8; k++) {
            if (k > 0 && k % 3 == 0) {
                manual.restart();
            }
            manual.step(theta, 2);
            periodic.step();
            assertArrayEquals(manual.xRef(), periodic.xRef(), 0.0, "step " + (k + 1));
        }
    }

    @Test
    void aRunRestartsBeforeEveryStepThatFollowsAFullPeriod() {
        StepRule r = new StepRule(0, 30);
        assertTrue(!r.restartsBefore(0) && !r.restartsBefore(29) && r.restartsBefore(30) && !r.restartsBefore(31)
                && r.restartsBefore(60));
        assertTrue(!StepRule.PLAIN.restartsBefore(30), "period 0 never restarts");
    }

    @Test
    void stepRulesAreCheckedAndSayWhatTheyDo() {
        assertEquals("descent safeguard 3, restart every 30 steps", new StepRule(3, 30).describe());
        assertEquals("plain step", StepRule.PLAIN.describe());
        assertEquals("Optimus (descent safeguard 3, restart every 30 steps)",
                new Optimus(OptimusConfig.defaults()).withWeights(new Optimus(OptimusConfig.defaults()).initialTheta(1),
                        new StepRule(3, 30)).name());
        assertThrows(IllegalArgumentException.class, () -> new StepRule(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new StepRule(LearnedOptimizer.MAX_STEP_TRIALS + 1, 0));
    }
}
