package org.optimusmotion.optimizer.classic.tuning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.OptimizeResult;
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
     * Tunes {@code kind}'s learning rate on {@code tasks} (one function's training problems).
     *
     * @throws IllegalArgumentException if {@code kind} has no learning rate or {@code tasks} is empty
     */
    public TuningResult tune(OptimizerKind kind, List<TuningTask> tasks) {
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
            for (TuningTask task : tasks) {
                sum += score(runOnce(kind, grid[r], task), task.fStar());
            }
            scores[r] = sum / tasks.size();
            if (scores[r] < scores[best]) {
                best = r;
            }
        }
        return new TuningResult(kind, grid[best], grid, scores);
    }

    private OptimizeResult runOnce(OptimizerKind kind, double rate, TuningTask task) {
        return Minimizer.minimize(kind.withLearningRate(rate), task.problem().get(), task.x0(),
                Budget.iterations(steps), ConvergenceChecker.never());
    }

    /** {@code log10(max(f − f*, 0) + 1e-8)}; +Infinity for a non-finite f. */
    static double score(OptimizeResult result, double fStar) {
        double f = result.value();
        if (!Double.isFinite(f)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.log10(Math.max(f - fStar, 0) + SCORE_FLOOR);
    }
}
