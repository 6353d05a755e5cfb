/**
 * BVH (Biovision Hierarchy) motion files: {@link org.optimusmotion.physics.io.bvh.BvhReader},
 * {@link org.optimusmotion.physics.io.bvh.BvhWriter}, the hierarchy
 * ({@link org.optimusmotion.physics.io.bvh.BvhSkeleton}), the channel values
 * ({@link org.optimusmotion.physics.io.bvh.BvhMotion}), forward kinematics
 * ({@link org.optimusmotion.physics.io.bvh.BvhForwardKinematics}) and conversion to canonical
 * keypoints ({@link org.optimusmotion.physics.io.bvh.BvhKeypoints}).
 *
 * <p>Channel values stay in file units (rotations in degrees, positions in file length units) inside
 * {@code BvhMotion}; degrees are converted to radians only in forward kinematics, and lengths to
 * metres only in {@code BvhKeypoints}.
 */
package org.optimusmotion.physics.io.bvh;
