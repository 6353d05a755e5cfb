/**
 * Learned optimizers. A {@link org.optimusmotion.optimizer.learned.LearnedOptimizer} is an architecture
 * whose meta-parameters θ are one flat {@code double[]}; {@code withWeights(θ)} turns it into an ordinary
 * {@link org.optimusmotion.optimizer.Optimizer}, and {@link org.optimusmotion.optimizer.learned.LearnedRun}
 * holds the iteration state (iterate, gradient, Adafactor accumulators, Optimus's preconditioner B),
 * preallocated at start, with θ given per step so that PES can drive + and − copies.
 *
 * <ul>
 *   <li>{@link org.optimusmotion.optimizer.learned.AdafactorMlp}: per-coordinate MLP on the 39 Adafactor
 *       features (Metz et al. 2022), the learned baseline.</li>
 *   <li>{@link org.optimusmotion.optimizer.learned.Optimus}: Transformer over the parameters (tokens =
 *       coordinates, no positional encoding, per-parameter linear layers) predicting one rank-one term
 *       u_l u_lᵀ per encoder for a preconditioner B (B₀ = I, normalised after each update) and a step
 *       s = d·exp(a·λ_exp)·λ_step·exp(10·θ_logStep); update x ← x − B s (Gärtner et al., CVPR 2023).</li>
 * </ul>
 *
 * <p>Choices the public sources leave open (docs/optimus-design.md; {@link org.optimusmotion.optimizer.learned.OptimusConfig}):
 * D = 32, 4 heads, FFN 64, L = 3 pre-LN encoders with GELU; u_l from a LayerNorm + linear head after each
 * encoder (weights σ = 0.01, so B ≈ I untrained); B normalised by trace/n (dimension invariant;
 * Frobenius selectable); B updated before it is applied; step branch = two-layer ReLU MLP (32) on
 * [features, LN(h_L)]; λ_exp = 1e-3 and λ_step = 1e-2 with a meta-learned log step scale (ours, 0 at init,
 * entering as exp(10·θ) like the decay offsets). B is dense up to n = 2000; larger problems are refused.
 *
 * <p>Weights files: {@link org.optimusmotion.optimizer.learned.LearnedWeights} (magic, version, kind,
 * architecture, θ, SHA-256); {@link org.optimusmotion.optimizer.learned.LearnedOptimizers#load} builds an
 * optimizer in one call.
 */
package org.optimusmotion.optimizer.learned;
