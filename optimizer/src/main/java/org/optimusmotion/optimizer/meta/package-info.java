/**
 * Meta-training of learned optimizers with Persistent Evolution Strategies (PES; Vicol et al. 2021),
 * layered as in learned_optimization (STYLE.md rule 6): {@link org.optimusmotion.optimizer.meta.TruncatedUnroll}
 * defines the inner problem (tasks from a {@link org.optimusmotion.optimizer.meta.TaskSampler}, episodes with
 * log-uniform lengths, truncations of K steps), {@link org.optimusmotion.optimizer.meta.PesEstimator}
 * estimates meta-gradients from antithetic particle pairs ({@link org.optimusmotion.optimizer.meta.PesWorkerState}),
 * and {@link org.optimusmotion.optimizer.meta.MetaTrainer} runs Adam with clip-by-value on θ, checkpoints and
 * writes the meta-loss curve.
 *
 * <p>Meta-loss per inner step: log(f − f* + 1e-8) − log(f₀ − f* + 1e-8), averaged over the truncation
 * ({@link org.optimusmotion.optimizer.meta.MetaLoss}); NaN → 20. Every random number is derived from
 * (seed, outer step, particle, purpose) ({@link org.optimusmotion.optimizer.meta.Seeds}), particles run on a
 * fixed thread assignment and are reduced in order: results do not depend on the thread count, and a
 * resumed run continues exactly as an uninterrupted one.
 */
package org.optimusmotion.optimizer.meta;
