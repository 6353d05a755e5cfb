package org.optimusmotion.physics.triangulate;

import java.util.ArrayList;
import java.util.List;
import org.optimusmotion.physics.camera.Camera;

/** Synthetic calibrated rigs for the tests: cameras on a circle looking at a target. */
final class TestCameras {

    private TestCameras() {
    }

    /** A portrait 1088x1920 camera at {@code centre} looking at {@code target} (Z up), with radial distortion. */
    static Camera lookingAt(double[] centre, double[] target, double k1, double k2) {
        double[] z = unit(new double[] {target[0] - centre[0], target[1] - centre[1], target[2] - centre[2]});
        double[] x = unit(cross(z, new double[] {0, 0, 1}));
        double[] y = cross(z, x);
        double[] r = {x[0], x[1], x[2], y[0], y[1], y[2], z[0], z[1], z[2]};
        double[] t = new double[3];
        for (int i = 0; i < 3; i++) {
            t[i] = -(r[3 * i] * centre[0] + r[3 * i + 1] * centre[1] + r[3 * i + 2] * centre[2]);
        }
        return new Camera(1680, 1675, 533, 955, 1088, 1920, k1, k2, r, t);
    }

    /** {@code n} cameras 4 m from the origin at 1.2 m height, evenly spread in azimuth, looking at (0, 0, 1). */
    static List<Camera> ring(int n, double k1, double k2) {
        List<Camera> cams = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n + 0.3;
            cams.add(lookingAt(new double[] {4 * Math.cos(a), 4 * Math.sin(a), 1.2}, new double[] {0, 0, 1}, k1, k2));
        }
        return cams;
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double[] unit(double[] a) {
        double n = Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
        return new double[] {a[0] / n, a[1] / n, a[2] / n};
    }
}
