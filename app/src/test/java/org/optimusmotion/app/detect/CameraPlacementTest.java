package org.optimusmotion.app.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.CameraEstimate;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

class CameraPlacementTest {

    private static final int W = 1080;
    private static final int H = 1920;

    @Test
    void exactDetectionsPutTheBodyBackWhereItWasInTheWorld() {
        SplittableRandom random = new SplittableRandom(7);
        Camera camera = Camera.fromRodrigues(1680, 1681, 533, 948, W, H, 0, 0, new double[] {1.69, 1.05, -0.42},
                new double[] {0.32, 0.96, 2.89});
        int frames = 3;
        DetectionTrack track = new DetectionTrack(60, W, H, frames);
        double[][] truth = new double[frames][];
        for (int f = 0; f < frames; f++) {
            truth[f] = SyntheticDetections.body(random, 0.3 * f, 0.1 * f);
            track.put(f, f == 1 ? null : SyntheticDetections.observe(truth[f], camera, 0.9));
        }
        KeypointSequence3D world = CameraPlacement.worldTrack(track, camera, 0);
        assertEquals(frames, world.frameCount());
        double[] expected = new double[3 * Keypoint.COUNT];
        boolean[] valid = new boolean[Keypoint.COUNT];
        for (int f : new int[] {0, 2}) {
            PoseKeypoints.MEDIAPIPE_BINDING.mapFrame(3, truth[f], 0, null, 0, expected, 0, valid, 0);
            for (int k = 0; k < Keypoint.COUNT; k++) {
                assertTrue(world.isValid(f, k), "frame " + f + " keypoint " + k);
                for (int a = 0; a < 3; a++) {
                    assertEquals(expected[3 * k + a], world.get(f, k, a), 1e-6, "frame " + f + " keypoint " + k + " axis " + a);
                }
            }
        }
        for (int k = 0; k < Keypoint.COUNT; k++) {
            assertFalse(world.isValid(1, k), "nobody in frame 1");
        }
    }

    @Test
    void placementIsSmoothedOverNeighbouringFrames() {
        SplittableRandom random = new SplittableRandom(13);
        Camera camera = new Camera(1000, 1000, W / 2.0, H / 2.0, W, H, 0, 0, new double[] {1, 0, 0, 0, 0, -1, 0, 1, 0},
                new double[] {0, 1.2, 0});
        DetectionTrack track = new DetectionTrack(30, W, H, 7);
        double[] body = SyntheticDetections.body(random, 0, 4);
        for (int f = 0; f < 7; f++) {
            // The same body, one frame 0.7 m further away: a depth outlier.
            double[] moved = body.clone();
            for (int k = 0; k < SyntheticDetections.L; k++) {
                moved[3 * k + 1] += f == 3 ? 0.7 : 0;
            }
            track.put(f, SyntheticDetections.observe(moved, camera, 1));
        }
        int pelvis = Keypoint.PELVIS.ordinal();
        double raw = CameraPlacement.worldTrack(track, camera, 0).get(3, pelvis, 1);
        double smoothed = CameraPlacement.worldTrack(track, camera).get(3, pelvis, 1);
        double steady = CameraPlacement.worldTrack(track, camera, 0).get(0, pelvis, 1);
        assertEquals(0.7, raw - steady, 1e-6);
        // Triangular weights over ±3 frames: the outlier keeps 4 of 16 parts.
        assertEquals(0.7 * 4 / 16, smoothed - steady, 1e-6);
    }

    @Test
    void theEstimatedLevelCameraStandsTheFeetOnTheGround() {
        SplittableRandom random = new SplittableRandom(11);
        double f = CameraEstimate.focalLengthPx(W, CameraEstimate.DEFAULT_HORIZONTAL_FOV_DEG);
        double eyeHeight = 1.2;
        // The level camera of CameraPlacement: looking along +Y from (0, 0, 1.2).
        Camera truthCamera = new Camera(f, f, W / 2.0, H / 2.0, W, H, 0, 0, new double[] {1, 0, 0, 0, 0, -1, 0, 1, 0},
                new double[] {0, eyeHeight, 0});
        int frames = 5;
        DetectionTrack track = new DetectionTrack(30, W, H, frames);
        double[][] truth = new double[frames][];
        for (int i = 0; i < frames; i++) {
            truth[i] = SyntheticDetections.body(random, -0.5 + 0.2 * i, 4 + 0.1 * i);
            track.put(i, SyntheticDetections.observe(truth[i], truthCamera, 1));
        }
        Camera estimated = CameraPlacement.levelCamera(track);
        assertEquals(eyeHeight, estimated.translationM()[1], 1e-6, "camera height");
        KeypointSequence3D world = CameraPlacement.worldTrack(track, estimated, 0);
        int leftToe = Keypoint.LEFT_TOE.ordinal();
        for (int i = 0; i < frames; i++) {
            assertEquals(0, world.get(i, leftToe, 2), 1e-6, "toe on the ground in frame " + i);
            assertEquals(truth[i][3 * 31 + 1], world.get(i, leftToe, 1), 1e-6, "toe depth in frame " + i);
        }
    }
}
