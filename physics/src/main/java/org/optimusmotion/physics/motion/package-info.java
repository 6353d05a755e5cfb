/**
 * Keypoint tracks in the canonical 19-keypoint layout of {@link org.optimusmotion.physics.model.Keypoint}:
 * {@link org.optimusmotion.physics.motion.KeypointSequence3D} (world positions in metres) and
 * {@link org.optimusmotion.physics.motion.KeypointSequence2D} (pixels with confidences).
 *
 * <p><b>World frame.</b> Right-handed, Z up, metres; the ground is the plane z = 0 where a file
 * defines one. Readers convert Y-up sources (BVH, TRC) with the cyclic permutation
 * {@code (x, y, z)_file -> (z, x, y)_world}, the same convention Pose2Sim uses between its TRC files
 * and its Z-up calibration.
 *
 * <p>Both types are immutable: constructors and accessors without the {@code Ref} suffix copy;
 * {@code xxxRef()} accessors return the internal arrays for allocation-free reading and must not be
 * modified. Instances are therefore safe to share between threads.
 */
package org.optimusmotion.physics.motion;
