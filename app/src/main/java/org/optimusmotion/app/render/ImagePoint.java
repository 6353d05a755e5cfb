package org.optimusmotion.app.render;

/**
 * Where a world point lands in the image.
 *
 * @param u column in pixels, 0 at the centre of the leftmost pixel column
 * @param v row in pixels, 0 at the centre of the top pixel row (rows go down)
 * @param depthM depth along the camera's optical axis, metres (&le; 0: behind the camera)
 */
public record ImagePoint(double u, double v, double depthM) {
}
