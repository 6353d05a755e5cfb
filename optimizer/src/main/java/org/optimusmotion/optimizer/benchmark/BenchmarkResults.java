package org.optimusmotion.optimizer.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a benchmark and the statistics derived from them.
 *
 * <h2>Target</h2>
 * For each problem the target gap is the lowest {@code f - f*} that any first-order baseline
 * (GD, GD-M, Adam) reached within the budget; when no first-order baseline took part, the lowest gap
 * any contender reached. A run reaches the target at the first iteration whose gap is at most
 * {@code target + tol * |target| + TARGET_FLOOR} ({@link BenchmarkSpec}). "Steps to target" and
 * "evaluations to target" are counted at that iteration. This makes the statistic
 * "needs 10x fewer steps than the best first-order baseline" read exactly as in the Optimus paper:
 * reach the best baseline's final quality in a tenth of the baseline's steps.
 */
public final class BenchmarkResults {

    /** Summary statistics of one contender over all problems. */
    public record ContenderSummary(String label, int problems, int reachedTarget, int tenTimesFewerSteps,
                                   double fraction10xFewerStepsThanBestFirstOrder, double medianBestGap,
                                   int lowestFinalGapCount, Map<Integer, Double> secondsPerStepByDimension) {
    }

    private final BenchmarkSpec spec;
    private final List<BenchmarkProblem> problems;
    private final List<Contender> contenders;
    private final List<RunRecord> records;
    private final double[] targetGap;

    public BenchmarkResults(BenchmarkSpec spec, List<BenchmarkProblem> problems, List<Contender> contenders,
                            List<RunRecord> records) {
        if (records.size() != problems.size() * contenders.size()) {
            throw new IllegalArgumentException("expected " + problems.size() * contenders.size()
                    + " records, got " + records.size());
        }
        this.spec = spec;
        this.problems = List.copyOf(problems);
        this.contenders = List.copyOf(contenders);
        this.records = List.copyOf(records);
        this.targetGap = new double[problems.size()];
        boolean anyFirstOrder = contenders.stream().anyMatch(Contender::firstOrder);
        for (int p = 0; p < problems.size(); p++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < contenders.size(); c++) {
                if (!anyFirstOrder || contenders.get(c).firstOrder()) {
                    best = Math.min(best, record(p, c).bestGap());
                }
            }
            targetGap[p] = best;
        }
    }

    public BenchmarkSpec spec() {
        return spec;
    }

    public List<BenchmarkProblem> problems() {
        return problems;
    }

    public List<Contender> contenders() {
        return contenders;
    }

    /** Record of problem index p and contender index c. */
    public RunRecord record(int p, int c) {
        return records.get(p * contenders.size() + c);
    }

    /** Target gap of problem p (see class comment); +Inf when no reference run produced a finite value. */
    public double targetGap(int p) {
        return targetGap[p];
    }

    /** The gap threshold a run must reach on problem p. */
    public double targetThreshold(int p) {
        double t = targetGap[p];
        return t + spec.targetRelativeTolerance() * Math.abs(t) + BenchmarkSpec.TARGET_FLOOR;
    }

    /** Iterations contender c needed to reach the target on problem p, or -1 if it never did. */
    public int stepsToTarget(int p, int c) {
        if (!Double.isFinite(targetGap[p])) {
            return -1;
        }
        return record(p, c).trace().firstIterationAtOrBelow(targetThreshold(p));
    }

    /** Evaluations contender c had used when it reached the target on problem p, or -1 if never. */
    public long evaluationsToTarget(int p, int c) {
        int k = stepsToTarget(p, c);
        return k < 0 ? -1 : record(p, c).trace().evaluations(k);
    }

    /** Fewest steps any first-order contender needed to reach problem p's target, or -1. */
    public int bestFirstOrderSteps(int p) {
        int best = -1;
        for (int c = 0; c < contenders.size(); c++) {
            if (contenders.get(c).firstOrder()) {
                int s = stepsToTarget(p, c);
                if (s >= 0 && (best < 0 || s < best)) {
                    best = s;
                }
            }
        }
        return best;
    }

    /** True when contender c reached problem p's target in at most a tenth of the best first-order steps. */
    public boolean tenTimesFewerSteps(int p, int c) {
        int baseline = bestFirstOrderSteps(p);
        int steps = stepsToTarget(p, c);
        return baseline >= 0 && steps >= 0 && 10L * steps <= baseline;
    }

    /** Per-contender statistics, in contender order. */
    public List<ContenderSummary> summaries() {
        List<ContenderSummary> out = new ArrayList<>();
        for (int c = 0; c < contenders.size(); c++) {
            int reached = 0;
            int tenX = 0;
            int lowest = 0;
            double[] gaps = new double[problems.size()];
            Map<Integer, double[]> stepTimes = new LinkedHashMap<>();
            for (int p = 0; p < problems.size(); p++) {
                RunRecord r = record(p, c);
                gaps[p] = r.bestGap();
                if (stepsToTarget(p, c) >= 0) {
                    reached++;
                }
                if (tenTimesFewerSteps(p, c)) {
                    tenX++;
                }
                if (hasLowestGap(p, c)) {
                    lowest++;
                }
                double[] acc = stepTimes.computeIfAbsent(problems.get(p).dimension(), d -> new double[2]);
                acc[0] += r.secondsPerStep();
                acc[1] += 1;
            }
            Arrays.sort(gaps);
            double median = gaps.length == 0 ? Double.NaN
                    : gaps.length % 2 == 1 ? gaps[gaps.length / 2]
                    : 0.5 * (gaps[gaps.length / 2 - 1] + gaps[gaps.length / 2]);
            Map<Integer, Double> perDim = new LinkedHashMap<>();
            stepTimes.forEach((d, acc) -> perDim.put(d, acc[0] / acc[1]));
            out.add(new ContenderSummary(contenders.get(c).label(), problems.size(), reached, tenX,
                    problems.isEmpty() ? 0 : (double) tenX / problems.size(), median, lowest, perDim));
        }
        return out;
    }

    private boolean hasLowestGap(int p, int c) {
        double mine = record(p, c).bestGap();
        for (int o = 0; o < contenders.size(); o++) {
            if (record(p, o).bestGap() < mine) {
                return false;
            }
        }
        return Double.isFinite(mine);
    }
}
