package org.optimusmotion.physics.io.bvh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.TestData;

class BvhForwardKinematicsTest {

    private final BvhMotion motion;
    private final double[] points;

    BvhForwardKinematicsTest() throws IOException {
        motion = new BvhReader().read(TestData.resource("/org/optimusmotion/physics/io/bvh/syntax_features.bvh"));
        points = new double[motion.skeleton().pointCount() * 3];
    }

    private double[] point(int frame, String name) {
        new BvhForwardKinematics(motion.skeleton()).positions(motion, frame, points);
        int i = motion.skeleton().pointNames().indexOf(name);
        return new double[] {points[3 * i], points[3 * i + 1], points[3 * i + 2]};
    }

    @Test
    void restPoseIsTheSumOfOffsets() {
        assertArrayEquals(new double[] {1, 2, 3}, point(0, "Root"), 1e-12);
        assertArrayEquals(new double[] {6, 12, 5}, point(0, "Slider_End"), 1e-12);
        assertArrayEquals(new double[] {1, -13, 3}, point(0, "Leg_End"), 1e-12);
    }

    @Test
    void rootRotationAndChildPositionChannelsMoveTheChain() {
        // Root Zrotation 90: parent +Y offsets turn to -X, +X turns to +Y; Slider adds Xposition 1 to its offset.
        assertArrayEquals(new double[] {-9, 2, 3}, point(1, "Arm"), 1e-12);
        assertArrayEquals(new double[] {-9, 8, 3}, point(1, "Slider"), 1e-12);
        assertArrayEquals(new double[] {-9, 8, 5}, point(1, "Slider_End"), 1e-12);
        assertArrayEquals(new double[] {16, 2, 3}, point(1, "Leg_End"), 1e-12);
    }

    @Test
    void arbitraryChannelOrdersComposeInListedOrder() {
        // Frame 2 values, composed independently with full matrices.
        double[] root = {-1.5, 2.25, 0.3};
        double[][] rRoot = mul(mul(rot(2, 10), rot(0, 20)), rot(1, 30));       // Z X Y
        double[][] rArm = mul(mul(rot(2, 40), rot(0, 50)), rot(1, 60));        // Z X Y
        double[][] rSlider = mul(mul(rot(0, 15), rot(1, -25)), rot(2, 35));    // X Y Z
        double[][] rLeg = mul(mul(rot(1, 5), rot(2, 10)), rot(0, -15));        // Y Z X
        double[] arm = add(root, apply(rRoot, new double[] {0, 10, 0}));
        double[][] wArm = mul(rRoot, rArm);
        double[] slider = add(arm, apply(wArm, new double[] {5 + 0.5, -0.5, 1}));
        double[] sliderEnd = add(slider, apply(mul(wArm, rSlider), new double[] {0, 0, 2}));
        double[] legEnd = add(add(root, apply(rRoot, new double[] {0, -10, 0})),
                apply(mul(rRoot, rLeg), new double[] {0, -5, 0}));
        assertArrayEquals(arm, point(2, "Arm"), 1e-9);
        assertArrayEquals(slider, point(2, "Slider"), 1e-9);
        assertArrayEquals(sliderEnd, point(2, "Slider_End"), 1e-9);
        assertArrayEquals(legEnd, point(2, "Leg_End"), 1e-9);
    }

    private static double[][] rot(int axis, double deg) {
        double c = Math.cos(Math.toRadians(deg));
        double s = Math.sin(Math.toRadians(deg));
        switch (axis) {
            case 0:
                return new double[][] {{1, 0, 0}, {0, c, -s}, {0, s, c}};
            case 1:
                return new double[][] {{c, 0, s}, {0, 1, 0}, {-s, 0, c}};
            default:
                return new double[][] {{c, -s, 0}, {s, c, 0}, {0, 0, 1}};
        }
    }

    private static double[][] mul(double[][] a, double[][] b) {
        double[][] c = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    private static double[] apply(double[][] m, double[] v) {
        return new double[] {m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
            m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2], m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]};
    }

    private static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }
}
