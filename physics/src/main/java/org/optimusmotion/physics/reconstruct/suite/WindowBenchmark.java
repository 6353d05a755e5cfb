package org.optimusmotion.physics.reconstruct.suite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.OptimizeResult;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.StopReason;
import org.optimusmotion.physics.reconstruct.AdaptiveWindowRule;
import org.optimusmotion.physics.reconstruct.ReconstructionConfig;
import org.optimusmotion.physics.reconstruct.ReconstructionProblem;

/**
 * Runs optimizers on the same reconstruction windows with the same evaluation budget and measures how
 * many objective evaluations each needs to reach the first (reference) optimizer's final loss on every
 * window — the issue 7 measure, on identical problems (in a sequential reconstruction, later windows
 * start where each optimizer left the previous one, so their problems differ).
 *
 * <p>Not thread-safe; deterministic (all optimizers are).
 */
public final class WindowBenchmark {

    /** Relative slack when comparing with the reference loss (floating-point ties count as reached). */
    public static final double REACH_SLACK = 1e-9;

    private final List<String> labels;
    private final List<Optimizer> optimizers;
    private final long evaluationsPerWindow;
    private final ConvergenceChecker convergence;

    /** With the reconstruction's stagnation test ({@link ConvergenceChecker#defaults()}). */
    public WindowBenchmark(List<String> labels, List<Optimizer> optimizers, long evaluationsPerWindow) {
        this(labels, optimizers, evaluationsPerWindow, ConvergenceChecker.defaults());
    }

    /**
     * @param labels                names of the optimizers; the first is the reference
     * @param evaluationsPerWindow  budget per window and optimizer (iterations are capped at the same number) for a
     *                              window of {@link ReconstructionConfig#DEFAULT}'s length; a shorter window cut by
     *                              the adaptive policy gets proportionally more, as {@code reconstruct} gives it
     *                              ({@link AdaptiveWindowRule})
     * @param convergence           when a run counts as stagnated and stops early
     */
    public WindowBenchmark(List<String> labels, List<Optimizer> optimizers, long evaluationsPerWindow,
            ConvergenceChecker convergence) {
        if (labels.size() != optimizers.size() || labels.isEmpty()) {
            throw new IllegalArgumentException("need one label per optimizer and at least one optimizer");
        }
        if (evaluationsPerWindow < 1 || evaluationsPerWindow > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("evaluationsPerWindow = " + evaluationsPerWindow + " must be >= 1");
        }
        this.labels = List.copyOf(labels);
        this.optimizers = List.copyOf(optimizers);
        this.evaluationsPerWindow = evaluationsPerWindow;
        this.convergence = convergence;
    }

    /**
     * One optimizer on one window.
     *
     * @param caseId                  the case the window was cut from ({@link ReconstructionSuite.SuiteWindow#caseId()})
     * @param initialLoss             objective at the warm start
     * @param finalLoss               lowest objective seen
     * @param evaluations             evaluations used
     * @param evaluationsToReference  evaluations after which the best loss was at most the reference's final
     *                                loss; -1 if never; for the reference itself, the evaluations it needed
     *                                to get there first
     * @param budget                  evaluations the window allowed
     * @param trace                   best loss so far after each iteration
     */
    public record Run(String caseId, String window, String optimizer, double initialLoss, double finalLoss, long evaluations,
            long evaluationsToReference, double seconds, StopReason stopReason, long budget, BestLossTrace trace) {

        /** The lowest loss seen within {@code evaluations} evaluations (the initial loss before the first iteration). */
        public double bestWithin(long evaluations) {
            return Math.min(initialLoss, trace.bestWithin(evaluations));
        }
    }

    /**
     * Best-so-far loss after each recorded iteration, against the evaluations spent.
     *
     * @param evaluations ascending
     * @param bestLoss    non-increasing
     */
    public record BestLossTrace(long[] evaluations, double[] bestLoss) {

        public BestLossTrace {
            if (evaluations.length != bestLoss.length) {
                throw new IllegalArgumentException("evaluations and bestLoss differ in length");
            }
        }

        /** The best loss after at most {@code budget} evaluations, +∞ before the first record. */
        public double bestWithin(long budget) {
            double b = Double.POSITIVE_INFINITY;
            for (int i = 0; i < evaluations.length && evaluations[i] <= budget; i++) {
                b = bestLoss[i];
            }
            return b;
        }
    }

    /**
     * The median over windows of {@code optimizer}'s best loss divided by the reference's final loss, after
     * each fraction of the window's budget: below 1 the median window has reached the reference's loss. With
     * the reference using its whole budget (as BFGS does here), the issue 7 criterion is that the curve falls
     * to 1 by fraction ½.
     */
    public static double[] medianLossRatioCurve(List<Run> runs, String optimizer, double[] budgetFractions) {
        Map<String, Double> referenceFinal = new HashMap<>();
        String reference = runs.isEmpty() ? null : runs.get(0).optimizer();
        List<Run> mine = new ArrayList<>();
        for (Run r : runs) {
            if (r.optimizer().equals(reference)) {
                referenceFinal.put(r.window(), r.finalLoss());
            }
            if (r.optimizer().equals(optimizer)) {
                mine.add(r);
            }
        }
        double[] curve = new double[budgetFractions.length];
        List<Double> ratios = new ArrayList<>(mine.size());
        for (int j = 0; j < budgetFractions.length; j++) {
            ratios.clear();
            for (Run r : mine) {
                long evals = (long) Math.floor(budgetFractions[j] * r.budget());
                ratios.add(r.bestWithin(evals) / referenceFinal.get(r.window()));
            }
            curve[j] = median(ratios);
        }
        return curve;
    }

    /**
     * Per case, in order of first appearance: the median over the case's windows of the evaluations
     * {@code optimizer} needed to reach the reference's final loss, as a fraction of the reference's
     * evaluations on that window; a window it never reaches counts as +∞ (so a case whose median window
     * is not reached is +∞). The issue 7 criterion asks for the median of these over cases to be at most ½.
     *
     * @param runs every run of a benchmark, each window's reference run before the others (as {@link #run} returns them)
     */
    public static Map<String, Double> caseMedianEvaluationRatios(List<Run> runs, String optimizer) {
        Map<String, Double> referenceEvaluations = new HashMap<>();
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        String reference = runs.isEmpty() ? null : runs.get(0).optimizer();
        for (Run r : runs) {
            if (r.optimizer().equals(reference)) {
                referenceEvaluations.put(r.window(), (double) r.evaluations());
            }
        }
        for (Run r : runs) {
            if (!r.optimizer().equals(optimizer)) {
                continue;
            }
            Double ref = referenceEvaluations.get(r.window());
            if (ref == null) {
                throw new IllegalArgumentException("window " + r.window() + " has no run of the reference " + reference);
            }
            double ratio = r.evaluationsToReference() < 0 ? Double.POSITIVE_INFINITY : r.evaluationsToReference() / ref;
            ratios.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(ratio);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        ratios.forEach((c, v) -> out.put(c, median(v)));
        return out;
    }

    /** Median of a list (mean of the middle two for an even count; +∞ entries sort last); NaN when empty. */
    public static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** {@link #median(List)} of an array (not modified). */
    public static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }

    /** Evaluations (and iterations) each optimizer gets on {@code window}. */
    public long budgetFor(ReconstructionSuite.SuiteWindow window) {
        return (long) Math.ceil((double) evaluationsPerWindow * ReconstructionConfig.DEFAULT.windowFrames()
                / window.spec().config().windowFrames());
    }

    /** Runs every optimizer on {@code window}; the reference first. Returns one run per optimizer, in order. */
    public List<Run> run(ReconstructionSuite.SuiteWindow window, BooleanSupplier cancelled) {
        List<Run> runs = new ArrayList<>(optimizers.size());
        double target = Double.NaN;
        for (int i = 0; i < optimizers.size(); i++) {
            ReconstructionProblem problem = window.spec().newProblem();
            double[] x0 = problem.initialPoint();
            double f0 = problem.evaluate(x0, null);
            problem.resetEvaluations();
            BestTrace trace = new BestTrace();
            long t0 = System.nanoTime();
            long budget = budgetFor(window);
            OptimizeResult r = Minimizer.minimize(optimizers.get(i), problem, x0,
                    new Budget((int) Math.min(Integer.MAX_VALUE, budget), budget), convergence,
                    e -> trace.add(e.evaluations(), e.loss()), cancelled);
            double seconds = (System.nanoTime() - t0) * 1e-9;
            double best = Math.min(trace.best(), r.value());
            if (i == 0) {
                target = best;
            }
            long reach = trace.evaluationsToReach(target + REACH_SLACK * Math.abs(target));
            if (reach < 0 && best <= target + REACH_SLACK * Math.abs(target)) {
                reach = r.evaluations();
            }
            runs.add(new Run(window.caseId(), window.id(), labels.get(i), f0, best, r.evaluations(), reach, seconds,
                    r.stopReason(), budget, trace.toRecord()));
            if (r.stopReason() == StopReason.CANCELLED) {
                break;
            }
        }
        return runs;
    }

    /** Best-so-far loss against evaluations, from the iteration events. */
    private static final class BestTrace {
        private long[] evaluations = new long[64];
        private double[] best = new double[64];
        private int size;

        void add(long evals, double loss) {
            if (size == evaluations.length) {
                evaluations = Arrays.copyOf(evaluations, 2 * size);
                best = Arrays.copyOf(best, 2 * size);
            }
            double previous = size == 0 ? Double.POSITIVE_INFINITY : best[size - 1];
            evaluations[size] = evals;
            best[size] = Double.isNaN(loss) ? previous : Math.min(previous, loss);
            size++;
        }

        double best() {
            return size == 0 ? Double.POSITIVE_INFINITY : best[size - 1];
        }

        BestLossTrace toRecord() {
            return new BestLossTrace(Arrays.copyOf(evaluations, size), Arrays.copyOf(best, size));
        }

        long evaluationsToReach(double target) {
            for (int i = 0; i < size; i++) {
                if (best[i] <= target) {
                    return evaluations[i];
                }
            }
            return -1;
        }
    }
}
