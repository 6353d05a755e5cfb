package org.optimusmotion.physics.motion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.model.Keypoint;

class KeypointSequence2DTest {

    private static final int K = Keypoint.COUNT;

    @Test
    void resamplesCoordinatesAndConfidencesAndDropsHalfMissingKeypoints() {
        double[] xy = new double[2 * K * 2];
        double[] c = new double[2 * K];
        for (int k = 0; k < K; k++) {
            xy[k * 2] = 10;
            xy[(K + k) * 2] = 20;
            c[k] = 0.4;
            c[K + k] = 0.8;
        }
        c[K + 3] = 0;
        KeypointSequence2D t = new KeypointSequence2D(25, 640, 480, xy, c).resample(50);
        assertEquals(3, t.frameCount());
        assertEquals(15, t.get(1, 0, 0), 1e-12);
        assertEquals(0.6, t.confidence(1, 0), 1e-12);
        assertEquals(0, t.confidence(1, 3));
        assertEquals(640, t.imageWidth());
    }

    @Test
    void rejectsConfidenceOutsideUnitInterval() {
        double[] c = new double[K];
        c[4] = 1.5;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new KeypointSequence2D(30, 0, 0, new double[K * 2], c));
        assertEquals("frame 0 keypoint left_hip: confidence 1.5 outside [0, 1]", e.getMessage());
    }
}
