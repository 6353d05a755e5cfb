package org.optimusmotion.app.detect;

import java.util.SplittableRandom;
import org.optimusmotion.physics.camera.Camera;

/**
 * Detections made from known 3D landmarks and a camera, for tests: world landmarks = camera-frame
 * landmarks minus the hip centre (MediaPipe's convention), image landmarks = their pinhole projection.
 */
final class SyntheticDetections {

    static final int L = LandmarkOutput.BODY_LANDMARKS;

    private SyntheticDetections() {
    }

    /**
     * A body-like cloud of 33 landmarks in the world (Z up, metres) standing at {@code (x, y)}: face
     * landmarks near 1.6–1.7 m, shoulders to hips in between, feet (27–32) exactly on Z = 0.
     */
    static double[] body(SplittableRandom random, double x, double y) {
        double[] p = new double[3 * L];
        for (int k = 0; k < L; k++) {
            double z;
            if (k < 11) {
                z = 1.6 + 0.1 * random.nextDouble();
            } else if (k < 23) {
                z = 0.9 + 0.6 * random.nextDouble();
            } else if (k < 27) {
                z = 0.4 + 0.6 * random.nextDouble();
            } else {
                z = 0;
            }
            double side = (k % 2 == 1 ? 1 : -1) * (0.1 + 0.15 * random.nextDouble());
            p[3 * k] = x + side;
            p[3 * k + 1] = y + 0.2 * (random.nextDouble() - 0.5);
            p[3 * k + 2] = z;
        }
        return p;
    }

    /** The landmark-model output that sees {@code worldPoints} (33 × 3, world frame) through {@code camera}. */
    static LandmarkOutput observe(double[] worldPoints, Camera camera, double visibility) {
        double[] r = camera.rotation();
        double[] t = camera.translationM();
        double[] cam = new double[3 * L];
        for (int k = 0; k < L; k++) {
            for (int row = 0; row < 3; row++) {
                cam[3 * k + row] = r[3 * row] * worldPoints[3 * k] + r[3 * row + 1] * worldPoints[3 * k + 1]
                        + r[3 * row + 2] * worldPoints[3 * k + 2] + t[row];
            }
        }
        LandmarkOutput out = new LandmarkOutput();
        for (int k = 0; k < L; k++) {
            for (int a = 0; a < 3; a++) {
                double hip = 0.5 * (cam[3 * 23 + a] + cam[3 * 24 + a]);
                out.world[3 * k + a] = cam[3 * k + a] - hip;
            }
            out.imageXy[2 * k] = camera.fx() * cam[3 * k] / cam[3 * k + 2] + camera.cx();
            out.imageXy[2 * k + 1] = camera.fy() * cam[3 * k + 1] / cam[3 * k + 2] + camera.cy();
            out.visibility[k] = visibility;
        }
        out.presence = 0.99;
        out.roi = new Roi(camera.cx(), camera.cy(), 100, 0);
        return out;
    }
}
