package org.optimusmotion.physics.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bulletphysics.collision.shapes.BoxShape;
import com.bulletphysics.collision.shapes.CapsuleShapeX;
import com.bulletphysics.collision.shapes.SphereShape;
import com.bulletphysics.dynamics.RigidBody;
import com.bulletphysics.dynamics.constraintsolver.Point2PointConstraint;
import javax.vecmath.Vector3f;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.Simulator;
import org.optimusmotion.physics.model.ContactParameters;
import org.optimusmotion.physics.model.JointType;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.ModelBuilder;
import org.optimusmotion.physics.model.SimOptions;

/**
 * Our forward dynamics against jbullet (Bullet 2.70, an independent engine) on simple cases: a
 * capsule dropped on the ground, a pendulum's period, a box sliding to rest with friction. Bullet's
 * contacts are hard and its friction Coulomb; ours are soft and smooth, hence the tolerances.
 */
class BulletCrossCheckTest {

    private static final double G = 9.81;
    private static final double DT = 1.0 / 600;

    @Test
    void droppedCapsuleSettlesAtItsRadius() {
        double r = 0.05;
        double half = 0.15;
        double mass = 2.0;
        BulletWorld bw = new BulletWorld(G, DT, true, 1.0);
        RigidBody cap = bw.body(new CapsuleShapeX((float) r, (float) (2 * half)), mass, 0, 0, 0.3);
        bw.step(1200);
        double bulletHeight = BulletWorld.position(cap).z;

        // ours: a free capsule lying along x, contact spheres at both ends
        ModelBuilder b = floatingBase("capsule");
        int body = b.linkCount() - 1;
        double ixx = 0.5 * mass * r * r;
        double iyy = mass * (3 * r * r + 4 * half * half) / 12;
        b.setMass(body, mass, new double[3], new double[] {ixx, iyy, iyy, 0, 0, 0});
        b.addContact(body, new double[] {-half, 0, 0}, r);
        b.addContact(body, new double[] {half, 0, 0}, r);
        Model m = withKeypoints(b, body).build();
        SimData d = new SimData(m);
        double[] q0 = new double[6];
        q0[2] = 0.3;
        d.setState(q0, new double[6]);
        SimOptions o = SimOptions.DEFAULT.withFrameRate(30, 20);
        for (int s = 0; s < 1200; s++) {
            Simulator.step(m, o, d);
        }
        // Bullet: hard contact (collision margin ~ mm); ours: soft, sinks until k d^1.5 carries the weight
        double sink = Math.pow(mass * G / 2 / ContactParameters.DEFAULT_STIFFNESS, 2.0 / 3.0);
        assertEquals(r, bulletHeight, 0.005, "jbullet capsule height");
        assertEquals(r - sink, d.q[2], 0.002, "our capsule height");
        assertEquals(bulletHeight, d.q[2], 0.006, "engines agree");
    }

    @Test
    void pendulumPeriodAgreesWithBulletAndTheory() {
        double l = 0.6;
        double mass = 1.5;
        double rs = 0.05;
        double amplitude = 0.05;
        double ic = 0.4 * mass * rs * rs;
        double theory = 2 * Math.PI * Math.sqrt((ic + mass * l * l) / (mass * G * l));

        BulletWorld bw = new BulletWorld(G, DT, false, 0);
        RigidBody bob = bw.body(new SphereShape((float) rs), mass, l * Math.sin(amplitude), 0, -l * Math.cos(amplitude));
        bw.world.addConstraint(new Point2PointConstraint(bob, new Vector3f((float) (-l * Math.sin(amplitude)), 0,
                (float) (l * Math.cos(amplitude)))));
        double bulletPeriod = period(() -> {
            bw.step(1);
            return BulletWorld.position(bob).x;
        });

        ModelBuilder b = new ModelBuilder("pendulum");
        int link = b.addLink("hinge", -1, JointType.REVOLUTE, new double[] {0, 1, 0}, new double[3]);
        b.setMass(link, mass, new double[] {0, 0, -l}, new double[] {ic, ic, ic, 0, 0, 0});
        Model m = withKeypoints(b, link).build();
        SimData d = new SimData(m);
        // q > 0 about +y moves the bob (0, 0, -l) towards -x: start at -amplitude to match Bullet's +x
        d.setState(new double[] {-amplitude}, new double[1]);
        SimOptions o = SimOptions.DEFAULT.conservative().withGravity(G);
        double ourPeriod = period(() -> {
            Simulator.step(m, o, d);
            return -Math.sin(d.q[0]);
        });
        assertEquals(theory, ourPeriod, 1e-3 * theory, "ours vs theory");
        assertEquals(theory, bulletPeriod, 0.02 * theory, "jbullet vs theory");
        assertEquals(bulletPeriod, ourPeriod, 0.02 * theory, "engines agree");
    }

    @Test
    void slidingBoxStopsAfterTheCoulombDistance() {
        double mu = 0.5;
        double v0 = 3.0;
        double half = 0.1;
        double mass = 1.0;
        double coulomb = v0 * v0 / (2 * mu * G);

        BulletWorld bw = new BulletWorld(G, DT, true, 1.0);
        RigidBody box = bw.body(new BoxShape(new Vector3f((float) half, (float) half, (float) half)), mass, 0, 0, half);
        box.setFriction((float) mu);
        bw.step(60);
        double x0 = BulletWorld.position(box).x;
        box.setLinearVelocity(new Vector3f((float) v0, 0, 0));
        box.activate();
        bw.step(1200);
        double bulletDistance = BulletWorld.position(box).x - x0;

        ModelBuilder b = floatingBase("box");
        int body = b.linkCount() - 1;
        double i = mass * (2 * half) * (2 * half) / 6;
        b.setMass(body, mass, new double[3], new double[] {i, i, i, 0, 0, 0});
        double rc = 0.01;
        for (double x : new double[] {-half + rc, half - rc}) {
            for (double y : new double[] {-half + rc, half - rc}) {
                b.addContact(body, new double[] {x, y, -half + rc}, rc);
            }
        }
        Model m = withKeypoints(b, body).build();
        SimOptions o = SimOptions.DEFAULT.withContact(true, new ContactParameters(ContactParameters.DEFAULT_STIFFNESS,
                ContactParameters.DEFAULT_DAMPING, ContactParameters.DEFAULT_SMOOTHING_LENGTH, mu, ContactParameters.DEFAULT_SLIP_VELOCITY));
        SimData d = new SimData(m);
        double[] q0 = new double[6];
        q0[2] = half;
        d.setState(q0, new double[6]);
        for (int s = 0; s < 60; s++) {
            Simulator.step(m, o, d);
        }
        double ours0 = d.q[0];
        d.qd[0] = v0;
        for (int s = 0; s < 1200; s++) {
            Simulator.step(m, o, d);
        }
        double ourDistance = d.q[0] - ours0;
        // smooth friction (v_s = 0.2 m/s) decelerates a little less at low speed: a few percent longer
        assertEquals(coulomb, bulletDistance, 0.03 * coulomb, "jbullet vs Coulomb");
        assertEquals(coulomb, ourDistance, 0.06 * coulomb, "ours vs Coulomb");
    }

    /** Mean period of an oscillating signal from its upward zero crossings over 6 periods. */
    private static double period(java.util.function.DoubleSupplier stepAndSample) {
        double t = 0;
        double prev = stepAndSample.getAsDouble();
        double first = Double.NaN;
        double last = Double.NaN;
        int crossings = 0;
        while (crossings < 7 && t < 60) {
            double x = stepAndSample.getAsDouble();
            t += DT;
            if (prev < 0 && x >= 0) {
                double tc = t - DT * x / (x - prev);
                if (crossings == 0) {
                    first = tc;
                }
                last = tc;
                crossings++;
            }
            prev = x;
        }
        return (last - first) / (crossings - 1);
    }

    private static ModelBuilder floatingBase(String name) {
        ModelBuilder b = new ModelBuilder(name);
        int tx = b.addLink("tx", -1, JointType.PRISMATIC, new double[] {1, 0, 0}, new double[3]);
        int ty = b.addLink("ty", tx, JointType.PRISMATIC, new double[] {0, 1, 0}, new double[3]);
        int tz = b.addLink("tz", ty, JointType.PRISMATIC, new double[] {0, 0, 1}, new double[3]);
        int rz = b.addLink("rz", tz, JointType.REVOLUTE, new double[] {0, 0, 1}, new double[3]);
        int ry = b.addLink("ry", rz, JointType.REVOLUTE, new double[] {0, 1, 0}, new double[3]);
        b.addLink("rx", ry, JointType.REVOLUTE, new double[] {1, 0, 0}, new double[3]);
        return b;
    }

    private static ModelBuilder withKeypoints(ModelBuilder b, int link) {
        for (Keypoint k : Keypoint.values()) {
            b.setKeypoint(k, link, new double[3]);
        }
        return b;
    }
}
