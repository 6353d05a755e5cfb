package org.optimusmotion.physics.camera;

import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Rough cameras for footage without calibration: square pixels, principal point at the image centre,
 * no distortion, focal length from a horizontal field of view ({@value #DEFAULT_HORIZONTAL_FOV_DEG}°
 * by default, typical of phone and webcam lenses), and a camera placed level with the person at the
 * distance where their height fills {@value #DEFAULT_FILL_FRACTION} of the image height.
 */
public final class CameraEstimate {

    /** Assumed horizontal field of view, degrees. */
    public static final double DEFAULT_HORIZONTAL_FOV_DEG = 60;
    /** Fraction of the image height the person's height should fill. */
    public static final double DEFAULT_FILL_FRACTION = 0.7;
    /** Body height assumed when a track gives none, metres. */
    public static final double DEFAULT_BODY_HEIGHT_M = 1.7;

    private CameraEstimate() {
    }

    /** Focal length in pixels for {@code widthPx} and a horizontal field of view: {@code (w/2) / tan(fov/2)}. */
    public static double focalLengthPx(int widthPx, double horizontalFovDeg) {
        if (widthPx <= 0 || !(horizontalFovDeg > 0 && horizontalFovDeg < 180)) {
            throw new IllegalArgumentException("need width > 0 and 0 < fov < 180, got " + widthPx + ", " + horizontalFovDeg);
        }
        return 0.5 * widthPx / Math.tan(Math.toRadians(horizontalFovDeg) / 2);
    }

    /**
     * A camera at {@code eye} looking at {@code target} (world metres, Z up) with estimated intrinsics.
     */
    public static Camera lookingAt(int widthPx, int heightPx, double[] eye, double[] target) {
        double f = focalLengthPx(widthPx, DEFAULT_HORIZONTAL_FOV_DEG);
        double[] r = Rotations.lookAt(eye, target, new double[] {0, 0, 1});
        double[] t = new double[3];
        for (int a = 0; a < 3; a++) {
            t[a] = -(r[3 * a] * eye[0] + r[3 * a + 1] * eye[1] + r[3 * a + 2] * eye[2]);
        }
        return new Camera(f, f, widthPx / 2.0, heightPx / 2.0, widthPx, heightPx, 0, 0, r, t);
    }

    /**
     * A camera that frames {@code track}: aimed at the centroid of all valid keypoints from the side
     * {@code -Y} of it (looking along +Y), at the height of the centroid, at the distance where the
     * track's vertical extent (or {@value #DEFAULT_BODY_HEIGHT_M} m if smaller) fills
     * {@value #DEFAULT_FILL_FRACTION} of the image height, plus half the track's depth extent.
     */
    public static Camera framing(int widthPx, int heightPx, KeypointSequence3D track) {
        double[] p = track.positionsRef();
        boolean[] v = track.validRef();
        double[] sum = new double[3];
        double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        int n = 0;
        for (int i = 0; i < v.length; i++) {
            if (!v[i]) {
                continue;
            }
            for (int a = 0; a < 3; a++) {
                sum[a] += p[3 * i + a];
                min[a] = Math.min(min[a], p[3 * i + a]);
                max[a] = Math.max(max[a], p[3 * i + a]);
            }
            n++;
        }
        double[] target = n == 0 ? new double[] {0, 0, DEFAULT_BODY_HEIGHT_M / 2}
                : new double[] {sum[0] / n, sum[1] / n, sum[2] / n};
        double height = n == 0 ? DEFAULT_BODY_HEIGHT_M : Math.max(max[2] - min[2], DEFAULT_BODY_HEIGHT_M);
        double depth = n == 0 ? 0 : max[1] - min[1];
        double f = focalLengthPx(widthPx, DEFAULT_HORIZONTAL_FOV_DEG);
        // Pinhole: image height fraction = f·H / (Z·h_px) → Z = f·H / (fill·h_px).
        double distance = f * height / (DEFAULT_FILL_FRACTION * heightPx) + depth / 2;
        double[] eye = {target[0], target[1] - distance, target[2]};
        return lookingAt(widthPx, heightPx, eye, target);
    }
}
