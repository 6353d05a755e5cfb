package org.optimusmotion.physics.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.model.Keypoint;

class KeypointSequence3DTest {

    private static final int K = Keypoint.COUNT;

    /** Keypoint k at frame f sits at (f, k, f·k). */
    private static KeypointSequence3D ramp(int frames, double fps) {
        double[] p = new double[frames * K * 3];
        for (int f = 0; f < frames; f++) {
            for (int k = 0; k < K; k++) {
                p[(f * K + k) * 3] = f;
                p[(f * K + k) * 3 + 1] = k;
                p[(f * K + k) * 3 + 2] = f * k;
            }
        }
        return KeypointSequence3D.allValid(fps, p);
    }

    @Test
    void downsamplingByAnIntegerFactorKeepsEveryOtherFrameExactly() {
        KeypointSequence3D t = ramp(9, 120).resample(60);
        assertEquals(5, t.frameCount());
        assertEquals(60, t.fps());
        for (int f = 0; f < 5; f++) {
            assertEquals(2 * f, t.get(f, 3, 0), 0);
            assertEquals(2 * f * 3, t.get(f, 3, 2), 0);
        }
    }

    @Test
    void upsamplingInterpolatesLinearlyAndNeverExtendsTheDuration() {
        KeypointSequence3D t = ramp(3, 30).resample(60);
        assertEquals(5, t.frameCount());
        assertEquals(0.5, t.get(1, 4, 0), 1e-12);
        assertEquals(0.5 * 4, t.get(1, 4, 2), 1e-12);
        assertEquals(2, t.get(4, 4, 0), 1e-12);
    }

    @Test
    void interpolatedKeypointIsInvalidWhenEitherNeighbourIsMissing() {
        double[] p = new double[2 * K * 3];
        boolean[] v = new boolean[2 * K];
        java.util.Arrays.fill(v, true);
        v[K + 5] = false; // frame 1, keypoint 5
        KeypointSequence3D t = new KeypointSequence3D(10, p, v).resample(20);
        assertTrue(t.isValid(0, 5));
        assertFalse(t.isValid(1, 5));
        assertTrue(t.isValid(1, 6));
    }

    @Test
    void isImmutable() {
        double[] p = new double[K * 3];
        KeypointSequence3D t = KeypointSequence3D.allValid(30, p);
        p[0] = 7;
        t.positions()[0] = 9;
        assertEquals(0, t.get(0, 0, 0));
    }

    @Test
    void rejectsNonFiniteValidValuesNamingFrameAndKeypoint() {
        double[] p = new double[2 * K * 3];
        p[(K + 2) * 3 + 1] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KeypointSequence3D.allValid(30, p));
        assertTrue(e.getMessage().contains("frame 1 keypoint right_knee"), e.getMessage());
    }

    @Test
    void invalidEntriesMayHoldNaNAndAreZeroed() {
        double[] p = new double[K * 3];
        p[0] = Double.NaN;
        boolean[] v = new boolean[K];
        KeypointSequence3D t = new KeypointSequence3D(30, p, v);
        assertEquals(0, t.get(0, 0, 0));
    }

    @Test
    void rejectsWrongLengths() {
        assertThrows(IllegalArgumentException.class, () -> KeypointSequence3D.allValid(30, new double[5]));
        assertThrows(IllegalArgumentException.class, () -> new KeypointSequence3D(30, new double[K * 3], new boolean[3]));
        assertThrows(IllegalArgumentException.class, () -> KeypointSequence3D.allValid(0, new double[K * 3]));
    }
}
