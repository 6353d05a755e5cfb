package org.optimusmotion.physics.triangulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

class TrackTriangulatorTest {

    private static final int K = Keypoint.COUNT;

    @Test
    void recoversATrackAndSummarisesTheErrors() {
        List<Camera> cams = TestCameras.ring(4, -0.02, 0.004);
        SplittableRandom rnd = new SplittableRandom(5);
        int frames = 6;
        double[] truth = new double[frames * K * 3];
        for (int i = 0; i < truth.length; i += 3) {
            truth[i] = rnd.nextDouble(-0.4, 0.4);
            truth[i + 1] = rnd.nextDouble(-0.4, 0.4);
            truth[i + 2] = rnd.nextDouble(0, 1.8);
        }
        for (int f = 0; f < frames; f++) {
            mean(truth, f, Keypoint.PELVIS, Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP);
            mean(truth, f, Keypoint.THORAX, Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER);
            mean(truth, f, Keypoint.SPINE, Keypoint.PELVIS, Keypoint.THORAX);
            mean(truth, f, Keypoint.NECK, Keypoint.THORAX, Keypoint.HEAD);
        }
        KeypointSequence3D gt = KeypointSequence3D.allValid(60, truth);
        List<KeypointSequence2D> tracks = new ArrayList<>();
        for (Camera c : cams) {
            double[] xy = new double[frames * K * 2];
            double[] conf = new double[frames * K];
            for (int i = 0; i < frames * K; i++) {
                assertTrue(c.project(truth, 3 * i, xy, 2 * i));
                conf[i] = 0.8;
            }
            tracks.add(new KeypointSequence2D(60, 1088, 1920, xy, conf));
        }
        // The head is hidden in three views at frame 0: one view is not enough.
        for (int v = 1; v < 4; v++) {
            double[] conf = tracks.get(v).confidence();
            conf[Keypoint.HEAD.ordinal()] = 0;
            tracks.set(v, new KeypointSequence2D(60, 1088, 1920, tracks.get(v).xy(), conf));
        }
        TrackTriangulator.Result r = new TrackTriangulator(TriangulationConfig.DEFAULT).triangulate(cams, tracks);
        assertFalse(r.points().isValid(0, Keypoint.HEAD.ordinal()));
        assertFalse(r.points().isValid(0, Keypoint.NECK.ordinal()), "the neck is derived from the head");
        assertEquals(2, r.count(PointTriangulator.Status.TOO_FEW_VIEWS));
        assertEquals(frames * K - 2, r.count(PointTriangulator.Status.OK));
        Map<String, Object> err = PerKeypointError.of(r.points(), gt);
        @SuppressWarnings("unchecked")
        Map<String, Object> overall = (Map<String, Object>) err.get("overall");
        assertTrue((Double) overall.get("mean_mm") < 1e-3, "mean error " + overall.get("mean_mm") + " mm");
        assertEquals(frames * K - 2, overall.get("count"));
        Map<String, Object> summary = ReprojectionSummary.of(r, List.of("a", "b", "c", "d"));
        @SuppressWarnings("unchecked")
        Map<String, Object> all = (Map<String, Object>) summary.get("overall");
        assertTrue((Double) all.get("median_px") < 1e-3);
        assertEquals(4 * (frames * K - 2), all.get("count"));
    }

    @Test
    void derivedKeypointsAreMeansOfTheTriangulatedSources() {
        List<Camera> cams = TestCameras.ring(3, 0, 0);
        double[] truth = new double[K * 3];
        SplittableRandom rnd = new SplittableRandom(8);
        for (int i = 0; i < truth.length; i++) {
            truth[i] = rnd.nextDouble(-0.3, 0.3) + (i % 3 == 2 ? 1 : 0);
        }
        List<KeypointSequence2D> tracks = new ArrayList<>();
        for (Camera c : cams) {
            double[] xy = new double[K * 2];
            for (int j = 0; j < K; j++) {
                assertTrue(c.project(truth, 3 * j, xy, 2 * j));
            }
            tracks.add(new KeypointSequence2D(30, 1088, 1920, xy, PointTriangulatorTest.filled(K, 1)));
        }
        KeypointSequence3D p = new TrackTriangulator(TriangulationConfig.DEFAULT.withMaxReprojectionPx(1e9))
                .triangulate(cams, tracks).points();
        int pelvis = Keypoint.PELVIS.ordinal();
        for (int a = 0; a < 3; a++) {
            double mean = 0.5 * (truth[3 * Keypoint.LEFT_HIP.ordinal() + a] + truth[3 * Keypoint.RIGHT_HIP.ordinal() + a]);
            assertEquals(mean, p.get(0, pelvis, a), 1e-9);
        }
    }

    @Test
    void mismatchedInputsAreRejectedNamingTheView() {
        List<Camera> cams = TestCameras.ring(2, 0, 0);
        KeypointSequence2D a = new KeypointSequence2D(60, 1088, 1920, new double[3 * K * 2], new double[3 * K]);
        KeypointSequence2D b = new KeypointSequence2D(60, 1088, 1920, new double[2 * K * 2], new double[2 * K]);
        TrackTriangulator t = new TrackTriangulator(TriangulationConfig.DEFAULT);
        var e = assertThrows(IllegalArgumentException.class, () -> t.triangulate(cams, List.of(a, b)));
        assertTrue(e.getMessage().contains("view 2 has 2 frames"), e.getMessage());
        var one = assertThrows(IllegalArgumentException.class, () -> t.triangulate(cams.subList(0, 1), List.of(a)));
        assertTrue(one.getMessage().contains("at least 2 views"), one.getMessage());
        var same = assertThrows(IllegalArgumentException.class, () -> t.triangulate(List.of(cams.get(0), cams.get(0)),
                List.of(a, a)));
        assertTrue(same.getMessage().contains("same place"), same.getMessage());
    }

    /** Sets keypoint d of frame f to the mean of a and b, as the 2D mappings derive it. */
    private static void mean(double[] p, int f, Keypoint d, Keypoint a, Keypoint b) {
        for (int ax = 0; ax < 3; ax++) {
            p[3 * (f * K + d.ordinal()) + ax] = 0.5 * (p[3 * (f * K + a.ordinal()) + ax] + p[3 * (f * K + b.ordinal()) + ax]);
        }
    }
}
