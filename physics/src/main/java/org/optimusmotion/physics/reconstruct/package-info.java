/**
 * Physics-based motion reconstruction (DiffPhy): the windowed objective over the initial state and
 * PD targets ({@link org.optimusmotion.physics.reconstruct.ReconstructionProblem}), body fitting to
 * bone lengths, inverse kinematics for the kinematic prior, the window policy that shortens windows for
 * a fast-moving root ({@link org.optimusmotion.physics.reconstruct.AdaptiveWindowRule}), and the sequential,
 * warm-started, cancellable {@link org.optimusmotion.physics.reconstruct.Reconstructor}.
 */
package org.optimusmotion.physics.reconstruct;
