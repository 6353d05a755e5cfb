/**
 * A monocular 3D kinematic estimate from one view's 2D keypoints and its calibrated camera
 * ({@link org.optimusmotion.physics.lift.MonocularLift}): per-frame inverse kinematics of a keypoint
 * skeleton with template bone lengths ({@link org.optimusmotion.physics.lift.SkeletonTemplate}), the
 * feet kept on the floor plane z = 0 to fix the depth. docs/real-pose2sim.md explains the model.
 */
package org.optimusmotion.physics.lift;
