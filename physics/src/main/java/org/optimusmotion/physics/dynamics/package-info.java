/**
 * Rigid-body dynamics of the articulated body in reduced coordinates, one class per pipeline stage:
 * {@link org.optimusmotion.physics.dynamics.Kinematics} (poses, keypoints),
 * {@link org.optimusmotion.physics.dynamics.InverseDynamics} (RNEA and its adjoint),
 * {@link org.optimusmotion.physics.dynamics.MassMatrix} (CRBA, sparse L^T D L),
 * {@link org.optimusmotion.physics.dynamics.Actuation} (PD towards interpolated q-hat, soft limits,
 * damping) and {@link org.optimusmotion.physics.dynamics.Simulator} (semi-implicit Euler step and
 * rollout). Defaults: 30 fps video, 20 sub-steps (dt = 1/600 s). Every stage with a {@code forward}
 * has a {@code backward} (vector-Jacobian product) next to it.
 */
package org.optimusmotion.physics.dynamics;
