package org.optimusmotion.optimizer.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.optimizer.learned.AdafactorMlp;
import org.optimusmotion.optimizer.learned.AdafactorMlpConfig;
import org.optimusmotion.optimizer.learned.LearnedOptimizer;
import org.optimusmotion.optimizer.learned.LearnedWeights;

class MetaTrainerValidationTest {

    @TempDir
    Path dir;

    private final LearnedOptimizer lopt = new AdafactorMlp(new AdafactorMlpConfig(4, 2, 1e-2, 1e-3));
    private final PesConfig pes = new PesConfig(2, 4, 0.01, new TruncationSchedule(3, 9), 6, true, 1);

    /** Recorded by {@link #recording} for a restart, among the steps' descent halvings. */
    private static final int RESTART = -1;

    private static List<TrainingTask> heldOutTasks() {
        List<TrainingTask> tasks = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(99);
        tasks.add(ToyTasks.quadratic(4, rng));
        tasks.add(ToyTasks.rosenbrock(3, rng));
        return tasks;
    }

    private static TaskValidation heldOut() {
        return new TaskValidation(heldOutTasks(), 10);
    }

    @Test
    void keepsTheBestValidatedWeightsAndTheirHistory() throws Exception {
        MetaTrainingConfig config = new MetaTrainingConfig(5, 4, 600, 1e-3, 3.0, 1e9, pes);
        TaskValidation validation = heldOut();
        List<double[]> scored = new ArrayList<>();
        MetaTrainingListener listener = new MetaTrainingListener() {
            @Override
            public void onStep(MetaStepEvent event) {
            }

            @Override
            public void onValidation(long outerStep, double score, boolean improved, double seconds) {
                scored.add(new double[] {outerStep, score, improved ? 1 : 0});
            }
        };
        // an interval this small validates after every step
        new MetaTrainer(lopt, ToyTasks.sampler(2, 5), config, dir, "t").validatingOn(validation, 1e-9)
                .train(false, listener, () -> false);

        assertEquals(6, scored.size(), "at the start, after each of 4 steps and once at the end");
        assertEquals(0, (int) scored.get(0)[0], "the starting θ is scored before any step");
        double best = Double.POSITIVE_INFINITY;
        for (double[] s : scored) {
            best = Math.min(best, s[1]);
        }
        LearnedWeights kept = LearnedWeights.read(dir.resolve(MetaTrainer.BEST_WEIGHTS_FILE));
        assertEquals(best, validation.score(lopt, kept.theta()), 1e-12, "the best file holds the best-scoring θ");
        List<String> csv = Files.readAllLines(dir.resolve(MetaTrainer.VALIDATION_CSV));
        assertEquals(7, csv.size(), "header + one line per validation");
    }

    @Test
    void startsFromGivenWeightsAndRejectsAWrongLength() throws Exception {
        double[] start = lopt.initialTheta(77);
        start[0] += 0.5;
        MetaTrainingConfig oneStep = new MetaTrainingConfig(5, 1, 600, 1e-12, 3.0, 1e9, pes);
        MetaTrainer.Summary s = new MetaTrainer(lopt, ToyTasks.sampler(2, 5), oneStep, dir.resolve("a"), "t")
                .startingFrom(start).train(false, MetaTrainingListener.NONE, () -> false);
        // a learning rate of 1e-12 moves θ by at most ~1e-12 per entry in one Adam step
        assertArrayEquals(start, s.theta(), 1e-9);
        MetaTrainer trainer = new MetaTrainer(lopt, ToyTasks.sampler(2, 5), oneStep, dir.resolve("b"), "t");
        assertThrows(IllegalArgumentException.class, () -> trainer.startingFrom(new double[3]));
    }

    @Test
    void trainingOnlyThePrefixLeavesTheRestOfThetaAlone() throws Exception {
        MetaTrainingConfig config = new MetaTrainingConfig(5, 3, 600, 1e-2, 3.0, 1e9, pes);
        double[] start = lopt.initialTheta(5);
        int prefix = lopt.logStepScaleIndex() + 1;
        MetaTrainer.Summary s = new MetaTrainer(lopt, ToyTasks.sampler(2, 5), config, dir.resolve("p"), "t")
                .trainingOnlyFirst(prefix).train(false, MetaTrainingListener.NONE, () -> false);
        double moved = 0;
        for (int i = 0; i < start.length; i++) {
            if (i < prefix) {
                moved = Math.max(moved, Math.abs(s.theta()[i] - start[i]));
            } else {
                assertEquals(start[i], s.theta()[i], 0.0, "entry " + i + " is outside the trained prefix");
            }
        }
        assertTrue(moved > 1e-4, "the prefix is trained: " + moved);
    }

    @Test
    void validationScoresProgressBelowZeroAndFailuresAtThePenalty() {
        TaskValidation validation = heldOut();
        double trained = validation.score(lopt, lopt.initialTheta(1));
        assertTrue(trained < 0, "an untrained AdafactorMLP still makes progress on a quadratic: " + trained);
        double[] exploding = lopt.initialTheta(1);
        exploding[lopt.logStepScaleIndex()] += 30; // steps e^300 times larger: every step fails
        assertEquals(0.0, validation.score(lopt, exploding), 1e-12, "no step better than the start");
    }

    /** {@link #lopt}, recording the descent safeguard every inner step was asked for. */
    private LearnedOptimizer recording(List<Integer> halvingsSeen) {
        return new LearnedOptimizer() {
            @Override
            public org.optimusmotion.optimizer.learned.LearnedOptimizerKind kind() {
                return lopt.kind();
            }

            @Override
            public int thetaLength() {
                return lopt.thetaLength();
            }

            @Override
            public int logStepScaleIndex() {
                return lopt.logStepScaleIndex();
            }

            @Override
            public double[] initialTheta(long seed) {
                return lopt.initialTheta(seed);
            }

            @Override
            public java.util.Map<String, String> configHeader() {
                return lopt.configHeader();
            }

            @Override
            public org.optimusmotion.optimizer.learned.LearnedRun start(org.optimusmotion.optimizer.Problem problem,
                    double[] x0) {
                org.optimusmotion.optimizer.learned.LearnedRun run = lopt.start(problem, x0);
                return new org.optimusmotion.optimizer.learned.LearnedRun() {
                    @Override
                    public org.optimusmotion.optimizer.StepStatus step(double[] theta) {
                        return step(theta, 0);
                    }

                    @Override
                    public org.optimusmotion.optimizer.StepStatus step(double[] theta, int descentHalvings) {
                        synchronized (halvingsSeen) {
                            halvingsSeen.add(descentHalvings);
                        }
                        return run.step(theta, descentHalvings);
                    }

                    @Override
                    public void restart() {
                        synchronized (halvingsSeen) {
                            halvingsSeen.add(RESTART);
                        }
                        run.restart();
                    }

                    @Override
                    public double[] xRef() {
                        return run.xRef();
                    }

                    @Override
                    public double value() {
                        return run.value();
                    }

                    @Override
                    public int iterations() {
                        return run.iterations();
                    }

                    @Override
                    public void writeState(java.io.DataOutput out) throws java.io.IOException {
                        run.writeState(out);
                    }

                    @Override
                    public void readState(java.io.DataInput in) throws java.io.IOException {
                        run.readState(in);
                    }
                };
            }
        };
    }

    @Test
    void validationAndInnerStepsUseTheConfiguredDescentSafeguard() throws Exception {
        List<Integer> seen = new ArrayList<>();
        LearnedOptimizer rec = recording(seen);
        new TaskValidation(heldOutTasks(), 3, 2).score(rec, lopt.initialTheta(1));
        assertEquals(2 * 3, seen.size());
        assertTrue(seen.stream().allMatch(h -> h == 2), "validation steps carry the safeguard: " + seen);

        seen.clear();
        PesConfig safeguarded = new PesConfig(2, 4, 0.01, new TruncationSchedule(3, 9), 6, true, 1, 3);
        new MetaTrainer(rec, ToyTasks.sampler(2, 5), new MetaTrainingConfig(5, 2, 600, 1e-3, 3.0, 1e9, safeguarded),
                dir, "t").train(false, MetaTrainingListener.NONE, () -> false);
        assertTrue(!seen.isEmpty() && seen.stream().allMatch(h -> h == 3), "PES inner steps carry it: " + seen);

        assertThrows(IllegalArgumentException.class,
                () -> new PesConfig(2, 4, 0.01, new TruncationSchedule(3, 9), 6, true, 1, 6));
    }

    @Test
    void validationAndInnerStepsRestartEveryConfiguredPeriod() throws Exception {
        List<Integer> seen = new ArrayList<>();
        LearnedOptimizer rec = recording(seen);
        new TaskValidation(List.of(heldOutTasks().get(0)), 7, new org.optimusmotion.optimizer.learned.StepRule(2, 3))
                .score(rec, lopt.initialTheta(1));
        assertEquals(List.of(2, 2, 2, RESTART, 2, 2, 2, RESTART, 2), seen);

        seen.clear();
        PesConfig restarting = new PesConfig(2, 4, 0.01, new TruncationSchedule(3, 9), 6, true, 1, 0, 2);
        new MetaTrainer(rec, ToyTasks.sampler(2, 5), new MetaTrainingConfig(5, 2, 600, 1e-3, 3.0, 1e9, restarting),
                dir, "t").train(false, MetaTrainingListener.NONE, () -> false);
        assertTrue(seen.contains(RESTART), "PES inner runs restart: " + seen);
        assertTrue(seen.stream().allMatch(h -> h == 0 || h == RESTART), "plain steps between restarts: " + seen);

        assertThrows(IllegalArgumentException.class,
                () -> new PesConfig(2, 4, 0.01, new TruncationSchedule(3, 9), 6, true, 1, 0, -1));
    }
}
