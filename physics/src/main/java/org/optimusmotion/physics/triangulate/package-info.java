/**
 * Multi-view triangulation of keypoints from calibrated cameras
 * ({@link org.optimusmotion.physics.camera.Camera}): confidence-weighted DLT on undistorted rays,
 * refined by Gauss-Newton on the pixel reprojection error through the same camera model, with
 * rejection of outlier views ({@link org.optimusmotion.physics.triangulate.PointTriangulator});
 * whole tracks ({@link org.optimusmotion.physics.triangulate.TrackTriangulator}) and their
 * reprojection-error summary ({@link org.optimusmotion.physics.triangulate.ReprojectionSummary}).
 * World frame and pixel conventions as in the camera package.
 */
package org.optimusmotion.physics.triangulate;
