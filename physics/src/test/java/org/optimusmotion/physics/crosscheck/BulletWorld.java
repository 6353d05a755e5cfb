package org.optimusmotion.physics.crosscheck;

import com.bulletphysics.collision.broadphase.DbvtBroadphase;
import com.bulletphysics.collision.dispatch.CollisionDispatcher;
import com.bulletphysics.collision.dispatch.CollisionObject;
import com.bulletphysics.collision.dispatch.DefaultCollisionConfiguration;
import com.bulletphysics.collision.shapes.CollisionShape;
import com.bulletphysics.collision.shapes.StaticPlaneShape;
import com.bulletphysics.dynamics.DiscreteDynamicsWorld;
import com.bulletphysics.dynamics.RigidBody;
import com.bulletphysics.dynamics.RigidBodyConstructionInfo;
import com.bulletphysics.dynamics.constraintsolver.SequentialImpulseConstraintSolver;
import com.bulletphysics.linearmath.DefaultMotionState;
import com.bulletphysics.linearmath.Transform;
import javax.vecmath.Vector3f;

/** A small jbullet world (z up, optional ground plane z = 0) stepped at a fixed time step. */
final class BulletWorld {

    final DiscreteDynamicsWorld world;
    private final float dt;

    BulletWorld(double gravity, double dtSeconds, boolean ground, double groundFriction) {
        DefaultCollisionConfiguration cc = new DefaultCollisionConfiguration();
        world = new DiscreteDynamicsWorld(new CollisionDispatcher(cc), new DbvtBroadphase(), new SequentialImpulseConstraintSolver(), cc);
        world.setGravity(new Vector3f(0, 0, (float) -gravity));
        dt = (float) dtSeconds;
        if (ground) {
            RigidBody plane = body(new StaticPlaneShape(new Vector3f(0, 0, 1), 0), 0, 0, 0, 0);
            plane.setFriction((float) groundFriction);
            plane.setRestitution(0);
        }
    }

    /** Adds a body of {@code mass} (0: static) at (x, y, z). */
    RigidBody body(CollisionShape shape, double mass, double x, double y, double z) {
        Transform t = new Transform();
        t.setIdentity();
        t.origin.set((float) x, (float) y, (float) z);
        Vector3f inertia = new Vector3f();
        if (mass > 0) {
            shape.calculateLocalInertia((float) mass, inertia);
        }
        RigidBody b = new RigidBody(new RigidBodyConstructionInfo((float) mass, new DefaultMotionState(t), shape, inertia));
        b.setRestitution(0);
        // slow bodies (a small-amplitude pendulum) must not fall asleep
        b.setActivationState(CollisionObject.DISABLE_DEACTIVATION);
        world.addRigidBody(b);
        return b;
    }

    void step(int n) {
        for (int i = 0; i < n; i++) {
            world.stepSimulation(dt, 1, dt);
        }
    }

    static Vector3f position(RigidBody b) {
        Transform t = new Transform();
        b.getMotionState().getWorldTransform(t);
        return new Vector3f(t.origin);
    }
}
