package org.optimusmotion.physics.reconstruct;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

class FootContactLabelsTest {

    private static final double FPS = 30;
    private static final int FRAMES = 20;

    /** Left foot planted on the ground, right foot swinging forward at 2 m/s and 10 cm up, 5 mm of noise. */
    private static KeypointSequence3D track() {
        SplittableRandom r = new SplittableRandom(7);
        double[] p = new double[FRAMES * 3 * Keypoint.COUNT];
        for (int f = 0; f < FRAMES; f++) {
            for (int k = 0; k < Keypoint.COUNT; k++) {
                int o = 3 * (f * Keypoint.COUNT + k);
                p[o] = r.nextDouble(-0.005, 0.005);
                p[o + 1] = r.nextDouble(-0.005, 0.005);
                p[o + 2] = 1.0 + r.nextDouble(-0.005, 0.005);
            }
            setZ(p, f, Keypoint.LEFT_TOE, 0.0);
            setZ(p, f, Keypoint.LEFT_ANKLE, 0.08);
            for (Keypoint k : new Keypoint[] {Keypoint.RIGHT_TOE, Keypoint.RIGHT_ANKLE}) {
                int o = 3 * (f * Keypoint.COUNT + k.ordinal());
                p[o] += 2.0 * f / FPS;
                p[o + 2] += 0.10 - 1.0 + (k == Keypoint.RIGHT_ANKLE ? 0.08 : 0);
            }
        }
        return KeypointSequence3D.allValid(FPS, p);
    }

    private static void setZ(double[] p, int f, Keypoint k, double z) {
        p[3 * (f * Keypoint.COUNT + k.ordinal()) + 2] += z - 1.0;
    }

    @Test
    void plantedFootIsStanceAndMovingFootIsSwing() {
        FootContactLabels l = FootContactLabels.of(track());
        for (int f = 0; f < FRAMES; f++) {
            assertEquals(FootContactLabels.STANCE, l.stance()[f * Keypoint.COUNT + Keypoint.LEFT_TOE.ordinal()], "left toe, frame " + f);
            assertEquals(FootContactLabels.STANCE, l.stance()[f * Keypoint.COUNT + Keypoint.LEFT_ANKLE.ordinal()], "left ankle, frame " + f);
            if (f >= FootContactLabels.SMOOTHING_RADIUS_FRAMES && f < FRAMES - FootContactLabels.SMOOTHING_RADIUS_FRAMES) {
                // The truncated moving average at the ends underestimates the speed.
                assertEquals(FootContactLabels.SWING, l.stance()[f * Keypoint.COUNT + Keypoint.RIGHT_TOE.ordinal()], "right toe, frame " + f);
            }
            assertEquals(FootContactLabels.UNKNOWN, l.stance()[f * Keypoint.COUNT + Keypoint.PELVIS.ordinal()], "pelvis, frame " + f);
        }
        assertEquals(0.0, l.groundZ(), 0.006);
        assertEquals(0.10, l.smoothedZ()[5 * Keypoint.COUNT + Keypoint.RIGHT_TOE.ordinal()], 0.006);
        assertEquals(0.5, l.stanceFraction(), 1e-12, "left foot in stance throughout, right never");
    }
}
