package org.optimusmotion.app.detect;

import java.util.Arrays;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.CameraEstimate;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Turns the hip-centred world landmarks into a 3D keypoint track in a world frame (metres, Z up):
 * <ol>
 *   <li>per frame, the hip centre's position {@code T} in camera coordinates is the linear
 *       least-squares solution of the pinhole equations of the body landmarks (11–32),
 *       {@code (X_k + T_x) − x'_k (Z_k + T_z) = 0} and the same for y, where {@code x' = (u − c_x)/f_x}
 *       are the normalised detections, weighted by visibility (lens distortion ignored; the
 *       reconstruction's DetectionAlignment refines the placement with the full camera model),
 *       then averaged over ±{@value #SMOOTHING_HALF_WIDTH} frames;</li>
 *   <li>camera → world with the camera's extrinsics, {@code X_world = Rᵀ (X_cam − t)}.</li>
 * </ol>
 * Without a calibrated camera, {@link #levelCamera} estimates one: principal point at the image centre,
 * focal length from a {@value CameraEstimate#DEFAULT_HORIZONTAL_FOV_DEG}° horizontal field of view,
 * level (optical axis horizontal, along world +Y), at the height that puts the feet on the ground
 * Z = 0. Stateless.
 */
public final class CameraPlacement {

    /** First and last (inclusive) MediaPipe landmarks used to place the body (shoulders to feet). */
    static final int FIRST_BODY = 11;
    static final int LAST_BODY = 32;
    /** MediaPipe landmarks of the feet (ankles, heels, foot tips). */
    static final int FIRST_FOOT = 27;
    /** Half-width of the triangular smoothing of the placement, frames (as DetectionAlignment's). */
    static final int SMOOTHING_HALF_WIDTH = 3;
    /** Quantile of the per-frame lowest foot taken as the ground (robust to a few bad frames). */
    static final double GROUND_QUANTILE = 0.9;

    private CameraPlacement() {
    }

    /**
     * The 33 landmarks in camera coordinates.
     *
     * @param cameraXyz {@code (F × 33 × 3)} metres for the processed frames; zero where not placed
     * @param placed    {@code (F)}: a person was found and placed in front of the camera
     */
    public record Placement(double[] cameraXyz, boolean[] placed) {
    }

    /**
     * Places the processed frames of {@code track} in front of a pinhole camera with these intrinsics;
     * the per-frame hip-centre positions are averaged over ±{@code smoothingHalfWidth} frames with
     * triangular weights (the depth from one frame's apparent size jitters by several centimetres).
     */
    public static Placement cameraCoordinates(DetectionTrack track, double fx, double fy, double cx, double cy,
            int smoothingHalfWidth) {
        int frames = track.framesDone();
        int l = DetectionTrack.L;
        double[][] hip = new double[frames][];
        double[] a = new double[9];
        double[] b = new double[3];
        for (int f = 0; f < frames; f++) {
            if (!track.found(f)) {
                continue;
            }
            Arrays.fill(a, 0);
            Arrays.fill(b, 0);
            for (int k = FIRST_BODY; k <= LAST_BODY; k++) {
                double w = track.visibility(f, k);
                double x = track.world(f, k, 0);
                double y = track.world(f, k, 1);
                double z = track.world(f, k, 2);
                double xn = (track.x(f, k) - cx) / fx;
                double yn = (track.y(f, k) - cy) / fy;
                // Row (1, 0, -xn)·T = xn z - x and (0, 1, -yn)·T = yn z - y: accumulate the normal equations.
                accumulate(a, b, w, 1, 0, -xn, xn * z - x);
                accumulate(a, b, w, 0, 1, -yn, yn * z - y);
            }
            double[] t = solve3(a, b);
            if (t != null && t[2] > 0) {
                hip[f] = t;
            }
        }
        double[] out = new double[frames * l * 3];
        boolean[] placed = new boolean[frames];
        for (int f = 0; f < frames; f++) {
            if (hip[f] == null) {
                continue;
            }
            double[] t = new double[3];
            double weights = 0;
            for (int g = Math.max(0, f - smoothingHalfWidth); g <= Math.min(frames - 1, f + smoothingHalfWidth); g++) {
                if (hip[g] != null) {
                    double w = smoothingHalfWidth + 1 - Math.abs(g - f);
                    weights += w;
                    for (int ax = 0; ax < 3; ax++) {
                        t[ax] += w * hip[g][ax];
                    }
                }
            }
            placed[f] = true;
            for (int k = 0; k < l; k++) {
                for (int ax = 0; ax < 3; ax++) {
                    out[(f * l + k) * 3 + ax] = track.world(f, k, ax) + t[ax] / weights;
                }
            }
        }
        return new Placement(out, placed);
    }

    /** The track's canonical keypoints in the world frame of {@code camera} (invalid where nobody was found). */
    public static KeypointSequence3D worldTrack(DetectionTrack track, Camera camera) {
        return worldTrack(track, camera, SMOOTHING_HALF_WIDTH);
    }

    /** As {@link #worldTrack(DetectionTrack, Camera)} with the given smoothing of the placement (0 = none). */
    static KeypointSequence3D worldTrack(DetectionTrack track, Camera camera, int smoothingHalfWidth) {
        Placement placement = cameraCoordinates(track, camera.fx(), camera.fy(), camera.cx(), camera.cy(), smoothingHalfWidth);
        double[] cam = placement.cameraXyz();
        double[] r = camera.rotation();
        double[] t = camera.translationM();
        int frames = track.framesDone();
        int l = DetectionTrack.L;
        double[] world = new double[frames * l * 3];
        for (int i = 0; i < frames * l; i++) {
            double px = cam[3 * i] - t[0];
            double py = cam[3 * i + 1] - t[1];
            double pz = cam[3 * i + 2] - t[2];
            // X_world = Rᵀ (X_cam − t), R row-major.
            world[3 * i] = r[0] * px + r[3] * py + r[6] * pz;
            world[3 * i + 1] = r[1] * px + r[4] * py + r[7] * pz;
            world[3 * i + 2] = r[2] * px + r[5] * py + r[8] * pz;
        }
        int k = Keypoint.COUNT;
        double[] positions = new double[frames * k * 3];
        boolean[] valid = new boolean[frames * k];
        for (int f = 0; f < frames; f++) {
            if (placement.placed()[f]) {
                PoseKeypoints.MEDIAPIPE_BINDING.mapFrame(3, world, f * l * 3, null, 0, positions, f * k * 3, valid, f * k);
            }
        }
        return new KeypointSequence3D(track.fps(), positions, valid);
    }

    /**
     * An estimated camera for {@code track}: {@value CameraEstimate#DEFAULT_HORIZONTAL_FOV_DEG}° horizontal
     * field of view, principal point at the centre, no distortion, level and looking along world +Y from
     * (0, 0, h), where h is the height that puts the feet (the {@value #GROUND_QUANTILE} quantile over
     * frames of the lowest foot landmark) at Z = 0; h = 1.5 m when no frame has a person.
     */
    public static Camera levelCamera(DetectionTrack track) {
        double f = CameraEstimate.focalLengthPx(track.width(), CameraEstimate.DEFAULT_HORIZONTAL_FOV_DEG);
        double cx = track.width() / 2.0;
        double cy = track.height() / 2.0;
        Placement placement = cameraCoordinates(track, f, f, cx, cy, 0);
        double[] cam = placement.cameraXyz();
        int l = DetectionTrack.L;
        double[] lowest = new double[track.framesDone()];
        int n = 0;
        for (int fr = 0; fr < track.framesDone(); fr++) {
            if (!placement.placed()[fr]) {
                continue;
            }
            double maxY = Double.NEGATIVE_INFINITY;
            for (int k = FIRST_FOOT; k <= LAST_BODY; k++) {
                maxY = Math.max(maxY, cam[(fr * l + k) * 3 + 1]);
            }
            lowest[n++] = maxY;
        }
        double height = 1.5;
        if (n > 0) {
            double[] sorted = Arrays.copyOf(lowest, n);
            Arrays.sort(sorted);
            height = sorted[Math.min(n - 1, (int) Math.floor(GROUND_QUANTILE * (n - 1)))];
        }
        // Level camera looking along +Y: camera x = world X, camera y = −world Z, camera z = world Y;
        // centre (0, 0, h) gives t = −R·C = (0, h, 0).
        double[] rotation = {1, 0, 0, 0, 0, -1, 0, 1, 0};
        return new Camera(f, f, cx, cy, track.width(), track.height(), 0, 0, rotation, new double[] {0, height, 0});
    }

    private static void accumulate(double[] a, double[] b, double w, double r0, double r1, double r2, double rhs) {
        double[] row = {r0, r1, r2};
        for (int p = 0; p < 3; p++) {
            b[p] += w * row[p] * rhs;
            for (int q = 0; q < 3; q++) {
                a[3 * p + q] += w * row[p] * row[q];
            }
        }
    }

    /** Solves the 3 × 3 system a·x = b by Cramer's rule; null when (nearly) singular. */
    static double[] solve3(double[] a, double[] b) {
        double det = a[0] * (a[4] * a[8] - a[5] * a[7]) - a[1] * (a[3] * a[8] - a[5] * a[6])
                + a[2] * (a[3] * a[7] - a[4] * a[6]);
        double scale = Math.abs(a[0]) + Math.abs(a[4]) + Math.abs(a[8]);
        if (!(Math.abs(det) > 1e-12 * scale * scale * scale)) {
            return null;
        }
        double[] x = new double[3];
        for (int c = 0; c < 3; c++) {
            double[] m = a.clone();
            for (int r = 0; r < 3; r++) {
                m[3 * r + c] = b[r];
            }
            x[c] = (m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6])
                    + m[2] * (m[3] * m[7] - m[4] * m[6])) / det;
        }
        return x;
    }
}
