package org.optimusmotion.optimizer.meta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.learned.LearnedOptimizer;
import org.optimusmotion.optimizer.learned.LearnedRun;
import org.optimusmotion.optimizer.learned.StepRule;

/**
 * Tasks that start part-way through a run. An optimizer that restarts (its {@link StepRule}) meets a problem
 * afresh many times, but after the first time from a point it has already improved, where progress is harder;
 * episodes that only start from each task's own start point never train that. For every task and every k
 * in {@code steps}, this runs the starting weights k steps by the inference rule and makes a task that
 * starts there, with the same problem, f* and gap floor (the meta-loss is then measured from that point).
 */
public final class PartialStarts {

    private PartialStarts() {
    }

    /**
     * The tasks followed by their partial starts, task by task: {@code [t, t@k1, t@k2, ..., u, u@k1, ...]}.
     *
     * @param optimizer the architecture
     * @param theta     the weights that make the partial starts (not modified)
     * @param rule      how those weights step, as at inference (restarts included)
     * @param steps     step counts, each at least 1, strictly increasing
     * @param threads   parallel runs, at least 1
     * @param progress  told the number of tasks done after each one (from the worker threads)
     * @throws IllegalArgumentException for bad step counts or no tasks
     */
    public static List<TrainingTask> expand(List<TrainingTask> tasks, LearnedOptimizer optimizer, double[] theta,
            StepRule rule, int[] steps, int threads, IntConsumer progress) {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("no tasks");
        }
        if (steps.length == 0 || steps[0] < 1) {
            throw new IllegalArgumentException("partial-start steps must be >= 1: " + Arrays.toString(steps));
        }
        for (int i = 1; i < steps.length; i++) {
            if (steps[i] <= steps[i - 1]) {
                throw new IllegalArgumentException("partial-start steps must increase: " + Arrays.toString(steps));
            }
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        double[] weights = theta.clone();
        AtomicInteger done = new AtomicInteger();
        List<List<TrainingTask>> perTask;
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            perTask = pool.submit(() -> IntStream.range(0, tasks.size()).parallel().mapToObj(i -> {
                List<TrainingTask> starts = startsOf(tasks.get(i), optimizer, weights, rule, steps);
                progress.accept(done.incrementAndGet());
                return starts;
            }).toList()).join();
        } finally {
            pool.shutdown();
        }
        List<TrainingTask> out = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            out.add(tasks.get(i));
            out.addAll(perTask.get(i));
        }
        return List.copyOf(out);
    }

    /** The task's partial starts, one per step count, from one run of {@code steps[last]} steps. */
    private static List<TrainingTask> startsOf(TrainingTask task, LearnedOptimizer optimizer, double[] theta,
            StepRule rule, int[] steps) {
        LearnedRun run = optimizer.start(task.newProblem(), task.x0());
        List<TrainingTask> out = new ArrayList<>(steps.length);
        int next = 0;
        for (int t = 1; t <= steps[steps.length - 1]; t++) {
            // A failed step leaves the iterate where it was: the partial start is then just earlier progress.
            rule.step(run, theta);
            if (t == steps[next]) {
                out.add(new Started(task, task.id() + "@" + t, run.xRef().clone()));
                next++;
            }
        }
        return out;
    }

    /** {@code task} starting at {@code start}. */
    private record Started(TrainingTask task, String id, double[] start) implements TrainingTask {
        @Override
        public Problem newProblem() {
            return task.newProblem();
        }

        @Override
        public double[] x0() {
            return start.clone();
        }

        @Override
        public double fStar() {
            return task.fStar();
        }

        @Override
        public double gapFloor() {
            return task.gapFloor();
        }
    }
}
