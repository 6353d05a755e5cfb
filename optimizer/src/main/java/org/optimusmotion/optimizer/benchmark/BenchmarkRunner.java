package org.optimusmotion.optimizer.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.OptimizeResult;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.Problem;

/**
 * Runs every contender on every problem under the same budget and records full loss traces.
 * Runs are independent, so they go to a fixed thread pool; each run is deterministic, so results do
 * not depend on the number of threads (only wall times do).
 */
public final class BenchmarkRunner {

    private final BenchmarkSpec spec;

    public BenchmarkRunner(BenchmarkSpec spec) {
        this.spec = spec;
    }

    /**
     * Runs the benchmark.
     *
     * @param cancelled polled between iterations of every run; a cancelled benchmark throws
     *                  {@link java.util.concurrent.CancellationException}
     * @return one record per (problem, contender), problems in the given order, contenders in the given order
     */
    public BenchmarkResults run(List<BenchmarkProblem> problems, List<Contender> contenders,
                                BenchmarkProgress progress, BooleanSupplier cancelled) {
        int total = problems.size() * contenders.size();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(spec.threads(), runnable -> {
            Thread t = new Thread(runnable, "benchmark-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunRecord>> futures = new ArrayList<>(total);
            for (BenchmarkProblem problem : problems) {
                for (Contender contender : contenders) {
                    futures.add(pool.submit(() -> {
                        RunRecord record = runOne(problem, contender, cancelled);
                        progress.runFinished(record, done.incrementAndGet(), total);
                        return record;
                    }));
                }
            }
            List<RunRecord> records = new ArrayList<>(total);
            for (Future<RunRecord> future : futures) {
                records.add(future.get());
            }
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("benchmark cancelled");
            }
            return new BenchmarkResults(spec, problems, contenders, records);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("benchmark interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("benchmark run failed", cause);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one contender on one problem. */
    public RunRecord runOne(BenchmarkProblem problem, Contender contender, BooleanSupplier cancelled) {
        Optimizer optimizer = contender.factory().apply(problem);
        Problem instance = problem.factory().get();
        Trace trace = new Trace(problem.fStar(), spec.maxSteps());
        OptimizeResult result = Minimizer.minimize(optimizer, instance, problem.x0(),
                new Budget(spec.maxSteps(), spec.maxEvaluations()), ConvergenceChecker.never(), trace, cancelled);
        return new RunRecord(problem, contender.label(), optimizer.name(), trace, result.stopReason(),
                result.elapsedSeconds());
    }
}
