package org.optimusmotion.physics.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.Tolerances;
import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.InverseDynamics;
import org.optimusmotion.physics.dynamics.Kinematics;
import org.optimusmotion.physics.dynamics.Simulator;
import org.optimusmotion.physics.dynamics.Trajectory;
import org.optimusmotion.physics.model.ContactParameters;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.Scene;
import org.optimusmotion.physics.model.SimOptions;

class MeshContactTest {

    private static final Model MODEL = HumanoidLoader.loadDefault();
    private static final int N = MODEL.dof();
    private static final ContactParameters CP = ContactParameters.DEFAULT;

    /** A step like {@code BoxContactTest.STEP_AT_TOES}, tilted 0.15 rad about y: its top and near edge meet the toes. */
    static final Scene TILTED_STEP_AT_TOES = new Scene(List.of(),
            List.of(Scene.Mesh.box(new double[] {0.33, 0, 0.0}, new double[] {0.2, 0.5, 0.02}, Scene.Mesh.rotationY(-0.15))));

    @Test
    void aFlatMeshAtGroundLevelActsExactlyLikeTheGround() {
        SimData d = BoxContactTest.state(41, 0.004);
        // two coplanar triangles: a sphere over their diagonal must not count twice
        Scene floor = new Scene(List.of(), List.of(new Scene.Mesh(
                new double[] {-3, -3, 0, 3, -3, 0, 3, 3, 0, -3, 3, 0}, new int[] {0, 1, 2, 0, 2, 3})));
        SoftContact.forward(MODEL, CP, d);
        double[] ground = d.extForce.clone();
        int active = d.activeContacts;
        assertTrue(active > 0);
        Arrays.fill(d.extForce, 0.0);
        d.activeContacts = 0;
        MeshContact.forward(MODEL, CP, floor, d);
        assertEquals(active, d.activeContacts);
        for (int k = 0; k < ground.length; k++) {
            assertEquals(ground[k], d.extForce[k], 1e-9 * (1 + Math.abs(ground[k])), "wrench component " + k);
        }
    }

    @Test
    void aRotatedBoxMeshWithoutRotationActsLikeTheExactBox() {
        SimData d = BoxContactTest.state(43, 0.002);
        Scene.Box box = new Scene.Box(new double[] {0.33, 0, 0}, new double[] {0.2, 0.5, 0.02});
        BoxContact.forward(MODEL, CP, new Scene(List.of(box)), d);
        double[] exact = d.extForce.clone();
        assertTrue(d.activeContacts > 0, "toe spheres touch the step");
        Arrays.fill(d.extForce, 0.0);
        MeshContact.forward(MODEL, CP, new Scene(List.of(), List.of(Scene.Mesh.box(box.centerM(), box.halfExtentsM(),
                new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}))), d);
        for (int k = 0; k < exact.length; k++) {
            assertEquals(exact[k], d.extForce[k], 1e-9 * (1 + Math.abs(exact[k])), "wrench component " + k);
        }
    }

    @Test
    void adjointMatchesFiniteDifferencesOnATiltedBoxMesh() {
        SplittableRandom r = new SplittableRandom(42);
        double[] w = new double[6 * N];
        for (int k = 0; k < w.length; k++) {
            w[k] = r.nextDouble(-1, 1);
        }
        SimData d = BoxContactTest.state(43, 0.002);
        double[] q = d.q.clone();
        double[] qd = d.qd.clone();
        SoftContact.forward(MODEL, CP, d);
        int groundOnly = d.activeContacts;
        double phi0 = phi(d, w);
        assertTrue(d.activeContacts > groundOnly, "spheres touch the tilted step: " + d.activeContacts + " vs " + groundOnly);
        SimAdjoint g = new SimAdjoint(MODEL);
        System.arraycopy(w, 0, g.extForceBar, 0, w.length);
        Arrays.fill(g.worldRotBar, 0.0);
        Arrays.fill(g.worldPosBar, 0.0);
        SoftContact.backward(MODEL, CP, d, g);
        MeshContact.backward(MODEL, CP, TILTED_STEP_AT_TOES, d, g);
        double[] qBar = new double[N];
        double[] qdBar = new double[N];
        Arrays.fill(g.forceBar, 0.0);
        InverseDynamics.backwardMotion(MODEL, d, g, qBar, qdBar);
        Kinematics.backward(MODEL, d, g, qBar);
        double h = 1e-6;
        double maxAbs = 0;
        for (int i = 0; i < N; i++) {
            maxAbs = Math.max(maxAbs, Math.max(Math.abs(qBar[i]), Math.abs(qdBar[i])));
        }
        assertTrue(maxAbs > 1 && Double.isFinite(phi0));
        for (int i = 0; i < 2 * N; i++) {
            double[] x = i < N ? q.clone() : qd.clone();
            int j = i % N;
            double[] f = new double[4];
            double[] steps = {h, -h, 2 * h, -2 * h};
            for (int k = 0; k < 4; k++) {
                double[] y = x.clone();
                y[j] += steps[k];
                d.setState(i < N ? y : q, i < N ? qd : y);
                f[k] = phi(d, w);
            }
            double fd = (8 * (f[0] - f[1]) - (f[2] - f[3])) / (12 * h);
            double a = i < N ? qBar[j] : qdBar[j];
            double rel = Math.abs(a - fd) / Math.max(Math.max(Math.abs(a), Math.abs(fd)), Tolerances.GRAD_FLOOR_FRACTION * maxAbs);
            assertTrue(rel < Tolerances.GRAD_REL, (i < N ? "q" : "qd") + "[" + MODEL.dofName(j) + "]: " + a + " vs " + fd);
        }
    }

    @Test
    void edgeAndVertexRegionsHaveExactNormalDerivatives() {
        // closest-point distance and normal of a single triangle, against central differences
        double[] tri = new Scene(List.of(), List.of(new Scene.Mesh(new double[] {0, 0, 0, 1, 0, 0, 0, 1, 0}, new int[] {0, 1, 2})))
                .meshTrianglesRef(0);
        double[][] points = {{0.3, 0.2, 0.05}, {0.5, -0.05, 0.04}, {-0.03, -0.02, 0.05}, {0.6, 0.6, 0.02}};
        int[] regions = {MeshContact.FACE, MeshContact.EDGE, MeshContact.VERTEX, MeshContact.EDGE};
        double[] o = new double[8];
        double[] p = new double[8];
        double[] m = new double[8];
        for (int c = 0; c < points.length; c++) {
            double[] x = points[c];
            assertTrue(MeshContact.closest(tri, 0, x[0], x[1], x[2], 0.05, o));
            assertEquals(regions[c], (int) o[4], "region of point " + c);
            for (int k = 0; k < 3; k++) {
                double h = 1e-6;
                double[] xp = x.clone();
                double[] xm = x.clone();
                xp[k] += h;
                xm[k] -= h;
                MeshContact.closest(tri, 0, xp[0], xp[1], xp[2], 0.05, p);
                MeshContact.closest(tri, 0, xm[0], xm[1], xm[2], 0.05, m);
                assertEquals(o[1 + k], (p[0] - m[0]) / (2 * h), 1e-7, "d dist / dc_" + k + " = n_" + k + " at point " + c);
                for (int r = 0; r < 3; r++) {
                    // dn/dc = (I - n n^T - e e^T) / dist off the face, 0 on it
                    double expect = o[4] == MeshContact.FACE ? 0
                            : ((r == k ? 1 : 0) - o[1 + r] * o[1 + k] - o[5 + r] * o[5 + k]) / o[0];
                    assertEquals(expect, (p[1 + r] - m[1 + r]) / (2 * h), 1e-5, "dn_" + r + "/dc_" + k + " at point " + c);
                }
            }
        }
    }

    @Test
    void humanoidStandsOnAMeshPlatformForOneSecond() {
        double height = 0.1;
        // a platform of two triangles on top plus a tilted-box-free vertical front: stands on the top face
        Scene platform = new Scene(List.of(), List.of(Scene.Mesh.box(new double[] {0, 0, height / 2}, new double[] {0.5, 0.5, height / 2},
                Scene.Mesh.rotationY(0))));
        SimOptions o = SimOptions.DEFAULT.withScene(platform);
        int frames = 31;
        double[][] qhat = new double[frames][MODEL.actuatorCount()];
        Trajectory t = new Trajectory(MODEL, o, frames);
        SimData d = new SimData(MODEL);
        double[] q0 = MODEL.referencePose();
        int tz = MODEL.dofIndex("root_tz");
        q0[tz] += height;
        Simulator.rollout(MODEL, o, q0, new double[MODEL.dof()], qhat, d, t);
        assertEquals(q0[tz], d.q[tz], 0.01, "pelvis stays a platform height above its ground pose");
        assertTrue(Math.abs(d.q[MODEL.dofIndex("root_ry")]) < 0.1 && Math.abs(d.q[MODEL.dofIndex("root_rx")]) < 0.1, "upright");
        assertTrue(t.contactSteps() == t.steps(), "feet on the platform throughout");
    }

    @Test
    void threadsSharingASceneGetTheSameAnswers() throws Exception {
        Scene scene = TILTED_STEP_AT_TOES;
        int n = 3000;
        SplittableRandom r = new SplittableRandom(5);
        double[] pts = new double[3 * n];
        for (int i = 0; i < 3 * n; i++) {
            pts[i] = r.nextDouble(-0.3, 0.3) + (i % 3 == 0 ? 0.33 : 0);
        }
        double[] expected = distances(scene, pts);
        double[][] got = new double[4][];
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int k = t;
            threads[t] = new Thread(() -> got[k] = distances(scene, pts));
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long hits = Arrays.stream(expected).filter(Double::isFinite).count();
        assertTrue(hits > n / 10, "queries hit the box: " + hits);
        for (double[] g : got) {
            assertTrue(Arrays.equals(expected, g), "a thread got other distances");
        }
    }

    /** Surface distance (NaN: none within reach) of each point to mesh 0. */
    private static double[] distances(Scene scene, double[] pts) {
        double[] out = new double[8];
        double[] dist = new double[pts.length / 3];
        for (int rep = 0; rep < 5; rep++) {
            for (int i = 0; i < dist.length; i++) {
                boolean hit = MeshContact.surfaceDistance(scene, 0, pts[3 * i], pts[3 * i + 1], pts[3 * i + 2], 0.05, 0.05, out);
                dist[i] = hit ? out[0] : Double.NaN;
            }
        }
        return dist;
    }

    private static double phi(SimData d, double[] w) {
        Kinematics.forward(MODEL, d);
        InverseDynamics.velocities(MODEL, d);
        SoftContact.forward(MODEL, CP, d);
        MeshContact.forward(MODEL, CP, TILTED_STEP_AT_TOES, d);
        double s = 0;
        for (int k = 0; k < w.length; k++) {
            s += w[k] * d.extForce[k];
        }
        return s;
    }
}
