package org.optimusmotion.app.render;

import java.util.Arrays;
import java.util.Objects;

/**
 * A pinhole camera in OpenCV's convention: world to camera {@code x_cam = R x_world + t}, camera axes
 * x right, y down, z forward (viewing direction), and pixel {@code (u, v) = (fx x/z + cx, fy y/z + cy)}
 * with (0, 0) the centre of the top-left pixel. No lens distortion. Immutable: the arrays given to the
 * constructor are copied and accessors return copies.
 */
public final class PinholeCamera {

    /** Default near clipping distance, metres. */
    public static final double DEFAULT_NEAR_M = 0.05;
    /** Default far clipping distance, metres. */
    public static final double DEFAULT_FAR_M = 100.0;

    private final double fx;
    private final double fy;
    private final double cx;
    private final double cy;
    private final int width;
    private final int height;
    private final double[] rotation;
    private final double[] translation;
    private final double nearM;
    private final double farM;

    /**
     * @param fx focal length along u, pixels, &gt; 0
     * @param fy focal length along v, pixels, &gt; 0
     * @param cx principal point column, pixels
     * @param cy principal point row, pixels
     * @param width image width, pixels, in [1, 16384]
     * @param height image height, pixels, in [1, 16384]
     * @param rotationRowMajor R, world to camera, 3x3 row-major (9 values), orthonormal with det +1
     * @param translationM t, metres (3 values)
     * @param nearM near clipping distance, metres, &gt; 0
     * @param farM far clipping distance, metres, &gt; nearM
     */
    public PinholeCamera(double fx, double fy, double cx, double cy, int width, int height,
            double[] rotationRowMajor, double[] translationM, double nearM, double farM) {
        requirePositive("fx", fx);
        requirePositive("fy", fy);
        if (!Double.isFinite(cx) || !Double.isFinite(cy)) {
            throw new IllegalArgumentException("PinholeCamera principal point must be finite, got (" + cx + ", " + cy + ")");
        }
        if (width < 1 || width > 16384 || height < 1 || height > 16384) {
            throw new IllegalArgumentException(
                    "PinholeCamera size must be in [1, 16384] pixels, got " + width + "x" + height);
        }
        Objects.requireNonNull(rotationRowMajor, "rotationRowMajor");
        Objects.requireNonNull(translationM, "translationM");
        if (rotationRowMajor.length != 9 || translationM.length != 3) {
            throw new IllegalArgumentException("PinholeCamera needs R with 9 values and t with 3, got "
                    + rotationRowMajor.length + " and " + translationM.length);
        }
        requireOrthonormal(rotationRowMajor);
        for (double v : translationM) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("PinholeCamera t must be finite, got " + Arrays.toString(translationM));
            }
        }
        requirePositive("nearM", nearM);
        if (!(farM > nearM) || !Double.isFinite(farM)) {
            throw new IllegalArgumentException("PinholeCamera.farM must be finite and > nearM=" + nearM + ", got " + farM);
        }
        this.fx = fx;
        this.fy = fy;
        this.cx = cx;
        this.cy = cy;
        this.width = width;
        this.height = height;
        this.rotation = rotationRowMajor.clone();
        this.translation = translationM.clone();
        this.nearM = nearM;
        this.farM = farM;
    }

    /** The same camera with the default near and far distances. */
    public PinholeCamera(double fx, double fy, double cx, double cy, int width, int height,
            double[] rotationRowMajor, double[] translationM) {
        this(fx, fy, cx, cy, width, height, rotationRowMajor, translationM, DEFAULT_NEAR_M, DEFAULT_FAR_M);
    }

    /**
     * A camera at {@code eye} looking at {@code target}, with world +Z up in the image, square pixels
     * and the principal point at the image centre.
     *
     * @param verticalFovDeg vertical field of view, degrees, in (0, 180)
     */
    public static PinholeCamera lookAt(Vec3 eye, Vec3 target, double verticalFovDeg, int width, int height) {
        if (!(verticalFovDeg > 0 && verticalFovDeg < 180)) {
            throw new IllegalArgumentException("verticalFovDeg must be in (0, 180), got " + verticalFovDeg);
        }
        Vec3 forward = unit(target.minus(eye), "target - eye");
        // right = forward x up(Z); down = forward x right (OpenCV axes are right-handed).
        Vec3 right = unit(new Vec3(forward.y(), -forward.x(), 0), "forward x Z (camera looks straight up or down)");
        Vec3 down = new Vec3(forward.y() * right.z() - forward.z() * right.y(),
                forward.z() * right.x() - forward.x() * right.z(),
                forward.x() * right.y() - forward.y() * right.x());
        double[] r = {right.x(), right.y(), right.z(), down.x(), down.y(), down.z(), forward.x(), forward.y(), forward.z()};
        double[] t = new double[3];
        for (int i = 0; i < 3; i++) {
            t[i] = -(r[3 * i] * eye.x() + r[3 * i + 1] * eye.y() + r[3 * i + 2] * eye.z());
        }
        double f = 0.5 * height / Math.tan(Math.toRadians(verticalFovDeg) / 2);
        return new PinholeCamera(f, f, (width - 1) / 2.0, (height - 1) / 2.0, width, height, r, t);
    }

    /** Projects a world point. Points behind the camera get a non-positive depth and meaningless u, v. */
    public ImagePoint project(Vec3 p) {
        double[] r = rotation;
        double xc = r[0] * p.x() + r[1] * p.y() + r[2] * p.z() + translation[0];
        double yc = r[3] * p.x() + r[4] * p.y() + r[5] * p.z() + translation[1];
        double zc = r[6] * p.x() + r[7] * p.y() + r[8] * p.z() + translation[2];
        return new ImagePoint(fx * xc / zc + cx, fy * yc / zc + cy, zc);
    }

    /**
     * Writes the OpenGL clip-from-world matrix (column-major 4x4, 16 values) into {@code out}: the
     * projection below times [R t]. It maps the OpenCV camera frame straight to clip space, with
     * window x = u + 0.5 and window y = height - v - 0.5 (OpenGL rows go up; pixel centres sit at .5)
     * and depth -1 at {@code nearM}, +1 at {@code farM}:
     * <pre>
     * x_clip = (2 fx / W) x + (2 (cx + 0.5) / W - 1) z
     * y_clip = -(2 fy / H) y + (1 - 2 (cy + 0.5) / H) z
     * z_clip = (f + n) / (f - n) z - 2 f n / (f - n)
     * w_clip = z
     * </pre>
     */
    void clipFromWorld(double[] out) {
        double n = nearM;
        double f = farM;
        // P (row-major 4x4) acting on (x_cam, y_cam, z_cam, 1).
        double[] p = {
                2 * fx / width, 0, 2 * (cx + 0.5) / width - 1, 0,
                0, -2 * fy / height, 1 - 2 * (cy + 0.5) / height, 0,
                0, 0, (f + n) / (f - n), -2 * f * n / (f - n),
                0, 0, 1, 0};
        // M = [R t; 0 0 0 1] row-major.
        double[] m = {
                rotation[0], rotation[1], rotation[2], translation[0],
                rotation[3], rotation[4], rotation[5], translation[1],
                rotation[6], rotation[7], rotation[8], translation[2],
                0, 0, 0, 1};
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 4; col++) {
                double s = 0;
                for (int k = 0; k < 4; k++) {
                    s += p[4 * row + k] * m[4 * k + col];
                }
                out[4 * col + row] = s; // column-major for OpenGL
            }
        }
    }

    /** Camera centre in world coordinates, {@code -R^T t}, metres. */
    public Vec3 centreM() {
        double[] r = rotation;
        double[] t = translation;
        return new Vec3(-(r[0] * t[0] + r[3] * t[1] + r[6] * t[2]),
                -(r[1] * t[0] + r[4] * t[1] + r[7] * t[2]),
                -(r[2] * t[0] + r[5] * t[1] + r[8] * t[2]));
    }

    public double fx() {
        return fx;
    }

    public double fy() {
        return fy;
    }

    public double cx() {
        return cx;
    }

    public double cy() {
        return cy;
    }

    /** Image width, pixels. */
    public int width() {
        return width;
    }

    /** Image height, pixels. */
    public int height() {
        return height;
    }

    /** R, world to camera, 3x3 row-major (a copy). */
    public double[] rotationRowMajor() {
        return rotation.clone();
    }

    /** R itself, for the renderer's per-frame use only: callers in this package must not write it. */
    double[] rotationUnsafe() {
        return rotation;
    }

    /** t, metres (a copy). */
    public double[] translationM() {
        return translation.clone();
    }

    public double nearM() {
        return nearM;
    }

    public double farM() {
        return farM;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PinholeCamera c && fx == c.fx && fy == c.fy && cx == c.cx && cy == c.cy
                && width == c.width && height == c.height && Arrays.equals(rotation, c.rotation)
                && Arrays.equals(translation, c.translation) && nearM == c.nearM && farM == c.farM;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fx, fy, cx, cy, width, height, Arrays.hashCode(rotation), Arrays.hashCode(translation));
    }

    @Override
    public String toString() {
        return "PinholeCamera[fx=" + fx + ", fy=" + fy + ", cx=" + cx + ", cy=" + cy + ", " + width + "x" + height
                + ", R=" + Arrays.toString(rotation) + ", t=" + Arrays.toString(translation) + "]";
    }

    private static void requirePositive(String name, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("PinholeCamera." + name + " must be finite and > 0, got " + v);
        }
    }

    private static void requireOrthonormal(double[] r) {
        // R R^T = I within 1e-6 (tolerates rotations read from text files with ~7 digits).
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double dot = r[3 * i] * r[3 * j] + r[3 * i + 1] * r[3 * j + 1] + r[3 * i + 2] * r[3 * j + 2];
                if (!(Math.abs(dot - (i == j ? 1 : 0)) < 1e-6)) {
                    throw new IllegalArgumentException("PinholeCamera R must be a rotation (R R^T = I), got "
                            + Arrays.toString(r));
                }
            }
        }
        double det = r[0] * (r[4] * r[8] - r[5] * r[7]) - r[1] * (r[3] * r[8] - r[5] * r[6])
                + r[2] * (r[3] * r[7] - r[4] * r[6]);
        if (!(det > 0)) {
            throw new IllegalArgumentException("PinholeCamera R must have determinant +1 (a rotation, not a reflection), got "
                    + det);
        }
    }

    private static Vec3 unit(Vec3 v, String what) {
        double n = v.norm();
        if (!(n > 1e-12)) {
            throw new IllegalArgumentException("cannot build a camera: " + what + " has zero length");
        }
        return v.times(1 / n);
    }
}
