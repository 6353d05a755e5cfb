package org.optimusmotion.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.functions.FunctionSuite;
import org.optimusmotion.optimizer.functions.SuiteProblem;
import org.optimusmotion.optimizer.learned.LearnedWeights;
import org.optimusmotion.optimizer.learned.StepRule;
import org.optimusmotion.optimizer.meta.FunctionSuiteTasks;
import org.optimusmotion.optimizer.meta.PartialStarts;
import org.optimusmotion.optimizer.meta.TaskSampler;
import org.optimusmotion.optimizer.meta.TrainingTask;
import org.optimusmotion.physics.reconstruct.ReconstructionConfig;
import org.optimusmotion.physics.reconstruct.WindowPolicy;
import org.optimusmotion.physics.reconstruct.suite.ReconstructionSuite;
import org.optimusmotion.physics.reconstruct.suite.ReconstructionTasks;
import org.optimusmotion.physics.reconstruct.suite.ReferenceLosses;
import org.optimusmotion.physics.reconstruct.suite.SuiteSplit;

/** The meta-training task distributions selectable with {@code --suite}, with their validation tasks. */
final class TrainingSuites {

    /** Validation windows kept out of the pool: every n-th window of the validation clips. */
    private static final int VALIDATION_STRIDE = 3;

    private TrainingSuites() {
    }

    /** File in the training folder that caches the reference losses. */
    static final String REFERENCE_CACHE = "reference-losses.csv";

    /**
     * Meta-loss measured against (1 − margin) × the reference optimizer's loss on each window
     * ({@link ReconstructionTasks#belowReference}).
     */
    record ReferenceFloor(Optimizer optimizer, long evaluations, double margin, int threads, Path cache) {
    }

    /** Training sampler and the fixed held-out tasks scored to keep the best weights (may be empty). */
    record Suite(TaskSampler sampler, List<TrainingTask> validation) {
    }

    /** The 15 shifted test functions at training dimensions 2–100; validation: one problem per function at dimension 100. */
    static Suite functions(long seed) {
        List<TrainingTask> validation = new ArrayList<>();
        for (var f : FunctionSuite.FUNCTIONS) {
            SuiteProblem p = FunctionSuite.create(f, FunctionSuite.TRAINING_MAX_DIMENSION, seed + 7919,
                    f.name() + "-validation");
            if (Double.isFinite(p.fStar())) {
                validation.add(FunctionSuiteTasks.task(p));
            }
        }
        return new Suite(FunctionSuiteTasks.training(), validation);
    }

    /**
     * Which windows the reconstruction suite is built from.
     *
     * @param windowFrames    frames per window (the longest one under {@link WindowPolicy#ADAPTIVE})
     * @param policy          FIXED: every window {@code windowFrames} long; ADAPTIVE: as {@code reconstruct} would cut
     *                        each case (fast cases get shorter windows)
     * @param trainingClips   clips to train on; empty: the documented training split
     * @param validationClips clips to validate on; empty: the documented validation split
     */
    record ReconstructionDraw(int casesPerClip, double caseSeconds, int windowFrames, WindowPolicy policy,
            List<String> trainingClips, List<String> validationClips) {
    }

    /** Windows of synthetic cases from the training clips; validation: a fixed subset of the validation clips' windows. */
    static Suite reconstruction(Path mocap, ReconstructionDraw which, long seed, ReferenceFloor floor,
            PrintWriter console) {
        ReconstructionConfig d = ReconstructionConfig.DEFAULT;
        ReconstructionSuite.CaseDraw draw;
        List<String> trainingClips = which.trainingClips().isEmpty()
                ? ReconstructionSuite.clips(SuiteSplit.TRAINING) : which.trainingClips();
        List<String> validationClips = which.validationClips().isEmpty()
                ? ReconstructionSuite.clips(SuiteSplit.VALIDATION) : which.validationClips();
        for (String clip : trainingClips) {
            if (validationClips.contains(clip)) {
                throw new UserError(clip + " is both a training and a validation clip");
            }
        }
        long t0 = System.nanoTime();
        try {
            ReconstructionConfig config = d.withWindow(which.windowFrames(),
                    Math.min(d.overlapFrames(), which.windowFrames() - 2)).withWindowPolicy(which.policy());
            draw = new ReconstructionSuite.CaseDraw(which.casesPerClip(), which.caseSeconds(), config);
            var training = ReconstructionSuite.windows(mocap, SuiteSplit.TRAINING, trainingClips, draw, seed,
                    console::println);
            var validation = ReconstructionSuite.windows(mocap, SuiteSplit.VALIDATION, validationClips, draw, seed,
                    console::println);
            ReconstructionTasks trainingTasks;
            List<TrainingTask> held;
            if (floor == null) {
                trainingTasks = new ReconstructionTasks(training);
                held = new ReconstructionTasks(validation).everyNth(VALIDATION_STRIDE);
            } else {
                List<ReconstructionSuite.SuiteWindow> all = new ArrayList<>(training);
                all.addAll(validation);
                Map<String, Double> ref = ReferenceLosses.computeOrLoad(all, floor.optimizer(), floor.evaluations(),
                        floor.threads(), floor.cache(), line -> {
                            console.println(line);
                            console.flush();
                        });
                trainingTasks = ReconstructionTasks.belowReference(training, ref, floor.margin());
                held = ReconstructionTasks.belowReference(validation, ref, floor.margin()).everyNth(VALIDATION_STRIDE);
            }
            console.printf(Locale.ROOT, "reconstruction suite: %d training windows from %d clips, %d validation"
                            + " windows (%d scored) from %d clips, dimensions %s, built in %.0f s%n", training.size(),
                    trainingClips.size(), validation.size(), held.size(), validationClips.size(),
                    dimensions(trainingTasks.tasks()), (System.nanoTime() - t0) * 1e-9);
            console.flush();
            return new Suite(trainingTasks, held);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /**
     * The reconstruction suite's training windows, each followed by its partial starts ({@link PartialStarts}),
     * drawn uniformly; progress on {@code console}.
     *
     * @param init  the weights that make the partial starts (null: a user error)
     * @param rule  how they step, as at inference
     * @param steps the step counts K
     */
    static TaskSampler withPartialStarts(TaskSampler suiteSampler, LearnedWeights init, StepRule rule,
            List<Integer> steps, int threads, PrintWriter console) {
        if (!(suiteSampler instanceof ReconstructionTasks windows)) {
            throw new UserError("--partial-starts needs --suite reconstruction");
        }
        if (init == null) {
            throw new UserError("--partial-starts needs --init-weights: the weights that make the partial starts");
        }
        long t0 = System.nanoTime();
        int total = windows.tasks().size();
        int every = Math.max(1, total / 10);
        List<TrainingTask> all;
        try {
            all = PartialStarts.expand(windows.tasks(), init.family(), init.theta(), rule,
                    steps.stream().mapToInt(Integer::intValue).toArray(), threads, done -> {
                        if (done % every == 0 || done == total) {
                            synchronized (console) {
                                console.printf(Locale.ROOT, "partial starts: %d/%d windows (%.0f s)%n", done, total,
                                        (System.nanoTime() - t0) * 1e-9);
                                console.flush();
                            }
                        }
                    });
        } catch (IllegalArgumentException e) {
            throw new UserError("--partial-starts: " + e.getMessage(), e);
        }
        console.printf(Locale.ROOT, "partial starts after %s steps: %d training tasks, made in %.0f s%n", steps,
                all.size(), (System.nanoTime() - t0) * 1e-9);
        console.flush();
        return rng -> all.get(rng.nextInt(all.size()));
    }

    /** The distinct problem dimensions of some tasks, with how many tasks have each: "530 x120, 308 x6". */
    private static String dimensions(List<TrainingTask> tasks) {
        Map<Integer, Integer> count = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (TrainingTask t : tasks) {
            count.merge(t.x0().length, 1, Integer::sum);
        }
        StringBuilder s = new StringBuilder();
        count.forEach((n, c) -> s.append(s.length() == 0 ? "" : ", ").append(n).append(" x").append(c));
        return s.toString();
    }
}
