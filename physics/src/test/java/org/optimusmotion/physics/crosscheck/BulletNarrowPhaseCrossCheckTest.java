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
import com.bulletphysics.linearmath.Transform;
import java.util.SplittableRandom;
import javax.vecmath.Vector3f;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.contact.BoxContact;

/**
 * Our double-precision sphere-box narrow phase against jbullet's collision detection (GJK/EPA with
 * margins, float): penetration depth and contact normal for random penetrating spheres around a box
 * (faces, edges and corners).
 */
class BulletNarrowPhaseCrossCheckTest {

    private static final float BOX_MARGIN = 1e-4f;

    @Test
    void penetrationDepthAndNormalAgreeWithBullet() {
        double[] box = {0.3, -0.2, 0.1, 0.25, 0.15, 0.1};
        DefaultCollisionConfiguration cc = new DefaultCollisionConfiguration();
        CollisionDispatcher dispatcher = new CollisionDispatcher(cc);
        CollisionWorld world = new CollisionWorld(dispatcher, new DbvtBroadphase(), cc);
        BoxShape boxShape = new BoxShape(new Vector3f((float) box[3], (float) box[4], (float) box[5]));
        // Bullet rounds box edges by the collision margin (default 4 cm); ours are sharp
        boxShape.setMargin(BOX_MARGIN);
        CollisionObject boxObject = object(boxShape, box[0], box[1], box[2]);
        world.addCollisionObject(boxObject);
        SplittableRandom r = new SplittableRandom(71);
        double[] out = new double[4];
        int compared = 0;
        for (int trial = 0; trial < 2000 && compared < 40; trial++) {
            double rho = r.nextDouble(0.03, 0.06);
            double cx = box[0] + r.nextDouble(-1.3, 1.3) * (box[3] + rho);
            double cy = box[1] + r.nextDouble(-1.3, 1.3) * (box[4] + rho);
            double cz = box[2] + r.nextDouble(-1.3, 1.3) * (box[5] + rho);
            double gap = BoxContact.narrowPhase(box, 0, cx, cy, cz, rho, out, 0);
            // moderately penetrating spheres whose centre is outside the box: the regime the soft contact lives in
            if (!(gap < -0.002 && gap > -0.02 && out[3] > 0)) {
                continue;
            }
            CollisionObject sphere = object(new SphereShape((float) rho), cx, cy, cz);
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
            // normalWorldOnB points from B towards A
            double sign = sphereIsA ? 1 : -1;
            assertEquals(gap, deepest.getDistance(), 1e-3, "depth at " + cx + ", " + cy + ", " + cz);
            assertEquals(out[0], sign * deepest.normalWorldOnB.x, 2e-2, "normal x");
            assertEquals(out[1], sign * deepest.normalWorldOnB.y, 2e-2, "normal y");
            assertEquals(out[2], sign * deepest.normalWorldOnB.z, 2e-2, "normal z");
            compared++;
        }
        assertTrue(compared >= 20, "compared " + compared + " configurations");
    }

    private static CollisionObject object(com.bulletphysics.collision.shapes.CollisionShape shape, double x, double y, double z) {
        CollisionObject o = new CollisionObject();
        o.setCollisionShape(shape);
        Transform t = new Transform();
        t.setIdentity();
        t.origin.set((float) x, (float) y, (float) z);
        o.setWorldTransform(t);
        return o;
    }
}
