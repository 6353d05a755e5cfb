package org.optimusmotion.physics.lift;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.model.Keypoint;

class LiftProblemTest {

    private static final int K = Keypoint.COUNT;

    @Test
    void gradientMatchesCentralDifferences() {
        Camera camera = MonocularLiftTest.camera();
        SkeletonTemplate template = SkeletonTemplate.forHeight(1.7);
        LiftProblem problem = new LiftProblem(camera, template, LiftConfig.DEFAULT);
        SplittableRandom rnd = new SplittableRandom(21);
        double[] pose = MonocularLiftTest.pose(template, 0.4, 0.2, 0.6);
        double[] xy = new double[2 * K];
        double[] conf = new double[K];
        for (int k = 0; k < K; k++) {
            camera.project(pose, 3 * k, xy, 2 * k);
            // Detections off by up to 30 px, so both Huber branches are exercised; one keypoint missing.
            xy[2 * k] += rnd.nextDouble(-30, 30);
            xy[2 * k + 1] += rnd.nextDouble(-30, 30);
            conf[k] = k == Keypoint.LEFT_WRIST.ordinal() ? 0 : rnd.nextDouble(0.4, 1);
        }
        double[] prev = pose.clone();
        for (int i = 0; i < prev.length; i++) {
            prev[i] += rnd.nextDouble(-0.03, 0.03);
        }
        double yaw = 0.7;
        problem.setFrame(xy, 0, conf, 0, prev, new double[] {Math.cos(yaw), Math.sin(yaw), 0});
        double[] x = new double[problem.dimension()];
        LiftProblem.parameters(pose, x);
        for (int i = 0; i < x.length; i++) {
            // Off the template: bones stretched, a foot below the floor, knees possibly backwards.
            x[i] += rnd.nextDouble(-0.05, 0.05);
        }
        double[] g = new double[x.length];
        problem.evaluate(x, g);
        double norm = 0;
        for (double v : g) {
            norm += v * v;
        }
        assertTrue(Math.sqrt(norm) > 1, "analytic gradient must be non-zero, |g| = " + Math.sqrt(norm));
        double h = 1e-6;
        for (int i = 0; i < x.length; i++) {
            double[] xp = x.clone();
            double[] xm = x.clone();
            xp[i] += h;
            xm[i] -= h;
            double fd = (problem.evaluate(xp, null) - problem.evaluate(xm, null)) / (2 * h);
            double err = Math.abs(fd - g[i]) / Math.max(1.0, Math.abs(fd));
            assertTrue(err < 1e-4, "parameter " + i + ": analytic " + g[i] + " vs finite difference " + fd);
        }
    }
}
