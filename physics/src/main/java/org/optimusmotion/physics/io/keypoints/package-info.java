/**
 * Keypoint track formats and the skeleton-mapping layer. 2D: OpenPose JSON folders (BODY_25,
 * BODY_25B), COCO keypoint JSON (COCO-17), MediaPipe Pose landmarks (JSON, CSV; 33 landmarks) and our
 * plain CSV ({@link org.optimusmotion.physics.io.keypoints.Keypoints2DCsv}). 3D: our CSV
 * ({@link org.optimusmotion.physics.io.keypoints.Keypoints3DCsv}) and TRC (Pose2Sim / OpenSim).
 * {@link org.optimusmotion.physics.io.keypoints.KeypointFiles} picks the reader from the path.
 *
 * <p>Every reader maps its source joints onto the canonical keypoints with a
 * {@link org.optimusmotion.physics.io.keypoints.SkeletonMapping}; the predefined ones are in
 * {@link org.optimusmotion.physics.io.keypoints.SkeletonMappings}. Missing joints and frames are
 * allowed (confidence 0 / invalid). Formats are documented in {@code docs/formats.md}.
 */
package org.optimusmotion.physics.io.keypoints;
