package org.optimusmotion.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PinholeCameraTest {

    @Test
    void lookAtPutsTheTargetAtThePrincipalPointWithZUpInTheImage() {
        PinholeCamera camera = PinholeCamera.lookAt(new Vec3(1, -4, 2), new Vec3(0.2, 0.5, 0.8), 50, 640, 480);
        ImagePoint target = camera.project(new Vec3(0.2, 0.5, 0.8));
        assertEquals(camera.cx(), target.u(), 1e-9);
        assertEquals(camera.cy(), target.v(), 1e-9);
        assertTrue(target.depthM() > 0);
        ImagePoint above = camera.project(new Vec3(0.2, 0.5, 1.8));
        assertTrue(above.v() < target.v(), "world up is image up (smaller v)");
        assertEquals(new Vec3(1, -4, 2).x(), camera.centreM().x(), 1e-12);
        assertEquals(-4, camera.centreM().y(), 1e-12);
        assertEquals(2, camera.centreM().z(), 1e-12);
    }

    @Test
    void clipMatrixAgreesWithTheOpenCvProjection() {
        double[] r = rotationAboutAxis(0.3, -0.5, 0.8, 0.7);
        PinholeCamera camera = new PinholeCamera(700, 650, 300.5, 210.25, 640, 400, r, new double[] {0.1, -0.2, 5});
        double[] m = new double[16];
        camera.clipFromWorld(m);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50; i++) {
            Vec3 p = new Vec3(random.nextDouble(-1, 1), random.nextDouble(-1, 1), random.nextDouble(-1, 1));
            ImagePoint ip = camera.project(p);
            double[] clip = new double[4];
            double[] h = {p.x(), p.y(), p.z(), 1};
            for (int row = 0; row < 4; row++) {
                for (int k = 0; k < 4; k++) {
                    clip[row] += m[4 * k + row] * h[k]; // column-major
                }
            }
            assertEquals(ip.depthM(), clip[3], 1e-9, "w_clip is the camera depth");
            double windowX = (clip[0] / clip[3] + 1) / 2 * 640;
            double windowY = (clip[1] / clip[3] + 1) / 2 * 400;
            assertEquals(ip.u() + 0.5, windowX, 1e-9);
            assertEquals(400 - ip.v() - 0.5, windowY, 1e-9);
        }
    }

    @Test
    void depthMapsNearToMinusOneAndFarToPlusOne() {
        PinholeCamera camera = new PinholeCamera(500, 500, 100, 100, 200, 200, identity(), new double[3], 0.1, 20);
        double[] m = new double[16];
        camera.clipFromWorld(m);
        for (double[] zAndNdc : new double[][] {{0.1, -1}, {20, 1}}) {
            double z = zAndNdc[0];
            double zClip = m[10] * z + m[14];
            double wClip = m[11] * z + m[15];
            assertEquals(zAndNdc[1], zClip / wClip, 1e-9);
        }
    }

    @Test
    void invalidCamerasAreRefusedWithTheFieldNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PinholeCamera(-1, 500, 0, 0, 10, 10, identity(), new double[3]));
        assertTrue(e.getMessage().contains("fx"), e.getMessage());
        double[] reflection = {1, 0, 0, 0, 1, 0, 0, 0, -1};
        e = assertThrows(IllegalArgumentException.class,
                () -> new PinholeCamera(500, 500, 0, 0, 10, 10, reflection, new double[3]));
        assertTrue(e.getMessage().contains("determinant"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new PinholeCamera(500, 500, 0, 0, 10, 10, identity(), new double[3], 1, 0.5));
        assertTrue(e.getMessage().contains("farM"), e.getMessage());
    }

    @Test
    void arraysAreCopied() {
        double[] r = identity();
        double[] t = {1, 2, 3};
        PinholeCamera camera = new PinholeCamera(500, 500, 0, 0, 10, 10, r, t);
        r[0] = 5;
        t[0] = 9;
        camera.rotationRowMajor()[1] = 7;
        assertEquals(1, camera.rotationRowMajor()[0]);
        assertEquals(0, camera.rotationRowMajor()[1]);
        assertEquals(1, camera.translationM()[0]);
    }

    static double[] identity() {
        return new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1};
    }

    /** Rodrigues: rotation by {@code angle} radians about the unit axis (x, y, z), row-major. */
    static double[] rotationAboutAxis(double x, double y, double z, double angle) {
        double n = Math.sqrt(x * x + y * y + z * z);
        x /= n;
        y /= n;
        z /= n;
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        double t = 1 - c;
        return new double[] {
                t * x * x + c, t * x * y - s * z, t * x * z + s * y,
                t * x * y + s * z, t * y * y + c, t * y * z - s * x,
                t * x * z - s * y, t * y * z + s * x, t * z * z + c};
    }
}
