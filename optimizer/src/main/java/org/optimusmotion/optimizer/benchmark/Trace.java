package org.optimusmotion.optimizer.benchmark;

import java.util.Arrays;
import org.optimusmotion.optimizer.IterationEvent;
import org.optimusmotion.optimizer.OptimizationListener;

/**
 * The loss history of one run: for iteration k = 0..size-1 (0 = start), the optimality gap
 * {@code f - f*} and the evaluations used so far. Records into preallocated arrays.
 */
public final class Trace implements OptimizationListener {

    private final double fStar;
    private double[] gap;
    private long[] evaluations;
    private int size;

    public Trace(double fStar, int expectedIterations) {
        this.fStar = fStar;
        this.gap = new double[expectedIterations + 1];
        this.evaluations = new long[expectedIterations + 1];
    }

    @Override
    public void onIteration(IterationEvent event) {
        if (size == gap.length) {
            gap = Arrays.copyOf(gap, 2 * size + 1);
            evaluations = Arrays.copyOf(evaluations, 2 * size + 1);
        }
        gap[size] = event.loss() - fStar;
        evaluations[size] = event.evaluations();
        size++;
    }

    /** Number of recorded points (iterations + 1). */
    public int size() {
        return size;
    }

    /** Gap {@code f - f*} after iteration k. */
    public double gap(int k) {
        return gap[k];
    }

    /** Evaluations used by the end of iteration k. */
    public long evaluations(int k) {
        return evaluations[k];
    }

    /** Lowest gap seen so far up to the end (NaN-free; +Inf if every value was NaN). */
    public double bestGap() {
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < size; k++) {
            if (gap[k] < best) {
                best = gap[k];
            }
        }
        return best;
    }

    /** First iteration whose gap is at most {@code target}, or -1 if none. */
    public int firstIterationAtOrBelow(double target) {
        for (int k = 0; k < size; k++) {
            if (gap[k] <= target) {
                return k;
            }
        }
        return -1;
    }
}
