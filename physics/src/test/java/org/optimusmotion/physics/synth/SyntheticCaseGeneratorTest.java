package org.optimusmotion.physics.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.metrics.MotionMetrics;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

class SyntheticCaseGeneratorTest {

    /**
     * A person standing still at the origin, arms and legs apart so keypoints do not coincide, ankles and
     * toes 2 cm above the floor as {@code ClipCut} places a cut.
     */
    static KeypointSequence3D standing(int frames) {
        double[] one = new double[3 * Keypoint.COUNT];
        for (int k = 0; k < Keypoint.COUNT; k++) {
            one[3 * k] = 0.01 * k;
            one[3 * k + 1] = 0.02 * (k % 5) - 0.04;
            one[3 * k + 2] = 0.1 + 0.08 * k;
        }
        for (Keypoint foot : new Keypoint[] {Keypoint.LEFT_ANKLE, Keypoint.LEFT_TOE, Keypoint.RIGHT_ANKLE,
            Keypoint.RIGHT_TOE}) {
            one[3 * foot.ordinal() + 2] = ClipCut.FOOT_CLEARANCE_M;
        }
        double[] p = new double[frames * one.length];
        for (int f = 0; f < frames; f++) {
            System.arraycopy(one, 0, p, f * one.length, one.length);
        }
        return KeypointSequence3D.allValid(30, p);
    }

    @Test
    void sameSeedSameCaseOtherSeedOtherCase() {
        KeypointSequence3D truth = standing(40);
        Camera cam = SyntheticCaseGenerator.camera(truth, 4, 1.2, -90);
        SyntheticCase a = SyntheticCaseGenerator.generate(truth, cam, SynthNoise.DEFAULT, 7);
        SyntheticCase b = SyntheticCaseGenerator.generate(truth, cam, SynthNoise.DEFAULT, 7);
        SyntheticCase c = SyntheticCaseGenerator.generate(truth, cam, SynthNoise.DEFAULT, 8);
        assertArrayEquals(a.detections().xyRef(), b.detections().xyRef());
        assertArrayEquals(a.detections().confidenceRef(), b.detections().confidenceRef());
        assertArrayEquals(a.kinematic().positionsRef(), b.kinematic().positionsRef());
        assertFalse(Arrays.equals(a.kinematic().positionsRef(), c.kinematic().positionsRef()));
        assertFalse(Arrays.equals(a.detections().xyRef(), c.detections().xyRef()));
    }

    @Test
    void noiseFreeCaseReproducesTheTruthAndDefaultNoiseDegradesIt() {
        KeypointSequence3D truth = standing(60);
        Camera cam = SyntheticCaseGenerator.camera(truth, 4, 1.2, 0);
        SyntheticCase clean = SyntheticCaseGenerator.generate(truth, cam, SynthNoise.none(), 1);
        assertEquals(0, MotionMetrics.mpjpeGlobalMm(clean.kinematic(), truth), 1e-9);
        assertEquals(0, MotionMetrics.mpjpe2dPx(truth, cam, clean.detections()), 1e-6);
        SyntheticCase noisy = SyntheticCaseGenerator.generate(truth, cam, SynthNoise.DEFAULT, 1);
        double g = MotionMetrics.mpjpeGlobalMm(noisy.kinematic(), truth);
        double root = MotionMetrics.mpjpeMm(noisy.kinematic(), truth);
        assertTrue(g > 30 && g < 400, "MPJPE-G of the noisy estimate " + g);
        assertTrue(root > 10 && root < 100, "MPJPE of the noisy estimate " + root);
        assertTrue(g > root, "depth drift makes the global error larger than the root-aligned one");
        int dropped = 0;
        for (double conf : noisy.detections().confidenceRef()) {
            if (conf == 0) {
                dropped++;
            }
        }
        assertTrue(dropped > 0, "some detections drop out");
        assertTrue(MotionMetrics.footSkatePercent(noisy.kinematic()) > MotionMetrics.footSkatePercent(truth),
                "sliding feet skate");
    }
}
