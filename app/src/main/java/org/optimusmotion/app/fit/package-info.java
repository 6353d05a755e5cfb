/**
 * The fitting service the desktop app (and later the command line) calls: a
 * {@link org.optimusmotion.app.fit.MotionCase} loaded by {@link org.optimusmotion.app.fit.CaseLoader}
 * from a case folder or loose files, and a {@link org.optimusmotion.app.fit.FitService} that fits the
 * simulated body to it with a chosen optimizer, reporting {@link org.optimusmotion.app.fit.FitProgress}
 * (loss, evaluations, the current body pose) on the fitting thread, pausable and cancellable through a
 * {@link org.optimusmotion.app.fit.FitControl}.
 *
 * <p>{@link org.optimusmotion.app.fit.RolloutFitService} is the interim implementation: one
 * whole-clip {@code KeypointRolloutProblem} against the 3D input track. When
 * {@code physics.reconstruct.Reconstructor} lands, a second implementation of the same interface wraps
 * it and the app switches in one line ({@code FitServices.defaultService()}). No JavaFX here.
 */
package org.optimusmotion.app.fit;
