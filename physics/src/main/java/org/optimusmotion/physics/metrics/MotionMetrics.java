package org.optimusmotion.physics.metrics;

import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * The DiffPhy metrics (PAPERS.md D.6). Accuracy metrics compare a prediction with ground truth of
 * the same frame count and average first over the keypoints valid in both tracks in a frame, then
 * over frames that have any such keypoint (NaN if none). All 3D errors in millimetres.
 * <ul>
 *   <li><b>MPJPE-G</b>: mean Euclidean keypoint error in world coordinates, no alignment.</li>
 *   <li><b>MPJPE</b>: after subtracting each track's pelvis per frame (root alignment); frames where
 *       either pelvis is missing are skipped.</li>
 *   <li><b>MPJPE-PA</b>: after a per-frame similarity Procrustes alignment (rotation, translation and
 *       scale; Human3.6M protocol 2) of the prediction onto the ground truth; needs 3 common keypoints.</li>
 *   <li><b>MPJPE-2d</b>: mean pixel distance between the prediction projected through a camera and 2D
 *       ground truth of that camera (keypoints with confidence &gt; 0 that project in front of it).</li>
 *   <li><b>TV</b>: mean over consecutive frame pairs and keypoints of {@code ||J_{t+1} − J_t||}, metres
 *       per frame (the "total variation per frame" of D.6; labelled {@code tv}).
 *       {@link #accelerationJitter}: mean {@code ||J_{t+1} − 2 J_t + J_{t−1}||}, metres per frame².</li>
 *   <li><b>Foot skate</b>: percentage of consecutive frame pairs in which some foot keypoint (ankle or
 *       toe) is in contact, i.e. within {@link #CONTACT_HEIGHT_M} of the ground at frame t, and moves
 *       horizontally faster than {@link #SKATE_SPEED_M_PER_S} (2 cm per frame at 25 Hz) to frame t+1.
 *       The ground is the world's floor, {@link #WORLD_FLOOR_Z_M}, the same for every track compared.</li>
 * </ul>
 * Stateless apart from a Procrustes workspace per call; thread-safe.
 */
public final class MotionMetrics {

    /** Height above the ground below which a foot keypoint is in contact, metres (D.6: 5 cm). */
    public static final double CONTACT_HEIGHT_M = 0.05;
    /** Horizontal speed above which a contacting foot keypoint slides: 2 cm per frame at 25 Hz, m/s. */
    public static final double SKATE_SPEED_M_PER_S = 0.02 * 25;
    /**
     * Height of the floor in every world this program builds, metres: the simulator's ground plane, the
     * synthetic cases ({@code ClipCut} puts their lowest foot keypoint 2 cm above it) and the real cases
     * (lowered by their calibrated floor height). Foot skate measures contact against this floor and not
     * against a track's own lowest foot keypoint: with the latter, a prediction that pushed one foot
     * through the floor once lowered its own contact band for the whole track and hid its sliding (issue
     * 5's walk scored 0 % with a toe 8.4 cm under the floor in its first frame).
     */
    public static final double WORLD_FLOOR_Z_M = 0;

    private static final int K = Keypoint.COUNT;
    private static final int[] FOOT = {Keypoint.LEFT_ANKLE.ordinal(), Keypoint.LEFT_TOE.ordinal(),
        Keypoint.RIGHT_ANKLE.ordinal(), Keypoint.RIGHT_TOE.ordinal()};

    private MotionMetrics() {
    }

    /** MPJPE-G in millimetres. */
    public static double mpjpeGlobalMm(KeypointSequence3D pred, KeypointSequence3D gt) {
        requireSameLength(pred, gt);
        return 1000 * meanOverFrames(pred, gt, false);
    }

    /** Root(pelvis)-aligned MPJPE in millimetres. */
    public static double mpjpeMm(KeypointSequence3D pred, KeypointSequence3D gt) {
        requireSameLength(pred, gt);
        return 1000 * meanOverFrames(pred, gt, true);
    }

    /** Procrustes-aligned (similarity) MPJPE in millimetres. */
    public static double mpjpePaMm(KeypointSequence3D pred, KeypointSequence3D gt) {
        requireSameLength(pred, gt);
        Procrustes procrustes = new Procrustes();
        boolean[] both = new boolean[K];
        double sum = 0;
        int frames = 0;
        for (int f = 0; f < pred.frameCount(); f++) {
            for (int k = 0; k < K; k++) {
                both[k] = pred.isValid(f, k) && gt.isValid(f, k);
            }
            double e = procrustes.align(pred.positionsRef(), f * K * 3, gt.positionsRef(), f * K * 3, both, 0, K);
            if (!Double.isNaN(e)) {
                sum += e;
                frames++;
            }
        }
        return frames == 0 ? Double.NaN : 1000 * sum / frames;
    }

    /** MPJPE-2d in pixels: {@code pred} projected through {@code camera} against {@code gt2d}. */
    public static double mpjpe2dPx(KeypointSequence3D pred, Camera camera, KeypointSequence2D gt2d) {
        if (pred.frameCount() != gt2d.frameCount()) {
            throw new IllegalArgumentException("frame counts disagree: prediction has " + pred.frameCount()
                    + " frames, 2D ground truth " + gt2d.frameCount());
        }
        double[] uv = new double[2];
        double sum = 0;
        int frames = 0;
        for (int f = 0; f < pred.frameCount(); f++) {
            double fs = 0;
            int n = 0;
            for (int k = 0; k < K; k++) {
                if (!pred.isValid(f, k) || gt2d.confidence(f, k) <= 0
                        || !camera.project(pred.positionsRef(), (f * K + k) * 3, uv, 0)) {
                    continue;
                }
                fs += Math.hypot(uv[0] - gt2d.get(f, k, 0), uv[1] - gt2d.get(f, k, 1));
                n++;
            }
            if (n > 0) {
                sum += fs / n;
                frames++;
            }
        }
        return frames == 0 ? Double.NaN : sum / frames;
    }

    /**
     * 2D ground truth made by projecting a 3D track through a camera (confidence 1 where the keypoint
     * is valid and in front of the camera, else 0).
     */
    public static KeypointSequence2D project(KeypointSequence3D track, Camera camera) {
        int n = track.frameCount();
        double[] xy = new double[n * K * 2];
        double[] conf = new double[n * K];
        for (int i = 0; i < n * K; i++) {
            if (track.validRef()[i] && camera.project(track.positionsRef(), 3 * i, xy, 2 * i)) {
                conf[i] = 1;
            }
        }
        return new KeypointSequence2D(track.fps(), camera.widthPx(), camera.heightPx(), xy, conf);
    }

    /** TV: mean {@code ||J_{t+1} − J_t||} over frame pairs and keypoints valid in both, metres per frame. */
    public static double tvMetresPerFrame(KeypointSequence3D track) {
        double[] p = track.positionsRef();
        double sum = 0;
        int n = 0;
        for (int f = 0; f + 1 < track.frameCount(); f++) {
            for (int k = 0; k < K; k++) {
                if (!track.isValid(f, k) || !track.isValid(f + 1, k)) {
                    continue;
                }
                int a = (f * K + k) * 3;
                int b = a + K * 3;
                sum += Math.sqrt(sq(p[b] - p[a]) + sq(p[b + 1] - p[a + 1]) + sq(p[b + 2] - p[a + 2]));
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Acceleration jitter: mean {@code ||J_{t+1} − 2 J_t + J_{t−1}||}, metres per frame². */
    public static double accelerationJitter(KeypointSequence3D track) {
        double[] p = track.positionsRef();
        double sum = 0;
        int n = 0;
        for (int f = 1; f + 1 < track.frameCount(); f++) {
            for (int k = 0; k < K; k++) {
                if (!track.isValid(f - 1, k) || !track.isValid(f, k) || !track.isValid(f + 1, k)) {
                    continue;
                }
                int b = (f * K + k) * 3;
                int a = b - K * 3;
                int c = b + K * 3;
                double dx = p[c] - 2 * p[b] + p[a];
                double dy = p[c + 1] - 2 * p[b + 1] + p[a + 1];
                double dz = p[c + 2] - 2 * p[b + 2] + p[a + 2];
                sum += Math.sqrt(dx * dx + dy * dy + dz * dz);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Foot skate in percent of frame pairs, with the default thresholds, against the world's floor. */
    public static double footSkatePercent(KeypointSequence3D track) {
        return footSkatePercent(track, WORLD_FLOOR_Z_M, CONTACT_HEIGHT_M, SKATE_SPEED_M_PER_S);
    }

    /**
     * Foot skate in percent of frame pairs.
     *
     * @param groundZ          ground height, metres (world Z up)
     * @param contactHeightM   contact threshold above the ground, metres
     * @param skateSpeedMPerS  horizontal speed threshold, metres per second
     */
    public static double footSkatePercent(KeypointSequence3D track, double groundZ, double contactHeightM,
                                          double skateSpeedMPerS) {
        int pairs = track.frameCount() - 1;
        if (pairs <= 0 || Double.isNaN(groundZ)) {
            return Double.NaN;
        }
        double maxStep = skateSpeedMPerS / track.fps();
        double[] p = track.positionsRef();
        int skating = 0;
        for (int f = 0; f < pairs; f++) {
            for (int k : FOOT) {
                if (!track.isValid(f, k) || !track.isValid(f + 1, k)) {
                    continue;
                }
                int a = (f * K + k) * 3;
                int b = a + K * 3;
                boolean contact = p[a + 2] - groundZ < contactHeightM;
                if (contact && Math.hypot(p[b] - p[a], p[b + 1] - p[a + 1]) > maxStep) {
                    skating++;
                    break;
                }
            }
        }
        return 100.0 * skating / pairs;
    }

    /** Lowest height of any valid foot keypoint (ankles, toes) over the track, or NaN. */
    public static double lowestFootHeight(KeypointSequence3D track) {
        double min = Double.POSITIVE_INFINITY;
        for (int f = 0; f < track.frameCount(); f++) {
            for (int k : FOOT) {
                if (track.isValid(f, k)) {
                    min = Math.min(min, track.get(f, k, 2));
                }
            }
        }
        return Double.isInfinite(min) ? Double.NaN : min;
    }

    /**
     * All metrics of {@code pred} against {@code gt}; MPJPE-2d only when {@code camera} is given, against
     * {@code gt2d} or, if that is {@code null}, against {@code gt} projected through the camera.
     */
    public static MetricsReport report(KeypointSequence3D pred, KeypointSequence3D gt, Camera camera,
                                       KeypointSequence2D gt2d) {
        Double px = null;
        if (camera != null) {
            px = mpjpe2dPx(pred, camera, gt2d != null ? gt2d : project(gt, camera));
        }
        return new MetricsReport(mpjpeGlobalMm(pred, gt), mpjpeMm(pred, gt), mpjpePaMm(pred, gt), px,
                tvMetresPerFrame(pred), footSkatePercent(pred));
    }

    private static double meanOverFrames(KeypointSequence3D pred, KeypointSequence3D gt, boolean rootAligned) {
        double[] p = pred.positionsRef();
        double[] g = gt.positionsRef();
        int root = Keypoint.PELVIS.ordinal();
        double sum = 0;
        int frames = 0;
        for (int f = 0; f < pred.frameCount(); f++) {
            double ox = 0, oy = 0, oz = 0;
            if (rootAligned) {
                if (!pred.isValid(f, root) || !gt.isValid(f, root)) {
                    continue;
                }
                int r = (f * K + root) * 3;
                ox = p[r] - g[r];
                oy = p[r + 1] - g[r + 1];
                oz = p[r + 2] - g[r + 2];
            }
            double fs = 0;
            int n = 0;
            for (int k = 0; k < K; k++) {
                if (!pred.isValid(f, k) || !gt.isValid(f, k)) {
                    continue;
                }
                int i = (f * K + k) * 3;
                fs += Math.sqrt(sq(p[i] - ox - g[i]) + sq(p[i + 1] - oy - g[i + 1]) + sq(p[i + 2] - oz - g[i + 2]));
                n++;
            }
            if (n > 0) {
                sum += fs / n;
                frames++;
            }
        }
        return frames == 0 ? Double.NaN : sum / frames;
    }

    private static void requireSameLength(KeypointSequence3D pred, KeypointSequence3D gt) {
        if (pred.frameCount() != gt.frameCount()) {
            throw new IllegalArgumentException("frame counts disagree: prediction has " + pred.frameCount()
                    + " frames, ground truth " + gt.frameCount());
        }
    }

    private static double sq(double x) {
        return x * x;
    }
}
