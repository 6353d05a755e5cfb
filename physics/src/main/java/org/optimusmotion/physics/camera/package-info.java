/**
 * Pinhole cameras with radial distortion ({@link org.optimusmotion.physics.camera.Camera}), their
 * JSON file format ({@link org.optimusmotion.physics.camera.CameraJson}, docs/formats.md), the
 * Pose2Sim TOML calibration ({@link org.optimusmotion.physics.camera.Pose2SimCalibration}) and rough
 * estimates when no calibration exists ({@link org.optimusmotion.physics.camera.CameraEstimate}).
 *
 * <p>Conventions (OpenCV): world points in metres (our world frame, Z up); extrinsics map world to
 * camera, {@code X_c = R·X_w + t}; camera axes x right, y down, z forward (viewing direction);
 * pixels with origin at the top-left corner, x right, y down.
 */
package org.optimusmotion.physics.camera;
