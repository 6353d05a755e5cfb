package org.optimusmotion.app.render;

/**
 * A point or direction in world space, metres. Immutable.
 *
 * @param x along world X
 * @param y along world Y
 * @param z along world Z (up)
 */
public record Vec3(double x, double y, double z) {

    public Vec3 {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("Vec3 components must be finite, got (" + x + ", " + y + ", " + z + ")");
        }
    }

    /** {@code this + o}. */
    public Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    /** {@code this - o}. */
    public Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    /** {@code s * this}. */
    public Vec3 times(double s) {
        return new Vec3(s * x, s * y, s * z);
    }

    /** Euclidean length. */
    public double norm() {
        return Math.sqrt(x * x + y * y + z * z);
    }
}
