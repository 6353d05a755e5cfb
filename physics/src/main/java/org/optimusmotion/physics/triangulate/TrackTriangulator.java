package org.optimusmotion.physics.triangulate;

import java.util.List;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Triangulates whole 2D tracks seen by several calibrated cameras, keypoint by keypoint and frame by
 * frame ({@link PointTriangulator}).
 *
 * <p>The keypoints that every 2D mapping derives as means (docs/formats.md, skeleton mappings:
 * pelvis = mean of the hips, thorax = mean of the shoulders, spine = mean of pelvis and thorax, neck =
 * mean of thorax and head) are not triangulated from their 2D means but recomputed in 3D from the
 * triangulated sources, the way 3D tracks (TRC, BVH) derive them: a 2D mean mixes the views a source
 * was rejected in, which moved the pelvis by several centimetres on the Pose2Sim demo. Their
 * reprojection errors are measured against the 2D means. Stateless apart from its settings; thread-safe.
 */
public final class TrackTriangulator {

    private final TriangulationConfig config;

    public TrackTriangulator(TriangulationConfig config) {
        this.config = config;
    }

    /**
     * The triangulated track and the reprojection errors.
     *
     * @param points   triangulated keypoints, world metres; a keypoint is invalid where its status is not OK
     * @param views    number of views
     * @param errorPx  (frames × Keypoint.COUNT × views) reprojection error of each view with a usable
     *                 detection of a triangulated point, pixels; NaN elsewhere
     * @param used     (frames × Keypoint.COUNT × views) whether the view went into the point
     * @param status   (frames × Keypoint.COUNT) {@link PointTriangulator.Status} ordinal of each point
     */
    public record Result(KeypointSequence3D points, int views, double[] errorPx, boolean[] used, byte[] status) {

        /** Number of points with status {@code s}. */
        public int count(PointTriangulator.Status s) {
            int n = 0;
            for (byte b : status) {
                n += b == s.ordinal() ? 1 : 0;
            }
            return n;
        }
    }

    /**
     * Triangulates {@code tracks[v]} seen by {@code cameras[v]}.
     *
     * @throws IllegalArgumentException when fewer than 2 views are given, the lists differ in length,
     *         or the tracks disagree in frame count or rate (the message names the view)
     */
    public Result triangulate(List<Camera> cameras, List<KeypointSequence2D> tracks) {
        if (cameras.size() != tracks.size()) {
            throw new IllegalArgumentException(tracks.size() + " 2D tracks for " + cameras.size() + " cameras");
        }
        if (tracks.size() < 2) {
            throw new IllegalArgumentException("triangulation needs at least 2 views, got " + tracks.size());
        }
        int views = tracks.size();
        KeypointSequence2D first = tracks.get(0);
        int frames = first.frameCount();
        for (int v = 1; v < views; v++) {
            KeypointSequence2D t = tracks.get(v);
            if (t.frameCount() != frames) {
                throw new IllegalArgumentException("view " + (v + 1) + " has " + t.frameCount() + " frames, view 1 has " + frames);
            }
            if (Math.abs(t.fps() - first.fps()) > 1e-6 * first.fps()) {
                throw new IllegalArgumentException("view " + (v + 1) + " is at " + t.fps() + " fps, view 1 at " + first.fps());
            }
        }
        requireDistinctCentres(cameras);
        int k = Keypoint.COUNT;
        PointTriangulator tri = new PointTriangulator(cameras, config);
        double[] pix = new double[2 * views];
        double[] conf = new double[views];
        double[] positions = new double[frames * k * 3];
        boolean[] valid = new boolean[frames * k];
        double[] errors = new double[frames * k * views];
        boolean[] used = new boolean[frames * k * views];
        byte[] status = new byte[frames * k];
        for (int f = 0; f < frames; f++) {
            for (int j = 0; j < k; j++) {
                for (int v = 0; v < views; v++) {
                    KeypointSequence2D t = tracks.get(v);
                    pix[2 * v] = t.get(f, j, 0);
                    pix[2 * v + 1] = t.get(f, j, 1);
                    conf[v] = t.confidence(f, j);
                }
                int i = f * k + j;
                PointTriangulator.Status s = tri.triangulate(pix, 0, conf, 0, positions, 3 * i, errors, i * views, used, i * views);
                status[i] = (byte) s.ordinal();
                valid[i] = s == PointTriangulator.Status.OK;
            }
        }
        double[] uv = new double[2];
        for (int f = 0; f < frames; f++) {
            for (int[] d : DERIVED) {
                derive(f, d, positions, valid, status, used, views);
                reprojectDerived(f, d[0], cameras, tracks, positions, valid, errors, uv);
            }
        }
        return new Result(new KeypointSequence3D(first.fps(), positions, valid), views, errors, used, status);
    }

    /** Derived keypoints in dependency order: {derived, source a, source b}, each the mean of its sources. */
    private static final int[][] DERIVED = {
        {Keypoint.PELVIS.ordinal(), Keypoint.LEFT_HIP.ordinal(), Keypoint.RIGHT_HIP.ordinal()},
        {Keypoint.THORAX.ordinal(), Keypoint.LEFT_SHOULDER.ordinal(), Keypoint.RIGHT_SHOULDER.ordinal()},
        {Keypoint.SPINE.ordinal(), Keypoint.PELVIS.ordinal(), Keypoint.THORAX.ordinal()},
        {Keypoint.NECK.ordinal(), Keypoint.THORAX.ordinal(), Keypoint.HEAD.ordinal()},
    };

    /** Sets keypoint d[0] of frame f to the mean of d[1] and d[2]; valid when both are; status: the worse. */
    private static void derive(int f, int[] d, double[] positions, boolean[] valid, byte[] status, boolean[] used,
            int views) {
        int k = Keypoint.COUNT;
        int i = f * k + d[0];
        int a = f * k + d[1];
        int b = f * k + d[2];
        valid[i] = valid[a] && valid[b];
        status[i] = (byte) Math.max(status[a], status[b]);
        for (int ax = 0; ax < 3; ax++) {
            positions[3 * i + ax] = valid[i] ? 0.5 * (positions[3 * a + ax] + positions[3 * b + ax]) : 0;
        }
        for (int v = 0; v < views; v++) {
            used[i * views + v] = valid[i] && used[a * views + v] && used[b * views + v];
        }
    }

    /** Reprojection errors of derived keypoint j at frame f against each view's (derived) 2D keypoint; {@code uv} is a workspace (2). */
    private void reprojectDerived(int f, int j, List<Camera> cameras, List<KeypointSequence2D> tracks,
            double[] positions, boolean[] valid, double[] errors, double[] uv) {
        int views = cameras.size();
        int i = f * Keypoint.COUNT + j;
        for (int v = 0; v < views; v++) {
            errors[i * views + v] = Double.NaN;
            KeypointSequence2D t = tracks.get(v);
            double c = t.confidence(f, j);
            if (valid[i] && c > 0 && c >= config.minConfidence() && cameras.get(v).project(positions, 3 * i, uv, 0)) {
                errors[i * views + v] = Math.hypot(uv[0] - t.get(f, j, 0), uv[1] - t.get(f, j, 1));
            }
        }
    }

    /** Two cameras at the same place see no parallax: every point is then degenerate. */
    private static void requireDistinctCentres(List<Camera> cameras) {
        for (int a = 0; a < cameras.size(); a++) {
            double[] ca = cameras.get(a).centreM();
            for (int b = a + 1; b < cameras.size(); b++) {
                double[] cb = cameras.get(b).centreM();
                double d = Math.sqrt(sq(ca[0] - cb[0]) + sq(ca[1] - cb[1]) + sq(ca[2] - cb[2]));
                if (d < 1e-6) {
                    throw new IllegalArgumentException("cameras of views " + (a + 1) + " and " + (b + 1)
                            + " are at the same place: no baseline to triangulate from");
                }
            }
        }
    }

    private static double sq(double x) {
        return x * x;
    }
}
