package org.optimusmotion.app.render;

import java.util.Objects;

/**
 * An unlit one-pixel line between two world points, for example a bone of a skeleton or an axis.
 * Immutable.
 *
 * @param a first endpoint, world metres
 * @param b second endpoint, world metres
 * @param color line colour
 */
public record LineSegment(Vec3 a, Vec3 b, Rgba color) {

    public LineSegment {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(color, "color");
    }
}
