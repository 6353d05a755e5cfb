package org.optimusmotion.optimizer.benchmark;

import org.optimusmotion.optimizer.StopReason;

/**
 * One contender on one problem.
 *
 * @param problem        the problem
 * @param contender      label of the contender
 * @param optimizerName  canonical optimizer name with hyperparameters, e.g. {@code Adam_lr0.01}
 * @param trace          gap and evaluations per iteration
 * @param stopReason     why the run stopped
 * @param seconds        wall time of the run
 */
public record RunRecord(BenchmarkProblem problem, String contender, String optimizerName, Trace trace,
                        StopReason stopReason, double seconds) {

    /** Best gap {@code f - f*} reached. */
    public double bestGap() {
        return trace.bestGap();
    }

    /** Completed iterations. */
    public int iterations() {
        return trace.size() - 1;
    }

    /** Total evaluations. */
    public long evaluations() {
        return trace.evaluations(trace.size() - 1);
    }

    /** Mean wall time per iteration. */
    public double secondsPerStep() {
        return iterations() == 0 ? 0 : seconds / iterations();
    }
}
