package org.optimusmotion.physics.reconstruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

class AdaptiveWindowRuleTest {

    private static final double FPS = 30;

    /**
     * A track whose keypoints all move at {@code speed} m/s along a horizontal heading, with 1 mm of
     * seeded jitter on every coordinate (a detector's noise) and a small vertical bounce.
     */
    static KeypointSequence3D movingTrack(double speedMps, int frames, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int k = Keypoint.COUNT;
        double[] p = new double[frames * 3 * k];
        double heading = 0.7;
        for (int f = 0; f < frames; f++) {
            double s = speedMps * f / FPS;
            for (int j = 0; j < k; j++) {
                int i = (f * k + j) * 3;
                p[i] = s * Math.cos(heading) + 0.1 * j / k + 0.001 * rnd.nextGaussian();
                p[i + 1] = s * Math.sin(heading) + 0.001 * rnd.nextGaussian();
                p[i + 2] = 1.0 + 0.03 * Math.sin(f * 0.6) + 0.001 * rnd.nextGaussian();
            }
        }
        return KeypointSequence3D.allValid(FPS, p);
    }

    @Test
    void rootSpeedOfAConstantSpeedTrackIsThatSpeed() {
        for (double v : new double[] {0.0, 1.4, 3.5}) {
            double measured = AdaptiveWindowRule.rootSpeedMps(movingTrack(v, 60, 1));
            assertEquals(v, measured, 0.05, "speed " + v);
        }
    }

    @Test
    void walkingKeepsTheLongestWindowAndItsBudget() {
        ReconstructionConfig d = ReconstructionConfig.DEFAULT;
        assertEquals(WindowPolicy.ADAPTIVE, d.windowPolicy());
        AdaptiveWindowRule.Choice c = AdaptiveWindowRule.choose(d, movingTrack(1.4, 60, 2));
        assertEquals(WindowPolicy.ADAPTIVE, c.policy());
        assertEquals(1.4, c.rootSpeedMps(), 0.05);
        assertEquals(WindowPolicy.FIXED, c.config().windowPolicy());
        assertEquals(d.withWindowPolicy(WindowPolicy.FIXED), c.config(), "a walk runs exactly the default windows");
    }

    @Test
    void runningGetsShorterWindowsWithProportionalOverlapAndBudget() {
        ReconstructionConfig d = ReconstructionConfig.DEFAULT;
        ReconstructionConfig c = AdaptiveWindowRule.choose(d, movingTrack(3.5, 39, 3)).config();
        assertEquals(6, c.windowFrames());
        assertEquals(2, c.overlapFrames());
        assertEquals(120, c.maxIterationsPerWindow());
        assertEquals(300, c.maxEvaluationsPerWindow(), "same simulated frames per window: 150 x 12 = 300 x 6");
        assertEquals(d.weight2d(), c.weight2d());
        assertEquals(d.weightFootStance(), c.weightFootStance());
    }

    @Test
    void windowShrinksWithSpeedAndKeepsTheRootTravelBounded() {
        int previous = Integer.MAX_VALUE;
        for (double v = 0; v <= 10; v += 0.05) {
            int w = AdaptiveWindowRule.windowFrames(v, FPS, 12);
            assertTrue(w <= previous, "non-increasing at " + v + " m/s");
            assertTrue(w >= AdaptiveWindowRule.MIN_WINDOW_FRAMES && w <= 12, w + " frames at " + v + " m/s");
            if (w > AdaptiveWindowRule.MIN_WINDOW_FRAMES) {
                assertTrue(v * w / FPS <= AdaptiveWindowRule.MAX_ROOT_TRAVEL_PER_WINDOW_M + 1e-12,
                        "travel " + v * w / FPS + " m in " + w + " frames");
            }
            previous = w;
        }
        assertEquals(12, AdaptiveWindowRule.windowFrames(2.0, FPS, 12), "up to 2 m/s: 12 frames at 30 fps");
        assertEquals(11, AdaptiveWindowRule.windowFrames(2.1, FPS, 12));
        assertEquals(AdaptiveWindowRule.MIN_WINDOW_FRAMES, AdaptiveWindowRule.windowFrames(9, FPS, 12));
        assertEquals(4, AdaptiveWindowRule.windowFrames(9, FPS, 4), "never longer than the configured window");
        assertEquals(12, AdaptiveWindowRule.windowFrames(3.5, 60, 12), "at 60 fps 12 frames are 0.2 s");
    }

    @Test
    void overlapStaysValidForShortConfiguredWindows() {
        ReconstructionConfig c = ReconstructionConfig.DEFAULT.withWindow(8, 6);
        ReconstructionConfig chosen = AdaptiveWindowRule.forSpeed(c, 5, FPS);
        assertEquals(6, chosen.windowFrames());
        assertEquals(4, chosen.overlapFrames(), "round(6 x 6 / 8) = 5, capped at window - 2");
        ReconstructionConfig noOverlap = AdaptiveWindowRule.forSpeed(c.withWindow(12, 0), 5, FPS);
        assertEquals(0, noOverlap.overlapFrames(), "no overlap configured, none chosen");
    }

    @Test
    void fixedPolicyKeepsTheConfigAsGiven() {
        ReconstructionConfig fixed = ReconstructionConfig.DEFAULT.withWindowPolicy(WindowPolicy.FIXED);
        AdaptiveWindowRule.Choice c = AdaptiveWindowRule.choose(fixed, movingTrack(5, 30, 4));
        assertSame(fixed, c.config());
        assertEquals(WindowPolicy.FIXED, c.policy());
        assertTrue(Double.isNaN(c.rootSpeedMps()));
    }

    @Test
    void invalidPelvisFramesAreSkippedAndTooFewGiveZeroSpeed() {
        KeypointSequence3D t = movingTrack(3.5, 30, 5);
        boolean[] valid = t.valid();
        double[] p = t.positions();
        for (int f = 10; f < 14; f++) {
            valid[f * Keypoint.COUNT + Keypoint.PELVIS.ordinal()] = false;
            p[(f * Keypoint.COUNT + Keypoint.PELVIS.ordinal()) * 3] = 1e3; // garbage behind the invalid flag
        }
        assertEquals(3.5, AdaptiveWindowRule.rootSpeedMps(new KeypointSequence3D(FPS, p, valid)), 0.05);
        assertEquals(0, AdaptiveWindowRule.rootSpeedMps(movingTrack(3.5, 1, 6)));
    }

    @Test
    void invalidValuesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AdaptiveWindowRule.windowFrames(-1, FPS, 12));
        assertTrue(e.getMessage().contains("rootSpeedMps = -1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AdaptiveWindowRule.windowFrames(Double.NaN, FPS, 12));
        assertTrue(e.getMessage().contains("rootSpeedMps"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AdaptiveWindowRule.windowFrames(1, 0, 12));
        assertTrue(e.getMessage().contains("fps = 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AdaptiveWindowRule.windowFrames(1, FPS, 2));
        assertTrue(e.getMessage().contains("maxFrames = 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ReconstructionConfig.DEFAULT.withWindowPolicy(null));
        assertTrue(e.getMessage().contains("windowPolicy"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new AdaptiveWindowRule.Choice(WindowPolicy.ADAPTIVE, 1,
                ReconstructionConfig.DEFAULT));
        assertTrue(e.getMessage().contains("FIXED"), e.getMessage());
    }

    @Test
    void reconstructorChoosesFromTheInputTrack() {
        KeypointSequence3D fast = movingTrack(3.5, 20, 7);
        ReconstructionInput input = new ReconstructionInput(fast, null, null);
        assertEquals(6, new Reconstructor(ReconstructionConfig.DEFAULT).windowChoice(input).config().windowFrames());
        assertEquals(12, new Reconstructor(ReconstructionConfig.DEFAULT.withWindowPolicy(WindowPolicy.FIXED))
                .windowChoice(input).config().windowFrames());
    }
}
