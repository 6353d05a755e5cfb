package org.optimusmotion.optimizer.meta;

/**
 * One meta-gradient estimate.
 *
 * @param gradient estimate of ∂(meta-loss)/∂θ, NaN entries already replaced by 0. Owned by the caller.
 * @param metaLoss the meta-loss the estimate was measured on (mean of the + and − copies), NaN → {@link MetaLoss#PENALTY}
 */
public record GradientEstimate(double[] gradient, double metaLoss) {
}
