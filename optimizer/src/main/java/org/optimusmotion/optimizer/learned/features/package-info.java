/**
 * Input features of the learned optimizers: the AdafactorMLP per-parameter features of Metz et al.
 * 2022 (learned_optimization {@code adafac_mlp_lopt.py}, PAPERS.md A.2–A.3), reproduced exactly for a
 * 1-D parameter vector: momentum (3 decays), RMS and non-factored Adafactor (3 decays) accumulators
 * updated before the features are built, 28 channels normalised by their root-mean-square over all n
 * coordinates (the only cross-coordinate coupling of AdafactorMLP), and 11 tanh step-count features.
 * Decays are meta-learned through offsets: β = 1 − (1 − β₀)·exp(10·θ).
 */
package org.optimusmotion.optimizer.learned.features;
