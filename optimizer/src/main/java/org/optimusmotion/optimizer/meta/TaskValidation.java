package org.optimusmotion.optimizer.meta;

import java.util.List;

import org.optimusmotion.optimizer.StepStatus;
import org.optimusmotion.optimizer.learned.LearnedOptimizer;
import org.optimusmotion.optimizer.learned.LearnedRun;
import org.optimusmotion.optimizer.learned.StepRule;

/**
 * A fixed set of held-out tasks on which meta-training scores its current θ, so that the best weights
 * are kept rather than the last ones (PES meta-loss is noisy and the last θ may generalise worse than an
 * earlier one; see docs/optimus-design.md).
 *
 * <p>Score of one task: {@link MetaLoss} of the best objective value reached within {@code steps} inner
 * steps (lower is better; 0 = no progress). The score of θ is the mean over tasks. Immutable; each call
 * builds fresh problems.
 */
public final class TaskValidation {

    private final List<TrainingTask> tasks;
    private final int steps;
    private final StepRule rule;

    /** Plain learned steps. */
    public TaskValidation(List<TrainingTask> tasks, int steps) {
        this(tasks, steps, 0);
    }

    /**
     * @param tasks           held-out tasks, at least one
     * @param steps           inner steps per task, at least 1
     * @param descentHalvings descent safeguard of the steps ({@link LearnedRun#step(double[], int)})
     */
    public TaskValidation(List<TrainingTask> tasks, int steps, int descentHalvings) {
        this(tasks, steps, StepRule.descent(descentHalvings));
    }

    /**
     * @param tasks held-out tasks, at least one
     * @param steps inner steps per task, at least 1
     * @param rule  how the steps are taken (descent safeguard, restarts), as the optimizer will run
     */
    public TaskValidation(List<TrainingTask> tasks, int steps, StepRule rule) {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("validation needs at least one task");
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, was " + steps);
        }
        this.tasks = List.copyOf(tasks);
        this.steps = steps;
        this.rule = rule;
    }

    public int taskCount() {
        return tasks.size();
    }

    public int steps() {
        return steps;
    }

    /** Mean over the tasks of the meta-loss at the best value reached; lower is better. */
    public double score(LearnedOptimizer optimizer, double[] theta) {
        double sum = 0;
        for (TrainingTask task : tasks) {
            LearnedRun run = optimizer.start(task.newProblem(), task.x0());
            double f0 = run.value();
            double best = f0;
            for (int t = 0; t < steps; t++) {
                if (rule.step(run, theta) == StepStatus.NUMERICAL_FAILURE) {
                    continue;
                }
                if (run.value() < best) {
                    best = run.value();
                }
            }
            sum += MetaLoss.of(best, task.fStar(), f0, task.gapFloor());
        }
        return sum / tasks.size();
    }
}
