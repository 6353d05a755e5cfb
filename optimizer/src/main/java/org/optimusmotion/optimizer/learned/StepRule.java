package org.optimusmotion.optimizer.learned;

import org.optimusmotion.optimizer.StepStatus;

/**
 * How a learned optimizer with frozen weights takes its steps at inference, beyond what the network
 * predicts (meta-training takes plain steps, {@link #PLAIN}).
 *
 * @param descentHalvings halvings of a trial step that raises the objective before any finite trial is taken,
 *                        in [0, {@link LearnedOptimizer#MAX_STEP_TRIALS}] ({@link LearnedRun#step(double[], int)})
 * @param restartPeriod   every this many steps the optimizer forgets its state (accumulators, iteration count,
 *                        Optimus's preconditioner) and starts afresh from where it is ({@link LearnedRun#restart()});
 *                        0: never
 */
public record StepRule(int descentHalvings, int restartPeriod) {

    /** The plain learned step, never restarted: what meta-training unrolls. */
    public static final StepRule PLAIN = new StepRule(0, 0);

    public StepRule {
        if (descentHalvings < 0 || descentHalvings > LearnedOptimizer.MAX_STEP_TRIALS) {
            throw new IllegalArgumentException("descentHalvings = " + descentHalvings + " must be in [0, "
                    + LearnedOptimizer.MAX_STEP_TRIALS + "]");
        }
        if (restartPeriod < 0) {
            throw new IllegalArgumentException("restartPeriod = " + restartPeriod + " must be >= 0 (0: never)");
        }
    }

    /** A descent safeguard without restarts. */
    public static StepRule descent(int descentHalvings) {
        return new StepRule(descentHalvings, 0);
    }

    /** Whether a run that has taken {@code stepsTaken} steps restarts before its next one. */
    public boolean restartsBefore(int stepsTaken) {
        return restartPeriod > 0 && stepsTaken > 0 && stepsTaken % restartPeriod == 0;
    }

    /** One step of {@code run} by this rule: restart when due ({@link LearnedRun#iterations()} counts the steps), then step. */
    public StepStatus step(LearnedRun run, double[] theta) {
        if (restartsBefore(run.iterations())) {
            run.restart();
        }
        return run.step(theta, descentHalvings);
    }

    /** For people: "descent safeguard 3, restart every 30 steps"; "plain step" for {@link #PLAIN}. */
    public String describe() {
        String descent = descentHalvings == 0 ? "plain step" : "descent safeguard " + descentHalvings;
        return restartPeriod == 0 ? descent : descent + ", restart every " + restartPeriod + " steps";
    }
}
