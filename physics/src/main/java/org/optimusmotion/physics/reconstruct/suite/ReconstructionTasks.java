package org.optimusmotion.physics.reconstruct.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.meta.TaskSampler;
import org.optimusmotion.optimizer.meta.TrainingTask;
import org.optimusmotion.physics.reconstruct.WindowProblemSpec;

/**
 * Suite windows as meta-training tasks. The minimum of a reconstruction objective is unknown. Two choices
 * of the "known minimum" f* that the meta-loss log((f − f*) / (f₀ − f*)) measures against:
 * <ul>
 *   <li>zero ({@link #ReconstructionTasks(List)}): every term is non-negative, so the meta-loss is
 *       log(f / f₀). Stalling 5 % above BFGS's loss then costs only log 1.05 = 0.05, invisible beside
 *       the first steps' progress, so meta-training is not pushed to finish the job;</li>
 *   <li>just below a reference optimizer's loss ({@link #belowReference}): f* = (1 − margin) · f_ref,
 *       so the last per cents dominate; going past the reference is rewarded down to a floor.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class ReconstructionTasks implements TaskSampler {

    private final List<TrainingTask> tasks;

    /** Tasks with f* = 0. */
    public ReconstructionTasks(List<ReconstructionSuite.SuiteWindow> windows) {
        this(windows, w -> 0.0, 0);
    }

    private ReconstructionTasks(List<ReconstructionSuite.SuiteWindow> windows,
            ToDoubleFunction<ReconstructionSuite.SuiteWindow> fStar, double gapFloorFraction) {
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("no windows");
        }
        List<TrainingTask> t = new ArrayList<>(windows.size());
        for (ReconstructionSuite.SuiteWindow w : windows) {
            double star = fStar.applyAsDouble(w);
            t.add(new WindowTask(w.id(), w.spec(), w.spec().newProblem().initialPoint(), star, gapFloorFraction * star));
        }
        this.tasks = List.copyOf(t);
    }

    /**
     * Tasks with f* = (1 − margin) · the window's reference loss ({@link ReferenceLosses}), and a gap floor
     * of a tenth of the margin: a run that ends more than 0.9 · margin below the reference earns no more
     * than one that ends there (2.3 nats below reaching the reference), instead of log(1e-8).
     *
     * @param margin in (0, 1): how far below the reference the meta-loss's floor lies
     * @throws IllegalArgumentException if a window has no reference loss
     */
    public static ReconstructionTasks belowReference(List<ReconstructionSuite.SuiteWindow> windows,
            Map<String, Double> referenceLosses, double margin) {
        if (!(margin > 0 && margin < 1)) {
            throw new IllegalArgumentException("margin must be in (0, 1), was " + margin);
        }
        return new ReconstructionTasks(windows, w -> {
            Double ref = referenceLosses.get(w.id());
            if (ref == null) {
                throw new IllegalArgumentException("no reference loss for window " + w.id());
            }
            return (1 - margin) * ref;
        }, 0.1 * margin / (1 - margin));
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

    private record WindowTask(String id, WindowProblemSpec spec, double[] start, double fStar, double gapFloor)
            implements TrainingTask {
        @Override
        public Problem newProblem() {
            return spec.newProblem();
        }

        @Override
        public double[] x0() {
            return start.clone();
        }
    }
}
