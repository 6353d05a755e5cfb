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
import org.optimusmotion.physics.model.ContactParameters;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.Scene;

class BoxContactTest {

    private static final Model MODEL = HumanoidLoader.loadDefault();
    private static final int N = MODEL.dof();
    private static final ContactParameters CP = ContactParameters.DEFAULT;

    /** A step whose near edge (x = 0.13 m, top z = 0.02 m) lies just in front of the toe spheres. */
    static final Scene STEP_AT_TOES = new Scene(List.of(new Scene.Box(new double[] {0.33, 0, 0}, new double[] {0.2, 0.5, 0.02})));

    @Test
    void aBoxWhoseTopIsTheGroundActsExactlyLikeTheGround() {
        SimData d = state(41, 0.004);
        Scene floor = new Scene(List.of(new Scene.Box(new double[] {0, 0, -50}, new double[] {100, 100, 50})));
        SoftContact.forward(MODEL, CP, d);
        double[] ground = d.extForce.clone();
        assertTrue(d.activeContacts > 0);
        Arrays.fill(d.extForce, 0.0);
        BoxContact.forward(MODEL, CP, floor, d);
        for (int k = 0; k < ground.length; k++) {
            assertEquals(ground[k], d.extForce[k], 1e-9 * (1 + Math.abs(ground[k])), "wrench component " + k);
        }
    }

    @Test
    void adjointMatchesFiniteDifferencesAtAStepEdge() {
        SplittableRandom r = new SplittableRandom(42);
        double[] w = new double[6 * N];
        for (int k = 0; k < w.length; k++) {
            w[k] = r.nextDouble(-1, 1);
        }
        SimData d = state(43, 0.002);
        double[] q = d.q.clone();
        double[] qd = d.qd.clone();
        double phi0 = phi(d, w);
        assertTrue(d.activeContacts > 6, "toe spheres touch the step as well as the ground: " + d.activeContacts);
        SimAdjoint g = new SimAdjoint(MODEL);
        System.arraycopy(w, 0, g.extForceBar, 0, w.length);
        Arrays.fill(g.worldRotBar, 0.0);
        Arrays.fill(g.worldPosBar, 0.0);
        SoftContact.backward(MODEL, CP, d, g);
        BoxContact.backward(MODEL, CP, STEP_AT_TOES, d, g);
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

    private static double phi(SimData d, double[] w) {
        Kinematics.forward(MODEL, d);
        InverseDynamics.velocities(MODEL, d);
        SoftContact.forward(MODEL, CP, d);
        BoxContact.forward(MODEL, CP, STEP_AT_TOES, d);
        double s = 0;
        for (int k = 0; k < w.length; k++) {
            s += w[k] * d.extForce[k];
        }
        return s;
    }

    /** Standing pose pressed {@code sink} into the ground with small random joint motion. */
    static SimData state(long seed, double sink) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] q = MODEL.referencePose();
        double[] qd = new double[N];
        for (int i = 0; i < N; i++) {
            // joints only: a tilted root would lift the feet off the ground
            q[i] += MODEL.actuatorOfDofRef()[i] >= 0 ? r.nextDouble(-0.03, 0.03) : 0;
            qd[i] = r.nextDouble(-0.5, 0.5);
        }
        q[MODEL.dofIndex("root_tz")] -= sink;
        SimData d = new SimData(MODEL);
        d.setState(q, qd);
        Kinematics.forward(MODEL, d);
        InverseDynamics.velocities(MODEL, d);
        return d;
    }
}
