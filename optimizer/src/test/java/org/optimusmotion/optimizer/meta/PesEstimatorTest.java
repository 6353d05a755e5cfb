package org.optimusmotion.optimizer.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.optimizer.learned.AdafactorMlp;
import org.optimusmotion.optimizer.learned.AdafactorMlpConfig;
import org.optimusmotion.optimizer.learned.LearnedOptimizer;
import org.optimusmotion.optimizer.learned.LearnedRun;
import org.optimusmotion.optimizer.learned.LearnedWeights;

class PesEstimatorTest {

    private static final int K = 10;
    /** One fixed quadratic task: all randomness of the estimate comes from the perturbations. */
    private static final TaskSampler FIXED_QUADRATIC = rng -> ToyTasks.quadratic(6, new SplittableRandom(42));

    @TempDir
    Path dir;

    /**
     * The true meta-objective of one episode of length 2K at fixed θ: the masked mean loss of the first
     * truncation plus that of the second (PES's sum over truncations estimates its gradient).
     */
    private static double episodeObjective(double[] theta) {
        TrainingTask task = FIXED_QUADRATIC.sample(null);
        LearnedRun run = new TwoRateGradientDescent().start(task.newProblem(), task.x0());
        double f0 = run.value();
        double total = 0;
        for (int trunc = 0; trunc < 2; trunc++) {
            double sum = 0;
            for (int t = 0; t < K; t++) {
                sum += MetaLoss.of(run.value(), task.fStar(), f0);
                run.step(theta);
            }
            total += sum / K;
        }
        return total;
    }

    @Test
    void pesGradientMatchesTheTrueGradientAcrossTwoTruncations() {
        LearnedOptimizer lopt = new TwoRateGradientDescent();
        int particles = 400;
        double std = 0.01;
        // episodes of exactly 2K steps, all particles in phase: truncation 1 and 2 cover one episode
        PesConfig config = new PesConfig(particles, K, std, new TruncationSchedule(2 * K, 2 * K), 0, true, 1);
        TruncatedUnroll unroll = new TruncatedUnroll(lopt, FIXED_QUADRATIC, config.episodes(), K, 0, 7);
        double[] theta = TwoRateGradientDescent.THETA0.clone();
        double[] sum = new double[2];
        try (PesEstimator pes = new PesEstimator(unroll, config, 7)) {
            for (int step = 0; step < 2; step++) {
                double[] g = pes.estimate(theta, step).gradient();
                sum[0] += g[0];
                sum[1] += g[1];
            }
        }
        // central differences of the deterministic objective
        double h = 1e-5;
        double[] truth = new double[2];
        for (int i = 0; i < 2; i++) {
            double[] p = theta.clone();
            double[] m = theta.clone();
            p[i] += h;
            m[i] -= h;
            truth[i] = (episodeObjective(p) - episodeObjective(m)) / (2 * h);
        }
        double norm = Math.hypot(truth[0], truth[1]);
        assertTrue(norm > 1e-3, "true gradient must be non-zero, was " + norm);
        // Stochastic estimate: with 400 antithetic pairs the per-component error is about
        // |∇|/√400 = 5 % of the norm; 25 % leaves room for the O(σ²) smoothing bias and seed luck.
        double err = Math.hypot(sum[0] - truth[0], sum[1] - truth[1]);
        assertTrue(err < 0.25 * norm, "PES " + java.util.Arrays.toString(sum) + " vs true "
                + java.util.Arrays.toString(truth));
    }

    /**
     * Episodes of 1.5 K steps end inside the second truncation: 5 live steps of the old episode, one
     * reset step (mask 0), 4 live steps of a new episode on the same task. The true objective is the sum
     * of both truncations' masked mean losses.
     */
    private static double midTruncationResetObjective(double[] theta) {
        TrainingTask task = FIXED_QUADRATIC.sample(null);
        LearnedRun first = new TwoRateGradientDescent().start(task.newProblem(), task.x0());
        LearnedRun second = new TwoRateGradientDescent().start(task.newProblem(), task.x0());
        double f0 = first.value();
        double trunc1 = 0;
        for (int t = 0; t < K; t++) {
            trunc1 += MetaLoss.of(first.value(), task.fStar(), f0);
            first.step(theta);
        }
        double trunc2 = 0;
        for (int t = 0; t < 5; t++) {
            trunc2 += MetaLoss.of(first.value(), task.fStar(), f0);
            first.step(theta);
        }
        for (int t = 0; t < 4; t++) {
            trunc2 += MetaLoss.of(second.value(), task.fStar(), f0);
            second.step(theta);
        }
        return trunc1 / K + trunc2 / 9;
    }

    @Test
    void principledAttributionMatchesTheTrueGradientWhenAnEpisodeEndsMidTruncation() {
        LearnedOptimizer lopt = new TwoRateGradientDescent();
        PesConfig config = new PesConfig(400, K, 0.01, new TruncationSchedule(15, 15), 0, false, 1);
        TruncatedUnroll unroll = new TruncatedUnroll(lopt, FIXED_QUADRATIC, config.episodes(), K, 0, 3);
        double[] theta = TwoRateGradientDescent.THETA0.clone();
        double[] sum = new double[2];
        try (PesEstimator pes = new PesEstimator(unroll, config, 3)) {
            for (int step = 0; step < 2; step++) {
                double[] g = pes.estimate(theta, step).gradient();
                sum[0] += g[0];
                sum[1] += g[1];
            }
        }
        double h = 1e-5;
        double[] truth = new double[2];
        for (int i = 0; i < 2; i++) {
            double[] p = theta.clone();
            double[] m = theta.clone();
            p[i] += h;
            m[i] -= h;
            truth[i] = (midTruncationResetObjective(p) - midTruncationResetObjective(m)) / (2 * h);
        }
        double norm = Math.hypot(truth[0], truth[1]);
        assertTrue(norm > 1e-3, "true gradient must be non-zero, was " + norm);
        // same statistical argument as above: ~5 % noise per component with 400 pairs
        double err = Math.hypot(sum[0] - truth[0], sum[1] - truth[1]);
        assertTrue(err < 0.25 * norm, "PES " + java.util.Arrays.toString(sum) + " vs true "
                + java.util.Arrays.toString(truth));
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        LearnedOptimizer lopt = new AdafactorMlp(new AdafactorMlpConfig(4, 2, 1e-2, 1e-3));
        double[] theta = lopt.initialTheta(3);
        double[][] grads = new double[2][];
        for (int threads = 1; threads <= 2; threads++) {
            PesConfig config = new PesConfig(5, 5, 0.01, new TruncationSchedule(4, 12), 8, true, threads);
            TruncatedUnroll unroll = new TruncatedUnroll(lopt, ToyTasks.sampler(2, 6), config.episodes(), 5, 8, 9);
            try (PesEstimator pes = new PesEstimator(unroll, config, 9)) {
                for (int step = 0; step < 4; step++) {
                    grads[threads - 1] = pes.estimate(theta, step).gradient();
                }
            }
        }
        assertArrayEquals(grads[0], grads[1], 0.0);
    }

    @Test
    void rejectsInconsistentTruncationLengths() {
        PesConfig config = new PesConfig(2, 5, 0.01, new TruncationSchedule(4, 12), 0, true, 1);
        TruncatedUnroll unroll = new TruncatedUnroll(new TwoRateGradientDescent(), FIXED_QUADRATIC,
                config.episodes(), 6, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> new PesEstimator(unroll, config, 1));
    }

    @Test
    void resumedTrainingEqualsUninterruptedTraining() throws Exception {
        LearnedOptimizer lopt = new AdafactorMlp(new AdafactorMlpConfig(4, 2, 1e-2, 1e-3));
        PesConfig pes = new PesConfig(3, 4, 0.01, new TruncationSchedule(3, 9), 6, true, 1);
        MetaTrainingConfig six = new MetaTrainingConfig(5, 6, 600, 1e-3, 3.0, 1e9, pes);
        MetaTrainingConfig three = new MetaTrainingConfig(5, 3, 600, 1e-3, 3.0, 1e9, pes);
        TaskSampler sampler = ToyTasks.sampler(2, 5);
        MetaTrainer.Summary straight = new MetaTrainer(lopt, sampler, six, dir.resolve("a"), "t")
                .train(false, MetaTrainingListener.NONE, () -> false);
        new MetaTrainer(lopt, sampler, three, dir.resolve("b"), "t").train(false, MetaTrainingListener.NONE, () -> false);
        MetaTrainer.Summary resumed = new MetaTrainer(lopt, sampler, six, dir.resolve("b"), "t")
                .train(true, MetaTrainingListener.NONE, () -> false);
        assertEquals(6, straight.outerSteps());
        assertEquals(6, resumed.outerSteps());
        assertArrayEquals(straight.theta(), resumed.theta(), 0.0);
        assertArrayEquals(straight.theta(),
                LearnedWeights.read(dir.resolve("b").resolve(MetaTrainer.WEIGHTS_FILE)).theta(), 0.0);
        assertTrue(java.nio.file.Files.size(dir.resolve("b").resolve(MetaTrainer.CURVE_PNG)) > 0);
    }

    @Test
    void metaLossIsNormalisedAndNanSafe() {
        assertEquals(0.0, MetaLoss.of(5, 1, 5), 1e-12);
        assertEquals(Math.log(1e-8) - Math.log(4 + 1e-8), MetaLoss.of(1, 1, 5), 1e-9);
        assertEquals(MetaLoss.PENALTY, MetaLoss.of(Double.NaN, 0, 1));
        assertEquals(MetaLoss.PENALTY, MetaLoss.of(1e300, 0, 1));
    }

    @Test
    void gapFloorCapsTheRewardForGoingBelowAnEstimatedMinimum() {
        // f* = 1, floor 0.5: ending at 1.5 or anywhere below it scores the same
        double atFloor = MetaLoss.of(1.5, 1, 5, 0.5);
        assertEquals(Math.log(0.5 + 1e-8) - Math.log(4 + 1e-8), atFloor, 1e-12);
        assertEquals(atFloor, MetaLoss.of(0.2, 1, 5, 0.5), 0.0);
        assertTrue(MetaLoss.of(2, 1, 5, 0.5) > atFloor, "above the floor the gap still counts");
        assertEquals(MetaLoss.of(2, 1, 5), MetaLoss.of(2, 1, 5, 0.0), 0.0);
    }
}
