package org.optimusmotion.optimizer.benchmark;

/** Progress of a benchmark, for a terminal progress bar or a GUI. Called from worker threads. */
@FunctionalInterface
public interface BenchmarkProgress {

    /** One run finished; {@code done} of {@code total} runs are complete. */
    void runFinished(RunRecord record, int done, int total);

    BenchmarkProgress NONE = (record, done, total) -> { };
}
