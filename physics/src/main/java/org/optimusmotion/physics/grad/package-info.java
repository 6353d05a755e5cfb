/**
 * Reverse-mode gradients of rollouts ({@link org.optimusmotion.physics.grad.RolloutGradient}: implicit
 * function theorem on the equations of motion plus hand-written adjoints of RNEA, contact and
 * kinematics), a keypoint-loss problem over (s0, q-hat) for optimizers, and finite-difference
 * checks.
 */
package org.optimusmotion.physics.grad;
