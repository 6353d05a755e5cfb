package org.optimusmotion.physics.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.CameraEstimate;
import org.optimusmotion.physics.camera.Rotations;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

class MotionMetricsTest {

    private static final int K = Keypoint.COUNT;

    /** A random body-sized point cloud per frame (seeded). */
    private static double[] randomPoses(int frames, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] p = new double[frames * K * 3];
        for (int i = 0; i < p.length; i += 3) {
            p[i] = rnd.nextDouble(-0.3, 0.3);
            p[i + 1] = rnd.nextDouble(-0.3, 0.3);
            p[i + 2] = rnd.nextDouble(0, 1.8);
        }
        return p;
    }

    private static double[] transform(double[] p, double scale, double[] r, double[] t) {
        double[] q = new double[p.length];
        for (int i = 0; i < p.length; i += 3) {
            for (int a = 0; a < 3; a++) {
                q[i + a] = scale * (r[3 * a] * p[i] + r[3 * a + 1] * p[i + 1] + r[3 * a + 2] * p[i + 2]) + t[a];
            }
        }
        return q;
    }

    @Test
    void translatedCopyHasZeroMpjpeAndGlobalErrorEqualToTheShift() {
        double[] gt = randomPoses(4, 1);
        double[] pred = transform(gt, 1, Rotations.fromRodrigues(new double[3]), new double[] {0.03, 0.04, 0});
        KeypointSequence3D g = KeypointSequence3D.allValid(25, gt);
        KeypointSequence3D p = KeypointSequence3D.allValid(25, pred);
        assertEquals(50, MotionMetrics.mpjpeGlobalMm(p, g), 1e-9);
        assertEquals(0, MotionMetrics.mpjpeMm(p, g), 1e-9);
        assertEquals(0, MotionMetrics.mpjpePaMm(p, g), 1e-6);
    }

    @Test
    void rotatedScaledCopyHasZeroProcrustesErrorButNotZeroMpjpe() {
        double[] gt = randomPoses(5, 2);
        double[] r = Rotations.fromRodrigues(new double[] {0.4, -1.1, 2.0});
        double[] pred = transform(gt, 1.3, r, new double[] {1, -2, 0.5});
        KeypointSequence3D g = KeypointSequence3D.allValid(25, gt);
        KeypointSequence3D p = KeypointSequence3D.allValid(25, pred);
        assertEquals(0, MotionMetrics.mpjpePaMm(p, g), 1e-6);
        assertTrue(MotionMetrics.mpjpeMm(p, g) > 100);
    }

    @Test
    void procrustesRecoversTheInverseTransform() {
        double[] gt = randomPoses(1, 3);
        double[] r = Rotations.fromRodrigues(new double[] {-2.5, 0.3, 0.7});
        double[] pred = transform(gt, 0.5, r, new double[] {0, 0, 3});
        Procrustes pa = new Procrustes();
        assertEquals(0, pa.align(pred, 0, gt, 0, null, 0, K), 1e-9);
        assertEquals(2, pa.scale(), 1e-9);
        // Recovered rotation is Rᵀ.
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(r[3 * j + i], pa.rotationRef()[3 * i + j], 1e-9);
            }
        }
    }

    @Test
    void procrustesErrorOfKnownNoiseIsBelowTheUnalignedError() {
        double[] gt = randomPoses(1, 4);
        SplittableRandom rnd = new SplittableRandom(9);
        double[] pred = gt.clone();
        for (int i = 0; i < pred.length; i++) {
            pred[i] += rnd.nextDouble(-0.01, 0.01);
        }
        KeypointSequence3D g = KeypointSequence3D.allValid(25, gt);
        KeypointSequence3D p = KeypointSequence3D.allValid(25, pred);
        double pa = MotionMetrics.mpjpePaMm(p, g);
        assertTrue(pa > 0 && pa <= MotionMetrics.mpjpeGlobalMm(p, g) + 1e-9);
    }

    @Test
    void onlyKeypointsValidInBothTracksCount() {
        double[] gt = new double[K * 3];
        double[] pred = new double[K * 3];
        pred[3 * 5] = 1; // keypoint 5 off by 1 m, but missing in the ground truth
        pred[3 * 6] = 0.019; // keypoint 6 off by 19 mm
        boolean[] valid = new boolean[K];
        java.util.Arrays.fill(valid, true);
        valid[5] = false;
        KeypointSequence3D g = new KeypointSequence3D(25, gt, valid);
        KeypointSequence3D p = KeypointSequence3D.allValid(25, pred);
        assertEquals(19.0 / (K - 1), MotionMetrics.mpjpeGlobalMm(p, g), 1e-9);
    }

    @Test
    void frameCountsThatDisagreeAreRejected() {
        KeypointSequence3D a = KeypointSequence3D.allValid(25, new double[2 * K * 3]);
        KeypointSequence3D b = KeypointSequence3D.allValid(25, new double[3 * K * 3]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MotionMetrics.mpjpeMm(a, b));
        assertEquals("frame counts disagree: prediction has 2 frames, ground truth 3", e.getMessage());
    }

    @Test
    void projectedGroundTruthGivesZeroTwoDimensionalErrorAndAShiftGivesItsPixels() {
        double[] gt = randomPoses(3, 5);
        KeypointSequence3D g = KeypointSequence3D.allValid(25, gt);
        Camera cam = new Camera(1000, 1000, 500, 500, 1000, 1000, 0, 0, new double[] {1, 0, 0, 0, 0, -1, 0, 1, 0},
                new double[] {0, 1, 5});
        assertEquals(0, MotionMetrics.mpjpe2dPx(g, cam, MotionMetrics.project(g, cam)), 1e-9);
        // Shift along world x (camera x) at depth exactly 5 m: 1 cm → 2 px at f = 1000.
        double[] flat = gt.clone();
        for (int i = 0; i < flat.length; i += 3) {
            flat[i + 1] = 0;
        }
        KeypointSequence3D f0 = KeypointSequence3D.allValid(25, flat);
        KeypointSequence3D f1 = KeypointSequence3D.allValid(25, transform(flat, 1, Rotations.fromRodrigues(new double[3]),
                new double[] {0.01, 0, 0}));
        assertEquals(2, MotionMetrics.mpjpe2dPx(f1, cam, MotionMetrics.project(f0, cam)), 1e-9);
    }

    /** A track where every keypoint moves with constant velocity {@code v} (m/frame) along x at height h. */
    private static KeypointSequence3D sliding(int frames, double v, double h, double fps) {
        double[] p = new double[frames * K * 3];
        for (int f = 0; f < frames; f++) {
            for (int k = 0; k < K; k++) {
                p[(f * K + k) * 3] = f * v;
                p[(f * K + k) * 3 + 2] = h + (k == Keypoint.HEAD.ordinal() ? 1.6 : 0);
            }
        }
        return KeypointSequence3D.allValid(fps, p);
    }

    @Test
    void tvOfConstantVelocityIsTheSpeedAndJitterIsZero() {
        KeypointSequence3D t = sliding(10, 0.01, 0, 25);
        assertEquals(0.01, MotionMetrics.tvMetresPerFrame(t), 1e-12);
        assertEquals(0, MotionMetrics.accelerationJitter(t), 1e-12);
    }

    @Test
    void accelerationJitterOfAnAlternatingTrackIsFourTimesTheAmplitude() {
        double[] p = new double[6 * K * 3];
        for (int f = 0; f < 6; f++) {
            for (int k = 0; k < K; k++) {
                p[(f * K + k) * 3 + 1] = f % 2 == 0 ? 0.005 : -0.005;
            }
        }
        KeypointSequence3D t = KeypointSequence3D.allValid(25, p);
        assertEquals(0.02, MotionMetrics.accelerationJitter(t), 1e-12);
        assertEquals(0.01, MotionMetrics.tvMetresPerFrame(t), 1e-12);
    }

    @Test
    void slidingFootOnTheGroundSkatesEveryFrame() {
        assertEquals(100, MotionMetrics.footSkatePercent(sliding(10, 0.03, 0, 25)), 1e-12);
    }

    @Test
    void footThatStaysPutOrMovesSlowlyOrInTheAirDoesNotSkate() {
        assertEquals(0, MotionMetrics.footSkatePercent(sliding(10, 0, 0, 25)), 1e-12);
        assertEquals(0, MotionMetrics.footSkatePercent(sliding(10, 0.01, 0, 25)), 1e-12);
        // Same 3 cm per frame in the air, with the ground given explicitly at z = 0.
        assertEquals(0, MotionMetrics.footSkatePercent(sliding(10, 0.03, 0.5, 25), 0,
                MotionMetrics.CONTACT_HEIGHT_M, MotionMetrics.SKATE_SPEED_M_PER_S), 1e-12);
    }

    @Test
    void contactIsMeasuredAgainstTheWorldFloorNotTheTracksLowestFoot() {
        // Every keypoint slides 3 cm per frame at 3 cm above the floor: in contact, skating.
        KeypointSequence3D sliding = sliding(10, 0.03, 0.03, 25);
        assertEquals(100, MotionMetrics.footSkatePercent(sliding), 1e-12);
        // Push the left toe 10 cm through the floor in the last frame only. Measured against the track's own
        // lowest foot keypoint the other frames would float 13 cm above "the ground" and skate no more.
        double[] p = sliding.positions();
        p[(9 * K + Keypoint.LEFT_TOE.ordinal()) * 3 + 2] = -0.10;
        KeypointSequence3D penetrating = new KeypointSequence3D(25, p, sliding.valid());
        assertEquals(100, MotionMetrics.footSkatePercent(penetrating), 1e-12);
        // The same slide 6 cm above the floor is in the air.
        assertEquals(0, MotionMetrics.footSkatePercent(sliding(10, 0.03, 0.06, 25)), 1e-12);
    }

    @Test
    void skateThresholdIsASpeedSoItScalesWithFrameRate() {
        // 1 cm per frame at 100 fps is 1 m/s: above the 0.5 m/s threshold.
        assertEquals(100, MotionMetrics.footSkatePercent(sliding(10, 0.01, 0, 100)), 1e-12);
    }

    @Test
    void halfOfTheFramesSkating() {
        double[] p = new double[5 * K * 3];
        double[] xs = {0, 0.05, 0.05, 0.10, 0.10};
        for (int f = 0; f < 5; f++) {
            for (int k = 0; k < K; k++) {
                p[(f * K + k) * 3] = xs[f];
            }
        }
        assertEquals(50, MotionMetrics.footSkatePercent(KeypointSequence3D.allValid(25, p)), 1e-12);
    }

    @Test
    void reportHasTheDocumentedJsonKeysAndNullWithoutCamera() throws Exception {
        KeypointSequence3D g = KeypointSequence3D.allValid(25, randomPoses(3, 7));
        MetricsReport r = MotionMetrics.report(g, g, null, null);
        assertNull(r.mpjpe2dPx());
        JsonNode json = new ObjectMapper().readTree(r.toJson());
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("mpjpe_g_mm", "mpjpe_mm", "mpjpe_pa_mm", "mpjpe_2d_px", "tv", "foot_skate"), keys);
        assertEquals(0, json.get("mpjpe_g_mm").asDouble());
        assertTrue(json.get("mpjpe_2d_px").isNull());
        assertEquals(r, MetricsReport.fromJson(r.toJson()));
        Camera cam = CameraEstimate.framing(640, 480, g);
        assertEquals(0, MotionMetrics.report(g, g, cam, null).mpjpe2dPx(), 1e-9);
    }
}
