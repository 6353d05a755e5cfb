package org.optimusmotion.physics.scenario;

import org.optimusmotion.physics.model.JointType;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.ModelBuilder;

/** Small hand-built models with known analytic behaviour. */
final class ScenarioModels {

    private ScenarioModels() {
    }

    /** A rod of mass m hanging from a hinge about y at the origin, centre of mass at (0, 0, -l). */
    static Model pendulum(double massKg, double lengthM, double inertiaAboutCom) {
        ModelBuilder b = new ModelBuilder("pendulum");
        int link = b.addLink("hinge", -1, JointType.REVOLUTE, new double[] {0, 1, 0}, new double[3]);
        b.setMass(link, massKg, new double[] {0, 0, -lengthM}, new double[] {inertiaAboutCom, inertiaAboutCom, inertiaAboutCom, 0, 0, 0});
        for (Keypoint k : Keypoint.values()) {
            b.setKeypoint(k, link, new double[] {0, 0, -lengthM});
        }
        return b.build();
    }

    /** A free-floating chain of three bodies (6-DoF base, two ball-like hinges), no armature. */
    static Model floatingChain() {
        ModelBuilder b = new ModelBuilder("chain");
        int tx = b.addLink("tx", -1, JointType.PRISMATIC, new double[] {1, 0, 0}, new double[3]);
        int ty = b.addLink("ty", tx, JointType.PRISMATIC, new double[] {0, 1, 0}, new double[3]);
        int tz = b.addLink("tz", ty, JointType.PRISMATIC, new double[] {0, 0, 1}, new double[3]);
        int rz = b.addLink("rz", tz, JointType.REVOLUTE, new double[] {0, 0, 1}, new double[3]);
        int ry = b.addLink("ry", rz, JointType.REVOLUTE, new double[] {0, 1, 0}, new double[3]);
        int base = b.addLink("rx", ry, JointType.REVOLUTE, new double[] {1, 0, 0}, new double[3]);
        b.setMass(base, 5, new double[] {0.05, 0, 0}, new double[] {0.05, 0.08, 0.06, 0, 0, 0});
        int a1 = b.addLink("a_y", base, JointType.REVOLUTE, new double[] {0, 1, 0}, new double[] {0, 0, -0.2});
        int a2 = b.addLink("a_x", a1, JointType.REVOLUTE, new double[] {1, 0, 0}, new double[3]);
        b.setMass(a2, 2, new double[] {0.02, 0.01, -0.2}, new double[] {0.02, 0.02, 0.004, 0, 0, 0});
        double s = Math.sqrt(0.5);
        int c1 = b.addLink("b_skew", a2, JointType.REVOLUTE, new double[] {s, 0, s}, new double[] {0, 0, -0.4});
        b.setMass(c1, 1, new double[] {0, 0.03, -0.15}, new double[] {0.01, 0.012, 0.003, 0, 0, 0});
        for (Keypoint k : Keypoint.values()) {
            b.setKeypoint(k, c1, new double[3]);
        }
        return b.build();
    }
}
