/**
 * Side-by-side benchmarks of optimizers on a fixed set of problems.
 *
 * <p>{@link org.optimusmotion.optimizer.benchmark.BenchmarkRunner} runs every
 * {@link org.optimusmotion.optimizer.benchmark.Contender} on every
 * {@link org.optimusmotion.optimizer.benchmark.BenchmarkProblem} with the same step budget and records
 * the full loss trace; {@link org.optimusmotion.optimizer.benchmark.BenchmarkResults} derives the
 * per-problem target and steps/evaluations to target (definition in its class comment);
 * {@link org.optimusmotion.optimizer.benchmark.BenchmarkReportWriter} writes CSV, JSON, Markdown and PNG.
 */
package org.optimusmotion.optimizer.benchmark;
