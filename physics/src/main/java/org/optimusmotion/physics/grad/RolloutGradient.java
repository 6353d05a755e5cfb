package org.optimusmotion.physics.grad;

import java.util.Arrays;
import org.optimusmotion.physics.contact.BoxContact;
import org.optimusmotion.physics.contact.SoftContact;
import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.Actuation;
import org.optimusmotion.physics.dynamics.InverseDynamics;
import org.optimusmotion.physics.dynamics.Kinematics;
import org.optimusmotion.physics.dynamics.MassMatrix;
import org.optimusmotion.physics.dynamics.Trajectory;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/**
 * Exact reverse-mode gradient of any scalar loss of a rollout's keypoints with respect to the initial
 * state (q0, qd0) and the PD-target knots q-hat.
 *
 * <p>Each step is recomputed from the stored state (and stored qdd) and its vector-Jacobian product
 * applied, last step first. For the step qd' = qd + h qdd, q' = q + h qd', where qdd solves the
 * equations of motion ID(q, qd, qdd, f_contact(q, qd)) = tau(q, qd, q-hat), the implicit function
 * theorem gives, with lambda = (M(q) + h D)^{-1} qddBar (the factor is reused, M is never
 * differentiated; h D is the implicit joint damping):
 * <pre>
 *   tauBar = lambda,   (qBar, qdBar) -= lambda^T d ID(q, qd, qdd, f_contact(q, qd)) / d(q, qd)
 * </pre>
 * where the last term is the adjoint of RNEA (seeded with -lambda), through the contact model into
 * link velocities and poses and through forward kinematics. Cost: about two forward steps per step.
 * No allocation. Stateless.
 */
public final class RolloutGradient {

    private RolloutGradient() {
    }

    /**
     * Back-propagates {@code keypointsBar} (dL/dK, (frames x Keypoint.COUNT x 3)) through the rollout in
     * {@code traj}, which must come from {@code Simulator.rollout(m, o, q0, qd0, qhat, ...)}.
     * Overwrites {@code q0Bar, qd0Bar} (dof) and rows 0..frames-1 of {@code qhatBar} (actuatorCount).
     */
    public static void backward(Model m, SimOptions o, Trajectory traj, double[][] qhat, double[] keypointsBar,
            SimData d, SimAdjoint g, double[] q0Bar, double[] qd0Bar, double[][] qhatBar) {
        backward(m, o, traj, qhat, keypointsBar, null, d, g, q0Bar, qd0Bar, qhatBar);
    }

    /**
     * As {@link #backward(Model, SimOptions, Trajectory, double[][], double[], SimData, SimAdjoint, double[], double[], double[][])}
     * for a loss that also depends directly on the states at the video frames: {@code frameStateBar}
     * holds dL/dq and dL/dqd of frame f at {@code [f * 2 dof, f * 2 dof + dof)} and
     * {@code [f * 2 dof + dof, (f + 1) * 2 dof)} ((frames x 2 dof); null when none), e.g. for priors on
     * joint angles or smoothness of velocities.
     */
    public static void backward(Model m, SimOptions o, Trajectory traj, double[][] qhat, double[] keypointsBar,
            double[] frameStateBar, SimData d, SimAdjoint g, double[] q0Bar, double[] qd0Bar, double[][] qhatBar) {
        int n = m.dof();
        int frames = traj.frames();
        int sub = traj.substepsPerFrame();
        int steps = traj.steps();
        double h = o.timestepSeconds();
        int kpStride = 3 * Keypoint.COUNT;
        for (int f = 0; f < frames; f++) {
            Arrays.fill(qhatBar[f], 0.0);
        }
        double[] qBar = g.qBar;
        double[] qdBar = g.qdBar;
        double[] qBarPrev = g.qBarPrev;
        double[] qdBarPrev = g.qdBarPrev;
        Arrays.fill(qBar, 0.0);
        Arrays.fill(qdBar, 0.0);
        // Last frame's keypoints depend on the final state through forward kinematics only.
        traj.stateInto(steps, d.q, d.qd);
        Kinematics.forward(m, d);
        Arrays.fill(g.worldRotBar, 0.0);
        Arrays.fill(g.worldPosBar, 0.0);
        Kinematics.keypointsBackward(m, keypointsBar, (frames - 1) * kpStride, g);
        Kinematics.backward(m, d, g, qBar);
        addFrameStateBar(frameStateBar, frames - 1, n, qBar, qdBar);
        for (int s = steps - 1; s >= 0; s--) {
            int f = s / sub;
            int j = s - f * sub;
            double alpha = (double) j / sub;
            traj.stateInto(s, d.q, d.qd);
            traj.qddInto(s, d.qdd);
            recompute(m, o, d);
            // q' = q + h qd', qd' = qd + h qdd:  qBar stays, qdBar = qd'Bar + h q'Bar, qddBar = h qdBar
            for (int i = 0; i < n; i++) {
                double sq = qdBar[i] + h * qBar[i];
                qBarPrev[i] = qBar[i];
                qdBarPrev[i] = sq;
                g.lambda[i] = h * sq;
            }
            MassMatrix.solve(m, d, g.lambda);
            Arrays.fill(g.targetBar, 0.0);
            Actuation.backward(m, o, d, g.lambda, qBarPrev, qdBarPrev, g.targetBar);
            Actuation.interpolateTargetsBackward(m, g.targetBar, f, alpha, qhatBar);
            for (int i = 0; i < n; i++) {
                g.tauBar[i] = -g.lambda[i];
            }
            InverseDynamics.backwardForces(m, d, g.tauBar, g, qBarPrev);
            Arrays.fill(g.worldRotBar, 0.0);
            Arrays.fill(g.worldPosBar, 0.0);
            if (o.contactEnabled()) {
                // ID subtracts f_ext: its adjoint is -forceBar.
                double[] eb = g.extForceBar;
                double[] fb = g.forceBar;
                for (int k = 0; k < 6 * n; k++) {
                    eb[k] = -fb[k];
                }
                SoftContact.backward(m, o.contact(), d, g);
                BoxContact.backward(m, o.contact(), o.scene(), d, g);
            } else {
                Arrays.fill(g.velBar, 0.0);
            }
            InverseDynamics.backwardMotion(m, d, g, qBarPrev, qdBarPrev);
            if (j == 0) {
                Kinematics.keypointsBackward(m, keypointsBar, f * kpStride, g);
                addFrameStateBar(frameStateBar, f, n, qBarPrev, qdBarPrev);
            }
            Kinematics.backward(m, d, g, qBarPrev);
            System.arraycopy(qBarPrev, 0, qBar, 0, n);
            System.arraycopy(qdBarPrev, 0, qdBar, 0, n);
        }
        System.arraycopy(qBar, 0, q0Bar, 0, n);
        System.arraycopy(qdBar, 0, qd0Bar, 0, n);
    }

    /** Adds the direct state adjoint of frame f, if any. */
    private static void addFrameStateBar(double[] frameStateBar, int f, int n, double[] qBar, double[] qdBar) {
        if (frameStateBar == null) {
            return;
        }
        int o = 2 * n * f;
        for (int i = 0; i < n; i++) {
            qBar[i] += frameStateBar[o + i];
            qdBar[i] += frameStateBar[o + n + i];
        }
    }

    /** Recomputes, at the loaded state and qdd, what the step's adjoint needs. */
    private static void recompute(Model m, SimOptions o, SimData d) {
        Kinematics.forward(m, d);
        InverseDynamics.velocities(m, d);
        if (o.contactEnabled()) {
            SoftContact.forward(m, o.contact(), d);
            BoxContact.forward(m, o.contact(), o.scene(), d);
        } else {
            Arrays.fill(d.extForce, 0.0);
        }
        InverseDynamics.accelerationsAndForces(m, d, d.qdd, o.gravityMps2(), d.bias);
        MassMatrix.compute(m, d);
        Actuation.addImplicitDamping(m, o, d);
        MassMatrix.factor(m, d);
    }
}
