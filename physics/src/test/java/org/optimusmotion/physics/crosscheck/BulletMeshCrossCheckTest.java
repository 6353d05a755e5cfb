package org.optimusmotion.physics.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bulletphysics.collision.broadphase.DbvtBroadphase;
import com.bulletphysics.collision.dispatch.CollisionDispatcher;
import com.bulletphysics.collision.dispatch.CollisionObject;
import com.bulletphysics.collision.dispatch.CollisionWorld;
import com.bulletphysics.collision.dispatch.DefaultCollisionConfiguration;
import com.bulletphysics.collision.narrowphase.ManifoldPoint;
import com.bulletphysics.collision.narrowphase.PersistentManifold;
import com.bulletphysics.collision.shapes.BoxShape;
import com.bulletphysics.collision.shapes.SphereShape;
import com.bulletphysics.dynamics.RigidBody;
import com.bulletphysics.dynamics.RigidBodyConstructionInfo;
import com.bulletphysics.linearmath.DefaultMotionState;
import com.bulletphysics.linearmath.Transform;
import java.util.List;
import java.util.SplittableRandom;
import javax.vecmath.Matrix3f;
import javax.vecmath.Vector3f;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.contact.MeshContact;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.Simulator;
import org.optimusmotion.physics.model.JointType;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.ModelBuilder;
import org.optimusmotion.physics.model.Scene;
import org.optimusmotion.physics.model.SimOptions;

/**
 * Scene meshes against jbullet as an independent engine: the double closest-point narrow phase of a
 * rotated box mesh against jbullet's GJK/EPA on a rotated {@link BoxShape}, and a ball rolling down
 * a tilted box in our simulator and in jbullet's rigid-body world.
 */
class BulletMeshCrossCheckTest {

    private static final double[] CENTER = {0.3, -0.2, 0.1};
    private static final double[] HALF = {0.25, 0.15, 0.1};
    private static final double TILT_RAD = 0.3;

    @Test
    void rotatedBoxMeshDistanceAndNormalAgreeWithBullet() {
        double[] rot = Scene.Mesh.rotationY(TILT_RAD);
        Scene scene = new Scene(List.of(), List.of(Scene.Mesh.box(CENTER, HALF, rot)));
        DefaultCollisionConfiguration cc = new DefaultCollisionConfiguration();
        CollisionDispatcher dispatcher = new CollisionDispatcher(cc);
        CollisionWorld world = new CollisionWorld(dispatcher, new DbvtBroadphase(), cc);
        BoxShape boxShape = new BoxShape(new Vector3f((float) HALF[0], (float) HALF[1], (float) HALF[2]));
        boxShape.setMargin(1e-4f);
        CollisionObject box = new CollisionObject();
        box.setCollisionShape(boxShape);
        box.setWorldTransform(transform(CENTER, rot));
        world.addCollisionObject(box);
        SplittableRandom r = new SplittableRandom(72);
        double[] out = new double[8];
        int compared = 0;
        for (int trial = 0; trial < 4000 && compared < 40; trial++) {
            double rho = r.nextDouble(0.03, 0.06);
            // a random point around the box, in its frame, then to world
            double lx = r.nextDouble(-1.3, 1.3) * (HALF[0] + rho);
            double ly = r.nextDouble(-1.3, 1.3) * (HALF[1] + rho);
            double lz = r.nextDouble(-1.3, 1.3) * (HALF[2] + rho);
            double cx = CENTER[0] + rot[0] * lx + rot[1] * ly + rot[2] * lz;
            double cy = CENTER[1] + rot[3] * lx + rot[4] * ly + rot[5] * lz;
            double cz = CENTER[2] + rot[6] * lx + rot[7] * ly + rot[8] * lz;
            if (!MeshContact.surfaceDistance(scene, 0, cx, cy, cz, rho, 0.1, out)) {
                continue;
            }
            double gap = out[0] - rho;
            boolean outside = Math.abs(lx) > HALF[0] || Math.abs(ly) > HALF[1] || Math.abs(lz) > HALF[2];
            if (!(gap < -0.002 && gap > -0.02 && outside)) {
                continue;
            }
            CollisionObject sphere = new CollisionObject();
            sphere.setCollisionShape(new SphereShape((float) rho));
            // not static: two static objects are never paired (and jbullet prints a warning)
            sphere.setCollisionFlags(0);
            sphere.setWorldTransform(transform(new double[] {cx, cy, cz}, new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}));
            world.addCollisionObject(sphere);
            world.performDiscreteCollisionDetection();
            ManifoldPoint deepest = null;
            boolean sphereIsA = true;
            for (int i = 0; i < dispatcher.getNumManifolds(); i++) {
                PersistentManifold pm = dispatcher.getManifoldByIndexInternal(i);
                for (int j = 0; j < pm.getNumContacts(); j++) {
                    ManifoldPoint p = pm.getContactPoint(j);
                    if (deepest == null || p.getDistance() < deepest.getDistance()) {
                        deepest = p;
                        sphereIsA = pm.getBody0() == sphere;
                    }
                }
            }
            world.removeCollisionObject(sphere);
            assertTrue(deepest != null, "jbullet reports the contact of a sphere penetrating " + (-gap) + " m");
            double sign = sphereIsA ? 1 : -1;
            assertEquals(gap, deepest.getDistance(), 1e-3, "depth at " + cx + ", " + cy + ", " + cz);
            assertEquals(out[1], sign * deepest.normalWorldOnB.x, 2e-2, "normal x");
            assertEquals(out[2], sign * deepest.normalWorldOnB.y, 2e-2, "normal y");
            assertEquals(out[3], sign * deepest.normalWorldOnB.z, 2e-2, "normal z");
            compared++;
        }
        assertTrue(compared >= 20, "compared " + compared + " configurations");
    }

    @Test
    void ballOnATiltedBoxRestsAtItsRadiusAndRollsLikeInBullet() {
        double rho = 0.1;
        double mass = 1.0;
        double tilt = 0.15;
        double seconds = 0.8;
        double[] rot = Scene.Mesh.rotationY(tilt);
        double[] center = {0, 0, -0.5};
        double[] half = {3, 1, 0.5};
        // top-face normal and a point on it
        double nx = rot[2];
        double nz = rot[8];
        double[] top = {center[0] + nx * half[2], 0, center[2] + nz * half[2]};
        // start resting (touching) on the top face at the origin's projection
        double[] start = {top[0] + nx * rho, 0, top[2] + nz * rho};

        ModelBuilder b = new ModelBuilder("ball");
        int tx = b.addLink("tx", -1, JointType.PRISMATIC, new double[] {1, 0, 0}, new double[3]);
        int ty = b.addLink("ty", tx, JointType.PRISMATIC, new double[] {0, 1, 0}, new double[3]);
        int tz = b.addLink("tz", ty, JointType.PRISMATIC, new double[] {0, 0, 1}, new double[3]);
        int rz = b.addLink("rz", tz, JointType.REVOLUTE, new double[] {0, 0, 1}, new double[3]);
        int ry = b.addLink("ry", rz, JointType.REVOLUTE, new double[] {0, 1, 0}, new double[3]);
        int ball = b.addLink("rx", ry, JointType.REVOLUTE, new double[] {1, 0, 0}, new double[3]);
        double inertia = 0.4 * mass * rho * rho;
        b.setMass(ball, mass, new double[3], new double[] {inertia, inertia, inertia, 0, 0, 0});
        b.addContact(ball, new double[3], rho);
        for (Keypoint k : Keypoint.values()) {
            b.setKeypoint(k, ball, new double[3]);
        }
        Model model = b.build();
        // far below: the ground plane never touches
        Scene scene = new Scene(List.of(), List.of(Scene.Mesh.box(new double[] {center[0], center[1], center[2] + 5}, half, rot)));
        SimOptions o = SimOptions.DEFAULT;
        SimOptions os = o.withScene(scene);
        SimData d = new SimData(model);
        double[] q = new double[model.dof()];
        q[0] = start[0];
        q[2] = start[2] + 5;
        d.setState(q, new double[model.dof()]);
        int steps = (int) Math.round(seconds * o.frameRateHz() * o.substepsPerFrame());
        for (int s = 0; s < steps; s++) {
            Simulator.step(model, os, d);
        }
        double oursNormal = nx * (d.q[0] - top[0]) + nz * (d.q[2] - 5 - top[2]);
        double oursAlong = rot[0] * (d.q[0] - start[0]) + rot[6] * (d.q[2] - 5 - start[2]);

        BulletWorld bw = new BulletWorld(o.gravityMps2(), 1.0 / (o.frameRateHz() * o.substepsPerFrame()), false, 0);
        BoxShape shape = new BoxShape(new Vector3f((float) half[0], (float) half[1], (float) half[2]));
        RigidBody slab = new RigidBody(new RigidBodyConstructionInfo(0, new DefaultMotionState(transform(center, rot)), shape, new Vector3f()));
        slab.setFriction((float) o.contact().friction());
        slab.setRestitution(0);
        bw.world.addRigidBody(slab);
        RigidBody sphere = bw.body(new SphereShape((float) rho), mass, start[0], start[1], start[2]);
        sphere.setFriction((float) o.contact().friction());
        bw.step(steps);
        Vector3f p = BulletWorld.position(sphere);
        double bulletNormal = nx * (p.x - top[0]) + nz * (p.z - top[2]);
        double bulletAlong = rot[0] * (p.x - start[0]) + rot[6] * (p.z - start[2]);

        // rolling without slipping: s = 5/14 g sin(tilt) t^2 (the face normal leans to +x: downhill is +x)
        double rolling = 5.0 / 14.0 * o.gravityMps2() * Math.sin(tilt) * seconds * seconds;
        assertEquals(rho, oursNormal, 5e-3, "ours rests at its radius along the face normal");
        assertEquals(rho, bulletNormal, 5e-3, "jbullet rests at its radius along the face normal");
        assertEquals(rolling, bulletAlong, 0.1 * rolling, "jbullet rolls without slipping");
        assertEquals(bulletAlong, oursAlong, 0.15 * rolling, "ours rolls down the slope like jbullet");
    }

    private static Transform transform(double[] origin, double[] rot) {
        Transform t = new Transform();
        t.setIdentity();
        t.origin.set((float) origin[0], (float) origin[1], (float) origin[2]);
        Matrix3f m = new Matrix3f();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m.setElement(r, c, (float) rot[3 * r + c]);
            }
        }
        t.basis.set(m);
        return t;
    }
}
