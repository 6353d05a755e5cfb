package org.optimusmotion.app.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RoiTest {

    @Test
    void anUprightBodyGivesAnUnrotatedSquareAroundTheHips() {
        // Scale point 200 px straight above the hip centre.
        Roi roi = Roi.fromAlignment(500, 800, 500, 600);
        assertEquals(0, roi.rotationRad(), 1e-12);
        assertEquals(2 * 200 * Roi.ALIGNMENT_SCALE, roi.sizePx(), 1e-9);
        assertEquals(500, roi.centerXPx(), 0);
        assertEquals(800, roi.centerYPx(), 0);
    }

    @Test
    void aBodyLyingWithItsHeadToTheRightIsTurnedUpInTheCrop() {
        Roi roi = Roi.fromAlignment(500, 800, 700, 800);
        assertEquals(Math.PI / 2, roi.rotationRad(), 1e-12);
        // The top middle of the crop (the body's head direction) lies to the right of the hips in the image.
        double[] p = new double[2];
        roi.toImage(0.5, 0, p, 0);
        assertEquals(500 + roi.sizePx() / 2, p[0], 1e-9);
        assertEquals(800, p[1], 1e-9);
    }

    @Test
    void cropCornersMapToTheSquareAndVectorsRotateLikePoints() {
        Roi roi = new Roi(100, 200, 50, 0.3);
        double[] centre = new double[2];
        roi.toImage(0.5, 0.5, centre, 0);
        assertEquals(100, centre[0], 1e-12);
        assertEquals(200, centre[1], 1e-12);
        double[] corner = new double[2];
        roi.toImage(1, 1, corner, 0);
        assertEquals(25 * Math.sqrt(2), Math.hypot(corner[0] - 100, corner[1] - 200), 1e-9, "half diagonal");
        double[] v = new double[2];
        roi.rotateToImage(0.5 * 50, 0.5 * 50, v, 0);
        assertEquals(corner[0] - 100, v[0], 1e-9);
        assertEquals(corner[1] - 200, v[1], 1e-9);
    }

    @Test
    void anglesWrapIntoMinusPiToPi() {
        assertEquals(-Math.PI / 2, Roi.normalizeRadians(3 * Math.PI / 2), 1e-12);
        assertEquals(-Math.PI, Roi.normalizeRadians(Math.PI), 1e-12);
        assertEquals(0.25, Roi.normalizeRadians(0.25 + 4 * Math.PI), 1e-12);
    }

    @Test
    void invalidRoisNameTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Roi(0, 0, 0, 0));
        assertEquals("ROI sizePx must be finite and > 0, got 0.0", e.getMessage());
    }
}
