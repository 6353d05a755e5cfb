package org.optimusmotion.physics.camera;

/**
 * A calibrated pinhole camera with two-term radial distortion.
 *
 * <p>Projection of a world point {@code X} (metres):
 * <pre>
 *   X_c = R·X + t                      (world to camera)
 *   x = X_c/Z_c,  y = Y_c/Z_c,  r² = x² + y²
 *   d = 1 + k1·r² + k2·r⁴              (radial distortion, OpenCV model without tangential terms)
 *   u = fx·x·d + cx,  v = fy·y·d + cy   (pixels)
 * </pre>
 * {@link #projectWithJacobian} also gives {@code ∂(u, v)/∂X} (2×3) for gradients of reprojection
 * losses. Points at or behind the camera plane ({@code Z_c <= MIN_DEPTH_M}) are reported as not
 * projectable.
 *
 * <p>Immutable and thread-safe; the projection methods do not allocate.
 *
 * @param fx            focal length along x, pixels, > 0
 * @param fy            focal length along y, pixels, > 0
 * @param cx            principal point x, pixels
 * @param cy            principal point y, pixels
 * @param widthPx       image width, pixels, > 0
 * @param heightPx      image height, pixels, > 0
 * @param k1            first radial distortion coefficient (0 = none)
 * @param k2            second radial distortion coefficient (0 = none)
 * @param rotation      world-to-camera rotation, row-major 3×3, orthonormal with determinant +1
 * @param translationM  world-to-camera translation, metres (3)
 */
public record Camera(double fx, double fy, double cx, double cy, int widthPx, int heightPx, double k1, double k2,
                     double[] rotation, double[] translationM) {

    /** Depth below which a point is treated as behind the camera, metres. */
    public static final double MIN_DEPTH_M = 1e-6;

    /** Tolerance of the orthonormality check on {@code rotation}. */
    private static final double ROTATION_TOLERANCE = 1e-6;

    public Camera {
        requirePositive("fx", fx);
        requirePositive("fy", fy);
        requireFinite("cx", cx);
        requireFinite("cy", cy);
        requireFinite("k1", k1);
        requireFinite("k2", k2);
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("image size must be > 0, got " + widthPx + "x" + heightPx);
        }
        if (rotation == null || rotation.length != 9) {
            throw new IllegalArgumentException("rotation must have 9 values (row-major 3x3)");
        }
        if (translationM == null || translationM.length != 3) {
            throw new IllegalArgumentException("translationM must have 3 values");
        }
        rotation = rotation.clone();
        translationM = translationM.clone();
        for (double v : rotation) {
            requireFinite("rotation", v);
        }
        for (double v : translationM) {
            requireFinite("translationM", v);
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double dot = rotation[3 * i] * rotation[3 * j] + rotation[3 * i + 1] * rotation[3 * j + 1]
                        + rotation[3 * i + 2] * rotation[3 * j + 2];
                if (Math.abs(dot - (i == j ? 1 : 0)) > ROTATION_TOLERANCE) {
                    throw new IllegalArgumentException("rotation is not orthonormal (rows " + i + ", " + j
                            + " have dot product " + dot + ")");
                }
            }
        }
        if (Rotations.determinant(rotation) < 0) {
            throw new IllegalArgumentException("rotation has determinant -1 (a reflection)");
        }
    }

    /** A camera from intrinsics and a Rodrigues rotation vector (OpenCV {@code rvec}, radians). */
    public static Camera fromRodrigues(double fx, double fy, double cx, double cy, int widthPx, int heightPx,
                                       double k1, double k2, double[] rodrigues, double[] translationM) {
        return new Camera(fx, fy, cx, cy, widthPx, heightPx, k1, k2, Rotations.fromRodrigues(rodrigues), translationM);
    }

    /** Copy of the world-to-camera rotation (row-major 3×3). */
    @Override
    public double[] rotation() {
        return rotation.clone();
    }

    /** Copy of the world-to-camera translation, metres. */
    @Override
    public double[] translationM() {
        return translationM.clone();
    }

    /** Camera centre in world coordinates, {@code -Rᵀ·t}, metres. */
    public double[] centreM() {
        double[] c = new double[3];
        for (int a = 0; a < 3; a++) {
            c[a] = -(rotation[a] * translationM[0] + rotation[3 + a] * translationM[1] + rotation[6 + a] * translationM[2]);
        }
        return c;
    }

    /**
     * Projects world point {@code world[off..off+2]} (metres) to pixels {@code out[outOff..outOff+1]}.
     *
     * @return false (and {@code out} untouched) if the point is at or behind the camera plane
     */
    public boolean project(double[] world, int off, double[] out, int outOff) {
        return projectWithJacobian(world, off, out, outOff, null, 0);
    }

    /**
     * Projects like {@link #project} and writes {@code J = ∂(u, v)/∂(X, Y, Z)} (pixels per metre,
     * row-major 2×3) into {@code jacobian[jOff..jOff+5]} when {@code jacobian} is not {@code null}.
     *
     * @return false (outputs untouched) if the point is at or behind the camera plane
     */
    public boolean projectWithJacobian(double[] world, int off, double[] out, int outOff, double[] jacobian, int jOff) {
        double wx = world[off];
        double wy = world[off + 1];
        double wz = world[off + 2];
        double xc = rotation[0] * wx + rotation[1] * wy + rotation[2] * wz + translationM[0];
        double yc = rotation[3] * wx + rotation[4] * wy + rotation[5] * wz + translationM[1];
        double zc = rotation[6] * wx + rotation[7] * wy + rotation[8] * wz + translationM[2];
        if (!(zc > MIN_DEPTH_M)) {
            return false;
        }
        double iz = 1.0 / zc;
        double x = xc * iz;
        double y = yc * iz;
        double r2 = x * x + y * y;
        double d = 1 + k1 * r2 + k2 * r2 * r2;
        out[outOff] = fx * x * d + cx;
        out[outOff + 1] = fy * y * d + cy;
        if (jacobian == null) {
            return true;
        }
        // ∂d/∂r² = k1 + 2·k2·r²; ∂u/∂x = fx·(d + 2x²·d'), ∂u/∂y = fx·2xy·d', likewise for v.
        double dd = k1 + 2 * k2 * r2;
        double dudx = fx * (d + 2 * x * x * dd);
        double dudy = fx * 2 * x * y * dd;
        double dvdx = fy * 2 * x * y * dd;
        double dvdy = fy * (d + 2 * y * y * dd);
        // ∂x/∂X_c = (1/Z, 0, -x/Z), ∂y/∂X_c = (0, 1/Z, -y/Z); then ∂X_c/∂X = R.
        double gu0 = dudx * iz;
        double gu1 = dudy * iz;
        double gu2 = -(dudx * x + dudy * y) * iz;
        double gv0 = dvdx * iz;
        double gv1 = dvdy * iz;
        double gv2 = -(dvdx * x + dvdy * y) * iz;
        for (int a = 0; a < 3; a++) {
            jacobian[jOff + a] = gu0 * rotation[a] + gu1 * rotation[3 + a] + gu2 * rotation[6 + a];
            jacobian[jOff + 3 + a] = gv0 * rotation[a] + gv1 * rotation[3 + a] + gv2 * rotation[6 + a];
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Camera c)) {
            return false;
        }
        return fx == c.fx && fy == c.fy && cx == c.cx && cy == c.cy && widthPx == c.widthPx
                && heightPx == c.heightPx && k1 == c.k1 && k2 == c.k2
                && java.util.Arrays.equals(rotation, c.rotation) && java.util.Arrays.equals(translationM, c.translationM);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(fx, fy, cx, cy, widthPx, heightPx, k1, k2,
                java.util.Arrays.hashCode(rotation), java.util.Arrays.hashCode(translationM));
    }

    @Override
    public String toString() {
        return "Camera[f=(" + fx + ", " + fy + "), c=(" + cx + ", " + cy + "), " + widthPx + "x" + heightPx
                + ", k=(" + k1 + ", " + k2 + "), R=" + java.util.Arrays.toString(rotation)
                + ", t=" + java.util.Arrays.toString(translationM) + "]";
    }

    private static void requirePositive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + v);
        }
    }

    private static void requireFinite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite, got " + v);
        }
    }
}
