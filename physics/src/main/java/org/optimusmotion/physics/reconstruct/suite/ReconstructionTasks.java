package org.optimusmotion.physics.reconstruct.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.meta.TaskSampler;
import org.optimusmotion.optimizer.meta.TrainingTask;
import org.optimusmotion.physics.reconstruct.WindowProblemSpec;

/**
 * Suite windows as meta-training tasks. The minimum of a reconstruction objective is unknown; every term
 * is non-negative, so f* = 0 is used and the meta-loss becomes log(f / f₀), the log of the loss relative
 * to the warm start. Immutable and thread-safe.
 */
public final class ReconstructionTasks implements TaskSampler {

    private final List<TrainingTask> tasks;

    public ReconstructionTasks(List<ReconstructionSuite.SuiteWindow> windows) {
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("no windows");
        }
        List<TrainingTask> t = new ArrayList<>(windows.size());
        for (ReconstructionSuite.SuiteWindow w : windows) {
            t.add(new WindowTask(w.id(), w.spec(), w.spec().newProblem().initialPoint()));
        }
        this.tasks = List.copyOf(t);
    }

    /** All tasks, in suite order (validation uses a fixed subset). */
    public List<TrainingTask> tasks() {
        return tasks;
    }

    /** Every {@code stride}-th task: a fixed, spread-out subset. */
    public List<TrainingTask> everyNth(int stride) {
        List<TrainingTask> out = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i += Math.max(1, stride)) {
            out.add(tasks.get(i));
        }
        return out;
    }

    @Override
    public TrainingTask sample(SplittableRandom rng) {
        return tasks.get(rng.nextInt(tasks.size()));
    }

    private record WindowTask(String id, WindowProblemSpec spec, double[] start) implements TrainingTask {
        @Override
        public Problem newProblem() {
            return spec.newProblem();
        }

        @Override
        public double[] x0() {
            return start.clone();
        }

        @Override
        public double fStar() {
            return 0;
        }
    }
}
