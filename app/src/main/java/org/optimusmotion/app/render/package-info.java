/**
 * Offscreen OpenGL rendering of simple scenes (capsules, spheres, line segments, a ground grid) seen
 * through a pinhole camera, read back into ARGB pixels.
 *
 * <p>Scenes are immutable value objects ({@link org.optimusmotion.app.render.RenderScene}); the world
 * is Z-up and in metres. The camera follows OpenCV's convention
 * ({@link org.optimusmotion.app.render.PinholeCamera}): {@code x_cam = R x_world + t}, pixel
 * {@code = K x_cam / z}, with pixel (0, 0) the centre of the top-left pixel. The
 * {@link org.optimusmotion.app.render.OffscreenRenderer} runs every OpenGL call on one thread it owns,
 * with an EGL context on Mesa's surfaceless platform (no display needed). No JavaFX here.
 */
package org.optimusmotion.app.render;
