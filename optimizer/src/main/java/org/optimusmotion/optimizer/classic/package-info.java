/**
 * The classic optimizers: {@link org.optimusmotion.optimizer.classic.GradientDescent},
 * {@link org.optimusmotion.optimizer.classic.GradientDescentMomentum} (heavy ball),
 * {@link org.optimusmotion.optimizer.classic.Adam} (bias-corrected), dense
 * {@link org.optimusmotion.optimizer.classic.Bfgs} and {@link org.optimusmotion.optimizer.classic.Lbfgs},
 * the latter two with a strong-Wolfe line search (sub-package {@code linesearch}).
 *
 * <p>Each optimizer is an immutable record of hyperparameters; {@code start} returns a run holding all
 * workspaces, allocated once, so {@code step()} does not allocate. Every objective evaluation goes
 * through the {@link org.optimusmotion.optimizer.Problem} and is counted there.
 *
 * <p><b>NaN/Inf from the problem.</b> A non-finite point (value or any gradient entry) is never
 * accepted. GD, GD-M and Adam retry a rejected step at half the length, up to 30 times (each retry is
 * an evaluation); BFGS and L-BFGS backtrack inside the line search and reset their curvature
 * approximation once. When no finite point is found the step returns
 * {@link org.optimusmotion.optimizer.StepStatus#NUMERICAL_FAILURE} with the iterate unchanged, and
 * {@link org.optimusmotion.optimizer.Minimizer} stops with that reason.
 *
 * <p>Command-line names and specs ({@code gd, gdm, adam, bfgs, lbfgs}, {@code adam:lr=0.01}) are
 * parsed by {@link org.optimusmotion.optimizer.classic.OptimizerKind} and
 * {@link org.optimusmotion.optimizer.classic.OptimizerSpecParser}. Learning rates of the first-order
 * methods are tuned per function by {@code tuning.LearningRateTuner} and stored in
 * {@code tuning.TunedRates}.
 */
package org.optimusmotion.optimizer.classic;
