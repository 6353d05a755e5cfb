package org.optimusmotion.physics.dynamics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.Tolerances;
import org.optimusmotion.physics.contact.SoftContact;
import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.model.ContactParameters;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;

/**
 * Each stage's hand-written adjoint against central differences of a random linear functional of
 * the stage's output (kinematics, RNEA, contact), with fourth-order central differences.
 */
class StageAdjointTest {

    private static final Model MODEL = HumanoidLoader.loadDefault();
    private static final int N = MODEL.dof();
    /** Step for smooth stages; contact (stiff at the millimetre scale) uses {@link #CONTACT_STEP}. */
    private static final double CONTACT_STEP = 1e-5;
    private static final double SMOOTH_STEP = 1e-4;
    private double step = SMOOTH_STEP;
    private static final double REL = Tolerances.GRAD_REL;

    @Test
    void keypointAdjointMatchesFiniteDifferences() {
        SplittableRandom r = new SplittableRandom(21);
        double[] q = randomVector(r, N, 0.6);
        double[] w = randomVector(r, 3 * Keypoint.COUNT, 1.0);
        SimData d = new SimData(MODEL);
        SimAdjoint g = new SimAdjoint(MODEL);
        System.arraycopy(q, 0, d.q, 0, N);
        Kinematics.forward(MODEL, d);
        Arrays.fill(g.worldRotBar, 0.0);
        Arrays.fill(g.worldPosBar, 0.0);
        Kinematics.keypointsBackward(MODEL, w, 0, g);
        double[] qBar = new double[N];
        Kinematics.backward(MODEL, d, g, qBar);
        double[] k = new double[3 * Keypoint.COUNT];
        ToDoubleFunction<SimData> phi = dd -> {
            Kinematics.forward(MODEL, dd);
            Kinematics.keypoints(MODEL, dd, k, 0);
            return dot(w, k);
        };
        assertMatches(qBar, fd(d, q, null, phi, true), "keypoints / q");
    }

    @Test
    void inverseDynamicsAdjointMatchesFiniteDifferences() {
        SplittableRandom r = new SplittableRandom(22);
        double[] q = randomVector(r, N, 0.6);
        double[] qd = randomVector(r, N, 1.5);
        double[] qdd = randomVector(r, N, 3.0);
        double[] ext = randomVector(r, 6 * N, 20.0);
        double[] seed = randomVector(r, N, 1.0);
        SimData d = new SimData(MODEL);
        SimAdjoint g = new SimAdjoint(MODEL);
        d.setState(q, qd);
        double[] tau = new double[N];
        ToDoubleFunction<SimData> phi = dd -> {
            Kinematics.forward(MODEL, dd);
            InverseDynamics.velocities(MODEL, dd);
            System.arraycopy(ext, 0, dd.extForce, 0, ext.length);
            InverseDynamics.accelerationsAndForces(MODEL, dd, qdd, 9.81, tau);
            return dot(seed, tau);
        };
        phi.applyAsDouble(d);
        double[] qBar = new double[N];
        double[] qdBar = new double[N];
        InverseDynamics.backwardForces(MODEL, d, seed, g, qBar);
        Arrays.fill(g.velBar, 0.0);
        double[] extBar = new double[6 * N];
        for (int k = 0; k < 6 * N; k++) {
            extBar[k] = -g.forceBar[k];
        }
        InverseDynamics.backwardMotion(MODEL, d, g, qBar, qdBar);
        assertMatches(qBar, fd(d, q, qd, phi, true), "RNEA / q");
        assertMatches(qdBar, fd(d, q, qd, phi, false), "RNEA / qd");
        // d(seed . tau)/d f_ext
        double[] extFd = new double[6 * N];
        for (int k = 0; k < 6 * N; k += 5) {
            double saved = ext[k];
            ext[k] = saved + step;
            d.setState(q, qd);
            double p = phi.applyAsDouble(d);
            ext[k] = saved - step;
            d.setState(q, qd);
            double m = phi.applyAsDouble(d);
            ext[k] = saved;
            extFd[k] = (p - m) / (2 * step);
        }
        for (int k = 0; k < 6 * N; k++) {
            if (k % 5 != 0) {
                extBar[k] = 0;
            }
        }
        assertMatches(extBar, extFd, "RNEA / f_ext");
    }

    @Test
    void contactAdjointMatchesFiniteDifferences() {
        SplittableRandom r = new SplittableRandom(23);
        double[] q = MODEL.referencePose();
        double[] perturb = randomVector(r, N, 0.05);
        for (int i = 0; i < N; i++) {
            q[i] += perturb[i];
        }
        q[MODEL.dofIndex("root_tz")] -= 0.004;
        double[] qd = randomVector(r, N, 0.5);
        double[] w = randomVector(r, 6 * N, 1.0);
        ContactParameters cp = ContactParameters.DEFAULT;
        step = CONTACT_STEP;
        SimData d = new SimData(MODEL);
        SimAdjoint g = new SimAdjoint(MODEL);
        d.setState(q, qd);
        ToDoubleFunction<SimData> phi = dd -> {
            Kinematics.forward(MODEL, dd);
            InverseDynamics.velocities(MODEL, dd);
            SoftContact.forward(MODEL, cp, dd);
            return dot(w, dd.extForce);
        };
        phi.applyAsDouble(d);
        assertTrue(d.activeContacts >= 3, "contacts active: " + d.activeContacts);
        double friction = 0;
        for (int c = 0; c < MODEL.contactCount(); c++) {
            friction += Math.abs(d.contactForce[3 * c]) + Math.abs(d.contactForce[3 * c + 1]);
        }
        assertTrue(friction > 1, "friction forces present: " + friction);
        System.arraycopy(w, 0, g.extForceBar, 0, w.length);
        Arrays.fill(g.worldRotBar, 0.0);
        Arrays.fill(g.worldPosBar, 0.0);
        SoftContact.backward(MODEL, cp, d, g);
        double[] qBar = new double[N];
        double[] qdBar = new double[N];
        Arrays.fill(g.forceBar, 0.0);
        InverseDynamics.backwardMotion(MODEL, d, g, qBar, qdBar);
        Kinematics.backward(MODEL, d, g, qBar);
        assertMatches(qBar, fd(d, q, qd, phi, true), "contact / q");
        assertMatches(qdBar, fd(d, q, qd, phi, false), "contact / qd");
    }

    /** Central differences of phi with respect to q (or qd), restoring the state each time. */
    private double[] fd(SimData d, double[] q, double[] qd, ToDoubleFunction<SimData> phi, boolean wrtQ) {
        double[] out = new double[N];
        double[] v0 = qd == null ? new double[N] : qd;
        for (int i = 0; i < N; i++) {
            double[] x = (wrtQ ? q : v0).clone();
            double saved = x[i];
            double[] f = new double[4];
            double[] offsets = {step, -step, 2 * step, -2 * step};
            for (int k = 0; k < 4; k++) {
                x[i] = saved + offsets[k];
                d.setState(wrtQ ? x : q, wrtQ ? v0 : x);
                f[k] = phi.applyAsDouble(d);
            }
            // fourth-order central difference
            out[i] = (8 * (f[0] - f[1]) - (f[2] - f[3])) / (12 * step);
        }
        d.setState(q, v0);
        return out;
    }

    private static void assertMatches(double[] analytic, double[] numeric, String what) {
        double maxAbs = 0;
        for (double v : analytic) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
        }
        assertTrue(maxAbs > 1e-6, what + ": analytic adjoint is zero");
        double floor = Tolerances.GRAD_FLOOR_FRACTION * maxAbs;
        for (int i = 0; i < analytic.length; i++) {
            double rel = Math.abs(analytic[i] - numeric[i]) / Math.max(Math.max(Math.abs(analytic[i]), Math.abs(numeric[i])), floor);
            assertTrue(rel < REL, what + " [" + i + "]: analytic " + analytic[i] + " vs fd " + numeric[i] + " (rel " + rel + ")");
        }
    }

    private static double[] randomVector(SplittableRandom r, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble(-scale, scale);
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
