/**
 * The two views of a clip: the video with the 2D keypoints and the reprojected fitted bodies drawn
 * over it ({@link org.optimusmotion.app.gui.viewer.VideoView}), and a 3D view per fit
 * ({@link org.optimusmotion.app.gui.viewer.SceneView}) rendered offscreen by the LWJGL renderer and
 * shown as an image, with orbit (drag), pan (right-drag or shift-drag) and zoom (wheel). Decoding and
 * rendering run through the task executor, newest request wins; the UI thread only copies pixels.
 */
package org.optimusmotion.app.gui.viewer;
