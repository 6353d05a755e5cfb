package org.optimusmotion.physics.triangulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.camera.Camera;

class PointTriangulatorTest {

    @Test
    void undistortInvertsTheCameraModel() {
        Camera c = TestCameras.lookingAt(new double[] {0, -4, 1}, new double[] {0, 0, 1}, -0.2, 0.05);
        SplittableRandom rnd = new SplittableRandom(3);
        double[] uv = new double[2];
        double[] xy = new double[2];
        double[] r = c.rotation();
        double[] t = c.translationM();
        for (int i = 0; i < 50; i++) {
            double[] p = {rnd.nextDouble(-1, 1), rnd.nextDouble(-1, 1), rnd.nextDouble(0, 2)};
            assertTrue(c.project(p, 0, uv, 0));
            PointTriangulator.undistort(c, uv[0], uv[1], xy, 0);
            double zc = r[6] * p[0] + r[7] * p[1] + r[8] * p[2] + t[2];
            double xc = r[0] * p[0] + r[1] * p[1] + r[2] * p[2] + t[0];
            double yc = r[3] * p[0] + r[4] * p[1] + r[5] * p[2] + t[1];
            assertEquals(xc / zc, xy[0], 1e-10);
            assertEquals(yc / zc, xy[1], 1e-10);
        }
    }

    @Test
    void recoversExactPointsFromExactProjections() {
        for (int views = 2; views <= 4; views++) {
            List<Camera> cams = TestCameras.ring(views, -0.05, 0.01);
            PointTriangulator tri = new PointTriangulator(cams, TriangulationConfig.DEFAULT);
            SplittableRandom rnd = new SplittableRandom(views);
            for (int i = 0; i < 30; i++) {
                double[] p = {rnd.nextDouble(-0.8, 0.8), rnd.nextDouble(-0.8, 0.8), rnd.nextDouble(0, 1.9)};
                double[] pix = project(cams, p);
                double[] conf = filled(views, rnd.nextDouble(0.4, 1));
                double[] out = new double[3];
                double[] err = new double[views];
                boolean[] used = new boolean[views];
                assertEquals(PointTriangulator.Status.OK, tri.triangulate(pix, 0, conf, 0, out, 0, err, 0, used, 0));
                assertArrayEquals(p, out, 1e-9, "views " + views + " point " + i);
                for (int v = 0; v < views; v++) {
                    assertTrue(used[v]);
                    assertTrue(err[v] < 1e-6, "reprojection error " + err[v]);
                }
            }
        }
    }

    @Test
    void noisyPixelsGiveSmallErrorsThatShrinkWithMoreViews() {
        double sigmaPx = 2;
        double[] rms = new double[2];
        int[] viewCounts = {3, 12};
        for (int c = 0; c < 2; c++) {
            List<Camera> cams = TestCameras.ring(viewCounts[c], -0.05, 0.01);
            PointTriangulator tri = new PointTriangulator(cams, TriangulationConfig.DEFAULT.withMaxReprojectionPx(1e9));
            SplittableRandom rnd = new SplittableRandom(17);
            double sum = 0;
            int n = 400;
            for (int i = 0; i < n; i++) {
                double[] p = {rnd.nextDouble(-0.5, 0.5), rnd.nextDouble(-0.5, 0.5), rnd.nextDouble(0.1, 1.8)};
                double[] pix = project(cams, p);
                for (int j = 0; j < pix.length; j++) {
                    pix[j] += sigmaPx * gaussian(rnd);
                }
                double[] out = new double[3];
                int views = cams.size();
                assertEquals(PointTriangulator.Status.OK, tri.triangulate(pix, 0, filled(views, 1), 0, out, 0,
                        new double[views], 0, new boolean[views], 0));
                sum += sq(out[0] - p[0]) + sq(out[1] - p[1]) + sq(out[2] - p[2]);
            }
            rms[c] = Math.sqrt(sum / n);
        }
        // 2 px at 1680 px focal length and 4 m is about 5 mm per view.
        assertTrue(rms[0] < 0.012, "3 views: rms " + rms[0] + " m");
        assertTrue(rms[0] > 0.001, "noise must show: rms " + rms[0] + " m");
        assertTrue(rms[1] < 0.7 * rms[0], "12 views " + rms[1] + " m vs 3 views " + rms[0] + " m");
    }

    @Test
    void lowConfidenceViewsAreSkippedAndOutlierViewsDropped() {
        List<Camera> cams = TestCameras.ring(4, 0, 0);
        PointTriangulator tri = new PointTriangulator(cams, TriangulationConfig.DEFAULT);
        double[] p = {0.1, -0.2, 1.0};
        double[] pix = project(cams, p);
        pix[4] += 300; // view 2 detected a different limb
        double[] conf = {0.9, 0.2, 0.9, 0.9}; // view 1 below the 0.3 threshold
        pix[2] += 400; // garbage in view 1, but it is not confident
        double[] out = new double[3];
        double[] err = new double[4];
        boolean[] used = new boolean[4];
        assertEquals(PointTriangulator.Status.OK, tri.triangulate(pix, 0, conf, 0, out, 0, err, 0, used, 0));
        assertArrayEquals(p, out, 1e-9);
        assertArrayEquals(new boolean[] {true, false, false, true}, used);
        assertTrue(Double.isNaN(err[1]), "a skipped view has no error");
        assertEquals(300, err[2], 1e-6, "the dropped view's error is still reported");
    }

    @Test
    void tooFewViewsAndInconsistentPairsAreReported() {
        List<Camera> cams = TestCameras.ring(3, 0, 0);
        PointTriangulator tri = new PointTriangulator(cams, TriangulationConfig.DEFAULT);
        double[] pix = project(cams, new double[] {0, 0, 1});
        double[] out = {7, 7, 7};
        double[] err = new double[3];
        boolean[] used = new boolean[3];
        assertEquals(PointTriangulator.Status.TOO_FEW_VIEWS,
                tri.triangulate(pix, 0, new double[] {0.9, 0, 0.1}, 0, out, 0, err, 0, used, 0));
        assertArrayEquals(new double[] {7, 7, 7}, out, 0, "output untouched");
        pix[1] += 200;
        assertEquals(PointTriangulator.Status.OUTLIER,
                tri.triangulate(pix, 0, new double[] {0.9, 0.9, 0}, 0, out, 0, err, 0, used, 0));
        assertFalse(used[0]);
    }

    @Test
    void pointsBehindTheCamerasAreDegenerate() {
        Camera a = TestCameras.lookingAt(new double[] {-1, -4, 1}, new double[] {-1, 0, 1}, 0, 0);
        Camera b = TestCameras.lookingAt(new double[] {1, -4, 1}, new double[] {1, 0, 1}, 0, 0);
        PointTriangulator tri = new PointTriangulator(List.of(a, b), TriangulationConfig.DEFAULT);
        // Rays that diverge (each camera sees its own optical axis) meet only behind the cameras.
        double[] pix = {a.cx() - 300, a.cy(), b.cx() + 300, b.cy()};
        assertEquals(PointTriangulator.Status.DEGENERATE, tri.triangulate(pix, 0, new double[] {1, 1}, 0,
                new double[3], 0, new double[2], 0, new boolean[2], 0));
        // Parallel optical axes meet at infinity.
        double[] parallel = {a.cx(), a.cy(), b.cx(), b.cy()};
        assertEquals(PointTriangulator.Status.DEGENERATE, tri.triangulate(parallel, 0, new double[] {1, 1}, 0,
                new double[3], 0, new double[2], 0, new boolean[2], 0));
    }

    @Test
    void oneCameraAndBadSettingsAreRejectedWithAMessage() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new PointTriangulator(TestCameras.ring(1, 0, 0), TriangulationConfig.DEFAULT));
        assertTrue(e.getMessage().contains("at least 2 cameras"), e.getMessage());
        var m = assertThrows(IllegalArgumentException.class, () -> new TriangulationConfig(0.3, 1, 15, 10));
        assertTrue(m.getMessage().contains("minViews"), m.getMessage());
    }

    static double[] project(List<Camera> cams, double[] p) {
        double[] pix = new double[2 * cams.size()];
        for (int v = 0; v < cams.size(); v++) {
            assertTrue(cams.get(v).project(p, 0, pix, 2 * v));
        }
        return pix;
    }

    static double[] filled(int n, double value) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, value);
        return a;
    }

    static double gaussian(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    private static double sq(double x) {
        return x * x;
    }
}
