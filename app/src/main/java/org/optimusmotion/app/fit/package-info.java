/**
 * The fitting service the desktop app (and later the command line) calls: a
 * {@link org.optimusmotion.app.fit.MotionCase} loaded by {@link org.optimusmotion.app.fit.CaseLoader}
 * from a case folder or loose files, and a {@link org.optimusmotion.app.fit.FitService} that fits the
 * simulated body to it with a chosen optimizer, reporting {@link org.optimusmotion.app.fit.FitProgress}
 * (loss, evaluations, the current body pose) on the fitting thread, pausable and cancellable through a
 * {@link org.optimusmotion.app.fit.FitControl}.
 *
 * <p>{@link org.optimusmotion.app.fit.ReconstructionFitService} (the default) wraps
 * {@code physics.reconstruct.Reconstructor}; {@link org.optimusmotion.app.fit.KinematicFitService}
 * (joint angles by forward kinematics, fast, no physics) and
 * {@link org.optimusmotion.app.fit.RolloutFitService} (one whole-clip rollout) came first and stay
 * as quick alternatives. {@link org.optimusmotion.app.fit.FitMethod} picks one. No JavaFX here.
 */
package org.optimusmotion.app.fit;
