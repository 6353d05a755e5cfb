package org.optimusmotion.app.render;

import java.util.Objects;

/**
 * A lit sphere, for example a joint or a keypoint marker. Immutable.
 *
 * @param centre centre, world metres
 * @param radiusM radius in metres, &gt; 0
 * @param color surface colour
 */
public record Sphere(Vec3 centre, double radiusM, Rgba color) {

    public Sphere {
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(color, "color");
        if (!(radiusM > 0) || !Double.isFinite(radiusM)) {
            throw new IllegalArgumentException("Sphere.radiusM must be finite and > 0, got " + radiusM);
        }
    }
}
