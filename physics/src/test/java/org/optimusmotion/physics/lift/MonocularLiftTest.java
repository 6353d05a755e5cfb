package org.optimusmotion.physics.lift;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.metrics.MotionMetrics;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

class MonocularLiftTest {

    private static final int K = Keypoint.COUNT;

    /** A portrait camera 4 m away at 1.6 m height, looking slightly down at (0, 0, 0.9), mild distortion. */
    static Camera camera() {
        double[] centre = {3.2, -2.4, 1.6};
        double[] target = {0, 0, 0.9};
        double[] z = unit(new double[] {target[0] - centre[0], target[1] - centre[1], target[2] - centre[2]});
        double[] x = unit(cross(z, new double[] {0, 0, 1}));
        double[] y = cross(z, x);
        double[] r = {x[0], x[1], x[2], y[0], y[1], y[2], z[0], z[1], z[2]};
        double[] t = new double[3];
        for (int i = 0; i < 3; i++) {
            t[i] = -(r[3 * i] * centre[0] + r[3 * i + 1] * centre[1] + r[3 * i + 2] * centre[2]);
        }
        return new Camera(1680, 1680, 540, 960, 1088, 1920, -0.01, 0.002, r, t);
    }

    /**
     * The template's standing pose turned by {@code yawRad} about Z and moved to (x, y) on the floor,
     * with spine and neck derived as the 2D mappings derive them (means of their neighbours).
     */
    static double[] pose(SkeletonTemplate t, double yawRad, double xM, double yM) {
        double c = Math.cos(yawRad);
        double s = Math.sin(yawRad);
        double[] p = new double[3 * K];
        for (int k = 0; k < K; k++) {
            p[3 * k] = xM + c * t.standing(k, 0) - s * t.standing(k, 1);
            p[3 * k + 1] = yM + s * t.standing(k, 0) + c * t.standing(k, 1);
            p[3 * k + 2] = t.standing(k, 2);
        }
        double[] x = new double[3 * LiftProblem.PRIMARY.length];
        LiftProblem.parameters(p, x);
        LiftProblem.keypoints(x, p);
        return p;
    }

    @Test
    void liftsAStandingPersonSeenByACalibratedCamera() {
        SkeletonTemplate template = SkeletonTemplate.forHeight(1.7);
        Camera camera = camera();
        int frames = 5;
        double[] truth = new double[frames * 3 * K];
        double[] xy = new double[frames * 2 * K];
        double[] conf = new double[frames * K];
        for (int f = 0; f < frames; f++) {
            // Facing the camera's side, drifting 1 cm per frame.
            double[] p = pose(template, -0.4, 0.01 * f, 0.1);
            System.arraycopy(p, 0, truth, f * 3 * K, 3 * K);
            for (int k = 0; k < K; k++) {
                assertTrue(camera.project(p, 3 * k, xy, 2 * (f * K + k)));
                conf[f * K + k] = 0.9;
            }
        }
        KeypointSequence2D det = new KeypointSequence2D(30, 1088, 1920, xy, conf);
        KeypointSequence3D lifted = new MonocularLift(LiftConfig.DEFAULT.withHeight(1.7)).lift(det, camera, () -> false);
        KeypointSequence3D gt = KeypointSequence3D.allValid(30, truth);
        double mpjpe = MotionMetrics.mpjpeGlobalMm(lifted, gt);
        StringBuilder worst = new StringBuilder();
        for (int k = 0; k < K; k++) {
            double e = 0;
            for (int a = 0; a < 3; a++) {
                e += Math.pow(lifted.get(frames - 1, k, a) - gt.get(frames - 1, k, a), 2);
            }
            worst.append(Keypoint.values()[k].fileName()).append('=').append(Math.round(1000 * Math.sqrt(e))).append(' ');
        }
        assertTrue(mpjpe < 30, "MPJPE-G " + mpjpe + " mm; last frame, mm: " + worst);
    }

    @Test
    void aFirstFrameWithoutFeetIsReported() {
        Camera camera = camera();
        double[] xy = new double[2 * 2 * K];
        double[] conf = new double[2 * K];
        java.util.Arrays.fill(conf, 0.9);
        for (int f = 0; f < 2; f++) {
            for (int k : SkeletonTemplate.FOOT) {
                conf[f * K + k] = 0;
            }
        }
        KeypointSequence2D det = new KeypointSequence2D(30, 1088, 1920, xy, conf);
        var e = assertThrows(IllegalArgumentException.class,
                () -> new MonocularLift(LiftConfig.DEFAULT).lift(det, camera, () -> false));
        assertTrue(e.getMessage().contains("no detected ankle or toe"), e.getMessage());
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double[] unit(double[] a) {
        double n = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
        return new double[] {a[0] / n, a[1] / n, a[2] / n};
    }
}
