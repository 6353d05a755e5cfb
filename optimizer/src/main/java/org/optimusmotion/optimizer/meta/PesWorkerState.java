package org.optimusmotion.optimizer.meta;

/**
 * State of one PES particle (learned_optimization {@code PESWorkerState}): the inner states advanced
 * with θ+ε ({@code posState}) and θ−ε ({@code negState}), the accumulated perturbation ξ since the
 * episode started ({@code accumulator}, length |θ|), and the episode bookkeeping. The components are
 * mutable and owned by the estimator.
 */
public record PesWorkerState(InnerRun posState, InnerRun negState, double[] accumulator, Episode episode) {
}
