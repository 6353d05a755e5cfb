/**
 * Generic optimization, independent of bodies, physics and user interfaces.
 *
 * <p>A {@link org.optimusmotion.optimizer.Problem} computes value and gradient into caller-owned
 * arrays and counts evaluations. An {@link org.optimusmotion.optimizer.Optimizer} holds only
 * hyperparameters (or learned weights); its {@link org.optimusmotion.optimizer.OptimizerRun} holds
 * the iteration state and advances one step at a time. {@link org.optimusmotion.optimizer.Minimizer}
 * drives a run under a {@link org.optimusmotion.optimizer.Budget} and a
 * {@link org.optimusmotion.optimizer.ConvergenceChecker}, publishing
 * {@link org.optimusmotion.optimizer.IterationEvent}s.
 *
 * <p>Sub-packages: {@code functions} (classic test functions and suites), {@code classic}
 * (GD, GD-momentum, Adam, BFGS, L-BFGS), {@code learned} (AdafactorMLP, Optimus), {@code meta}
 * (PES meta-training), {@code benchmark} (side-by-side runs and reports).
 */
package org.optimusmotion.optimizer;
