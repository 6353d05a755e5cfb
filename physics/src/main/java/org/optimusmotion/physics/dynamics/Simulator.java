package org.optimusmotion.physics.dynamics;

import java.util.Arrays;
import org.optimusmotion.physics.contact.BoxContact;
import org.optimusmotion.physics.contact.SoftContact;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/**
 * Forward simulation: one semi-implicit Euler step reads like the algorithm,
 * <pre>
 *   Kinematics.forward; InverseDynamics.velocities; SoftContact.forward; BoxContact.forward; Actuation.forward;
 *   bias = ID(q, qd, 0, f_contact); MassMatrix.compute; qdd = (M + dt D)^{-1} (tau - bias);
 *   qd += dt qdd;  q += dt qd
 * </pre>
 * where D = diag(kd + damping) makes the joint damping implicit (evaluated at the new velocity).
 * <pre>
 * </pre>
 * and a rollout runs {@code frames - 1} video-frame intervals of {@code substepsPerFrame} steps,
 * recording states and keypoints in a {@link Trajectory}. No allocation per step. Stateless;
 * thread-safe as long as each thread passes its own {@link SimData} and {@link Trajectory}.
 */
public final class Simulator {

    private Simulator() {
    }

    /**
     * Computes {@code d.qdd} (and every intermediate of the step) at the current state and
     * {@code d.target}.
     */
    public static void forwardDynamics(Model m, SimOptions o, SimData d) {
        Kinematics.forward(m, d);
        InverseDynamics.velocities(m, d);
        if (o.contactEnabled()) {
            SoftContact.forward(m, o.contact(), d);
            BoxContact.forward(m, o.contact(), o.scene(), d);
        } else {
            Arrays.fill(d.extForce, 0.0);
            d.activeContacts = 0;
        }
        Actuation.forward(m, o, d);
        // bias = ID(q, qd, 0, f_ext): Coriolis, centrifugal, gravity minus contact.
        Arrays.fill(d.qdd, 0.0);
        InverseDynamics.accelerationsAndForces(m, d, d.qdd, o.gravityMps2(), d.bias);
        MassMatrix.compute(m, d);
        Actuation.addImplicitDamping(m, o, d);
        MassMatrix.factor(m, d);
        int n = m.dof();
        for (int i = 0; i < n; i++) {
            d.qdd[i] = d.tau[i] - d.bias[i];
        }
        MassMatrix.solve(m, d, d.qdd);
    }

    /** Semi-implicit (symplectic) Euler: qd += dt qdd, then q += dt qd. */
    public static void integrate(Model m, SimOptions o, SimData d) {
        double h = o.timestepSeconds();
        int n = m.dof();
        for (int i = 0; i < n; i++) {
            d.qd[i] += h * d.qdd[i];
            d.q[i] += h * d.qd[i];
        }
        d.timeSeconds += h;
    }

    /** One step with the PD targets already in {@code d.target}. */
    public static void step(Model m, SimOptions o, SimData d) {
        forwardDynamics(m, o, d);
        integrate(m, o, d);
    }

    /**
     * Simulates {@code traj.frames()} video frames from (q0, qd0) with PD targets {@code qhat}
     * ((at least frames) x actuatorCount, knots at the video frames, linearly interpolated in time).
     * Keypoints of frame f are those of the state at step f * substeps.
     *
     * @throws SimulationDivergedException when a state becomes non-finite or too fast
     */
    public static void rollout(Model m, SimOptions o, double[] q0, double[] qd0, double[][] qhat, SimData d, Trajectory traj) {
        int frames = traj.frames();
        int sub = traj.substepsPerFrame();
        int n = m.dof();
        if (sub != o.substepsPerFrame()) {
            throw new IllegalArgumentException("trajectory has " + sub + " sub-steps per frame, options say " + o.substepsPerFrame());
        }
        checkControls(m, qhat, frames);
        d.setState(q0, qd0);
        d.timeSeconds = 0;
        checkState(m, o, d, 0, 0);
        System.arraycopy(d.q, 0, traj.q, 0, n);
        System.arraycopy(d.qd, 0, traj.qd, 0, n);
        Kinematics.forward(m, d);
        Kinematics.keypoints(m, d, traj.keypoints, 0);
        for (int f = 0; f + 1 < frames; f++) {
            for (int j = 0; j < sub; j++) {
                int s = f * sub + j;
                Actuation.interpolateTargets(m, qhat, f, (double) j / sub, d);
                forwardDynamics(m, o, d);
                System.arraycopy(d.qdd, 0, traj.qdd, s * n, n);
                traj.activeContacts[s] = d.activeContacts;
                integrate(m, o, d);
                checkState(m, o, d, s, f);
                System.arraycopy(d.q, 0, traj.q, (s + 1) * n, n);
                System.arraycopy(d.qd, 0, traj.qd, (s + 1) * n, n);
            }
            Kinematics.forward(m, d);
            Kinematics.keypoints(m, d, traj.keypoints, (f + 1) * 3 * Keypoint.COUNT);
        }
    }

    /** Validates the control array's shape. */
    public static void checkControls(Model m, double[][] qhat, int frames) {
        if (qhat == null || qhat.length < frames) {
            throw new IllegalArgumentException("qhat needs " + frames + " rows (one per video frame), got "
                    + (qhat == null ? "null" : qhat.length));
        }
        for (int f = 0; f < frames; f++) {
            if (qhat[f].length != m.actuatorCount()) {
                throw new IllegalArgumentException("qhat[" + f + "] has " + qhat[f].length + " entries, expected " + m.actuatorCount());
            }
        }
    }

    /** Throws {@link SimulationDivergedException} on a non-finite q or a non-finite or too large qd. */
    static void checkState(Model m, SimOptions o, SimData d, int step, int frame) {
        double limit = o.divergenceSpeedLimit();
        int n = m.dof();
        for (int i = 0; i < n; i++) {
            double v = d.qd[i];
            if (!(Math.abs(v) <= limit)) {
                throw new SimulationDivergedException(step, frame, "qd[" + m.dofName(i) + "]", v, limit);
            }
            if (!Double.isFinite(d.q[i])) {
                throw new SimulationDivergedException(step, frame, "q[" + m.dofName(i) + "]", d.q[i], limit);
            }
        }
    }
}
