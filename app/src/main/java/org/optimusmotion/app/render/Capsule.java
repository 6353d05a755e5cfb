package org.optimusmotion.app.render;

import java.util.Objects;

/**
 * A capsule: the set of points within {@code radiusM} of the segment from {@code a} to {@code b}
 * (a cylinder with hemispherical caps). Drawn lit. Immutable.
 *
 * @param a first endpoint, world metres
 * @param b second endpoint, world metres (may equal {@code a}: the capsule is then a sphere)
 * @param radiusM radius in metres, &gt; 0
 * @param color surface colour
 */
public record Capsule(Vec3 a, Vec3 b, double radiusM, Rgba color) {

    public Capsule {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(color, "color");
        if (!(radiusM > 0) || !Double.isFinite(radiusM)) {
            throw new IllegalArgumentException("Capsule.radiusM must be finite and > 0, got " + radiusM);
        }
    }
}
