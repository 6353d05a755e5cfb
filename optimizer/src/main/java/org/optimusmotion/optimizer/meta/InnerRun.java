package org.optimusmotion.optimizer.meta;

import org.optimusmotion.optimizer.StepStatus;
import org.optimusmotion.optimizer.learned.LearnedRun;
import org.optimusmotion.optimizer.learned.StepRule;

/**
 * One copy (+ or −) of a particle's inner optimisation: the learned run on its own problem instance, and
 * whether its last step failed (the next recorded loss is then {@link MetaLoss#PENALTY}). Mutable.
 */
public final class InnerRun {

    private final LearnedRun run;
    private boolean lastStepFailed;

    InnerRun(LearnedRun run) {
        this.run = run;
    }

    public LearnedRun run() {
        return run;
    }

    /** Meta-loss at the current iterate. */
    double loss(double fStar, double f0, double gapFloor) {
        if (lastStepFailed) {
            return MetaLoss.PENALTY;
        }
        return MetaLoss.of(run.value(), fStar, f0, gapFloor);
    }

    void step(double[] theta, StepRule rule) {
        lastStepFailed = rule.step(run, theta) == StepStatus.NUMERICAL_FAILURE;
    }

    boolean lastStepFailed() {
        return lastStepFailed;
    }

    void setLastStepFailed(boolean failed) {
        lastStepFailed = failed;
    }
}
