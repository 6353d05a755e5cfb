/** Losses of simulated keypoint trajectories with their gradients with respect to the keypoints. */
package org.optimusmotion.physics.loss;
