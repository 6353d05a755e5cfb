/**
 * Learning-rate tuning for the first-order baselines (GD, GD-M, Adam): {@link
 * org.optimusmotion.optimizer.classic.tuning.LearningRateTuner} grid-searches a half-decade log grid
 * (1e-5 … 1) per function family on training-dimension
 * {@link org.optimusmotion.optimizer.benchmark.BenchmarkProblem}s, scoring the mean of
 * {@code log10(f_final − f* + 1e-8)} after a fixed number of steps; {@link
 * org.optimusmotion.optimizer.classic.tuning.TunedRates} stores the winners in a JSON file that the
 * benchmark reads.
 */
package org.optimusmotion.optimizer.classic.tuning;
