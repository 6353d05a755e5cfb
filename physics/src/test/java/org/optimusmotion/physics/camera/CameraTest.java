package org.optimusmotion.physics.camera;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CameraTest {

    private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    @Test
    void projectsThroughThePinholeWithoutDistortion() {
        Camera c = new Camera(1000, 900, 320, 240, 640, 480, 0, 0, IDENTITY, new double[3]);
        double[] uv = new double[2];
        assertTrue(c.project(new double[] {0.1, 0.2, 2}, 0, uv, 0));
        assertArrayEquals(new double[] {1000 * 0.05 + 320, 900 * 0.1 + 240}, uv, 1e-12);
        assertFalse(c.project(new double[] {0, 0, -1}, 0, uv, 0));
    }

    @Test
    void radialDistortionScalesTheNormalisedPoint() {
        Camera c = new Camera(1000, 1000, 0, 0, 640, 480, 0.1, 0.01, IDENTITY, new double[3]);
        double[] uv = new double[2];
        c.project(new double[] {1, 0, 2}, 0, uv, 0);
        double r2 = 0.25;
        assertEquals(1000 * 0.5 * (1 + 0.1 * r2 + 0.01 * r2 * r2), uv[0], 1e-12);
    }

    @Test
    void jacobianMatchesCentralFiniteDifferences() {
        SplittableRandom rnd = new SplittableRandom(11);
        double[] uv = new double[2];
        double[] jac = new double[6];
        double[] plus = new double[2];
        double[] minus = new double[2];
        for (int trial = 0; trial < 20; trial++) {
            double[] rvec = {rnd.nextDouble(-1, 1), rnd.nextDouble(-1, 1), rnd.nextDouble(-1, 1)};
            double[] t = {rnd.nextDouble(-0.5, 0.5), rnd.nextDouble(-0.5, 0.5), rnd.nextDouble(3, 6)};
            Camera c = Camera.fromRodrigues(rnd.nextDouble(800, 2000), rnd.nextDouble(800, 2000), 500, 900, 1088, 1920,
                    rnd.nextDouble(-0.3, 0.3), rnd.nextDouble(-0.1, 0.1), rvec, t);
            double[] x = {rnd.nextDouble(-1, 1), rnd.nextDouble(-1, 1), rnd.nextDouble(-1, 1)};
            assertTrue(c.projectWithJacobian(x, 0, uv, 0, jac, 0));
            double norm = 0;
            for (double v : jac) {
                norm += v * v;
            }
            assertTrue(norm > 1, "analytic Jacobian must be non-zero");
            double h = 1e-6;
            for (int a = 0; a < 3; a++) {
                double[] xp = x.clone();
                double[] xm = x.clone();
                xp[a] += h;
                xm[a] -= h;
                c.project(xp, 0, plus, 0);
                c.project(xm, 0, minus, 0);
                for (int r = 0; r < 2; r++) {
                    double fd = (plus[r] - minus[r]) / (2 * h);
                    double analytic = jac[3 * r + a];
                    double err = Math.abs(fd - analytic) / Math.max(1.0, Math.abs(analytic));
                    assertTrue(err < 1e-5, "trial " + trial + " d(uv" + r + ")/dX" + a + ": analytic " + analytic
                            + " vs fd " + fd);
                }
            }
        }
    }

    @Test
    void rodriguesRoundTrips() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 20; i++) {
            double[] r = {rnd.nextDouble(-2, 2), rnd.nextDouble(-2, 2), rnd.nextDouble(-2, 2)};
            double[] m = Rotations.fromRodrigues(r);
            assertEquals(1, Rotations.determinant(m), 1e-12);
            assertArrayEquals(m, Rotations.fromRodrigues(Rotations.toRodrigues(m)), 1e-9);
        }
    }

    @Test
    void lookAtPutsTheTargetAtThePrincipalPointAndUpUpwards() {
        Camera c = CameraEstimate.lookingAt(1920, 1080, new double[] {1, -4, 1.2}, new double[] {0, 0, 1});
        double[] uv = new double[2];
        c.project(new double[] {0, 0, 1}, 0, uv, 0);
        assertArrayEquals(new double[] {960, 540}, uv, 1e-9);
        double[] above = new double[2];
        c.project(new double[] {0, 0, 1.5}, 0, above, 0);
        assertTrue(above[1] < uv[1], "higher points appear higher in the image (smaller v)");
        assertArrayEquals(new double[] {1, -4, 1.2}, c.centreM(), 1e-12);
        assertEquals(960 / Math.tan(Math.toRadians(30)), c.fx(), 1e-9);
    }

    @Test
    void rejectsReflectionsAndBadIntrinsics() {
        assertThrows(IllegalArgumentException.class,
                () -> new Camera(1, 1, 0, 0, 10, 10, 0, 0, new double[] {1, 0, 0, 0, 1, 0, 0, 0, -1}, new double[3]));
        assertThrows(IllegalArgumentException.class,
                () -> new Camera(1, 1, 0, 0, 10, 10, 0, 0, new double[] {1, 0, 0, 0, 2, 0, 0, 0, 1}, new double[3]));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Camera(-5, 1, 0, 0, 10, 10, 0, 0, IDENTITY, new double[3]));
        assertEquals("fx must be finite and > 0, got -5.0", e.getMessage());
    }
}
