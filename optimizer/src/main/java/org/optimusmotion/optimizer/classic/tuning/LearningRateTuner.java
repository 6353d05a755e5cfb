package org.optimusmotion.optimizer.classic.tuning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.benchmark.BenchmarkProblem;
import org.optimusmotion.optimizer.classic.OptimizerKind;

/**
 * Grid search for the learning rate of GD, GD-M and Adam on one function, as the Optimus paper's
 * baselines were tuned (Gärtner et al., CVPR 2023, §5: baselines' learning rates tuned per function on
 * the training problems).
 *
 * <p><b>Procedure.</b> For every rate r of the grid and every task, run the optimizer
 * ({@link OptimizerKind#withLearningRate}, other hyperparameters at their defaults) from the task's
 * start for exactly {@code steps} iterations (no early stopping; a numerical failure ends a run where
 * it is), and score the final value as {@code log10(max(f − f*, 0) + }{@link #SCORE_FLOOR}{@code )}.
 * The rate with the lowest mean score wins; ties go to the smaller rate. The log makes every task
 * count (a task improving from 1e-2 to 1e-6 matters as much as one from 1e4 to 1e0), and the floor
 * stops runs that already reached f* to precision from dominating.
 *
 * <p>Deterministic: the tasks fix the problems and starts, and the optimizers are deterministic.
 * Immutable and thread-safe; {@link #tune} runs sequentially.
 *
 * @param grid  candidate rates, each finite and > 0 (copied and sorted ascending)
 * @param steps iterations per run, at least 1
 */
public record LearningRateTuner(double[] grid, int steps) {

    /** Added to {@code f − f*} before the log: 1e-8. */
    public static final double SCORE_FLOOR = 1e-8;
    /** Default iterations per tuning run. */
    public static final int DEFAULT_STEPS = 200;

    public LearningRateTuner {
        if (grid == null || grid.length == 0) {
            throw new IllegalArgumentException("grid must contain at least one rate");
        }
        grid = grid.clone();
        Arrays.sort(grid);
        for (double r : grid) {
            if (!(r > 0) || !Double.isFinite(r)) {
                throw new IllegalArgumentException("grid rates must be finite and > 0, got " + r);
            }
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, was " + steps);
        }
    }

    /** The default tuner: {@link #halfDecadeGrid(int, int) halfDecadeGrid(-5, 0)} and 200 steps. */
    public static LearningRateTuner defaults() {
        return new LearningRateTuner(halfDecadeGrid(-5, 0), DEFAULT_STEPS);
    }

    @Override
    public double[] grid() {
        return grid.clone();
    }

    /**
     * Log grid in half decades, rounded to one significant digit so that rates and optimizer names
     * stay readable: 1e{min}, 3e{min}, 1e{min+1}, …, 1e{max}. {@code halfDecadeGrid(-5, 0)} has 11
     * rates from 1e-5 to 1.
     */
    public static double[] halfDecadeGrid(int minExponent, int maxExponent) {
        if (maxExponent < minExponent) {
            throw new IllegalArgumentException("maxExponent " + maxExponent + " < minExponent " + minExponent);
        }
        List<Double> rates = new ArrayList<>();
        for (int e = minExponent; e <= maxExponent; e++) {
            rates.add(Double.parseDouble("1e" + e));
            if (e < maxExponent) {
                rates.add(Double.parseDouble("3e" + e));
            }
        }
        double[] out = new double[rates.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rates.get(i);
        }
        return out;
    }

    /**
     * Tunes every kind in {@code kinds} with a learning rate, separately for each function family of
     * {@code trainingProblems} ({@link BenchmarkProblem#family()}), and returns the winners as a store
     * ready to {@link TunedRates#write}. Kinds without a learning rate are skipped.
     *
     * @param description recorded in the store: how the problems were made (suite, seed, count, dims)
     */
    public TunedRates tuneAll(List<BenchmarkProblem> trainingProblems, Collection<OptimizerKind> kinds,
                              String description) {
        Map<String, List<BenchmarkProblem>> byFamily = new TreeMap<>();
        for (BenchmarkProblem p : trainingProblems) {
            byFamily.computeIfAbsent(p.family(), f -> new ArrayList<>()).add(p);
        }
        TunedRates rates = TunedRates.empty(description + "; " + procedure());
        for (Map.Entry<String, List<BenchmarkProblem>> family : byFamily.entrySet()) {
            for (OptimizerKind kind : kinds) {
                if (kind.usesLearningRate()) {
                    rates = rates.with(family.getKey(), kind, tune(kind, family.getValue()).bestRate());
                }
            }
        }
        return rates;
    }

    /** One line describing this tuner (grid, steps, score) for the stored file. */
    public String procedure() {
        return "grid search over learning rates " + Arrays.toString(grid) + ", " + steps
                + " steps per run, lowest mean log10(f - f* + 1e-8) wins (LearningRateTuner)";
    }

    /**
     * Tunes {@code kind}'s learning rate on {@code tasks} (one function's training problems).
     *
     * @throws IllegalArgumentException if {@code kind} has no learning rate or {@code tasks} is empty
     */
    public TuningResult tune(OptimizerKind kind, List<BenchmarkProblem> tasks) {
        if (!kind.usesLearningRate()) {
            throw new IllegalArgumentException(kind.cliName() + " has no learning rate to tune");
        }
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("no tuning tasks for " + kind.cliName());
        }
        double[] scores = new double[grid.length];
        int best = 0;
        for (int r = 0; r < grid.length; r++) {
            double sum = 0;
            for (BenchmarkProblem task : tasks) {
                sum += score(finalValue(kind, grid[r], task), task.fStar());
            }
            scores[r] = sum / tasks.size();
            if (scores[r] < scores[best]) {
                best = r;
            }
        }
        return new TuningResult(kind, grid[best], grid, scores);
    }

    /** The value where the run ended (not the best it visited: a rate that diverges late must lose). */
    private double finalValue(OptimizerKind kind, double rate, BenchmarkProblem task) {
        double[] last = {Double.NaN};
        Minimizer.minimize(kind.withLearningRate(rate), task.factory().get(), task.x0(),
                Budget.iterations(steps), ConvergenceChecker.never(), event -> last[0] = event.loss(), () -> false);
        return last[0];
    }

    /** {@code log10(max(f − f*, 0) + 1e-8)}; +Infinity for a non-finite f. */
    static double score(double f, double fStar) {
        if (!Double.isFinite(f)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.log10(Math.max(f - fStar, 0) + SCORE_FLOOR);
    }
}
