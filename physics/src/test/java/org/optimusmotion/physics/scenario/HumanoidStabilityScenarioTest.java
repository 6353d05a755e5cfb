package org.optimusmotion.physics.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.SimulationDivergedException;
import org.optimusmotion.physics.dynamics.Simulator;
import org.optimusmotion.physics.dynamics.Trajectory;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.Scene;
import org.optimusmotion.physics.model.SimOptions;

/** The humanoid on the ground: standing under PD hold, a long moving rollout, and a clear divergence error. */
class HumanoidStabilityScenarioTest {

    private static final Model MODEL = HumanoidLoader.loadDefault();

    @Test
    void standsStillUnderPdHoldForTwoSeconds() {
        SimOptions o = SimOptions.DEFAULT;
        int frames = 61;
        double[][] qhat = new double[frames][MODEL.actuatorCount()];
        Trajectory t = new Trajectory(MODEL, o, frames);
        SimData d = new SimData(MODEL);
        double[] q0 = MODEL.referencePose();
        Simulator.rollout(MODEL, o, q0, new double[MODEL.dof()], qhat, d, t);
        double[] q = new double[MODEL.dof()];
        double[] qd = new double[MODEL.dof()];
        int tz = MODEL.dofIndex("root_tz");
        for (int s = 0; s <= t.steps(); s += 60) {
            t.stateInto(s, q, qd);
            // sinks a few millimetres into the soft ground, never falls through or topples
            assertEquals(q0[tz], q[tz], 0.01, "pelvis height at step " + s);
            assertTrue(Math.abs(q[MODEL.dofIndex("root_ry")]) < 0.1 && Math.abs(q[MODEL.dofIndex("root_rx")]) < 0.1,
                    "upright at step " + s);
        }
        for (int c = 0; c < MODEL.contactCount(); c++) {
            assertTrue(d.contactGap[c] > -0.01, "sphere " + c + " penetrates " + d.contactGap[c]);
        }
        double maxSpeed = 0;
        for (double v : qd) {
            maxSpeed = Math.max(maxSpeed, Math.abs(v));
        }
        assertTrue(maxSpeed < 0.1, "at rest after 2 s: max |qd| = " + maxSpeed);
        assertTrue(t.contactSteps() == t.steps(), "feet on the ground throughout");
    }

    @Test
    void standsOnAPlatformWithoutSinkingIn() {
        double height = 0.1;
        Scene platform = new Scene(java.util.List.of(Scene.Box.step(-0.5, 0.5, 0.5, height)));
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
        assertTrue(t.contactSteps() == t.steps());
    }

    @Test
    void tenSecondMovingRolloutStaysFinite() {
        SimOptions o = SimOptions.DEFAULT;
        int frames = 301;
        int na = MODEL.actuatorCount();
        double[][] qhat = new double[frames][na];
        int[] act = MODEL.actuatedDofsRef();
        for (int f = 0; f < frames; f++) {
            for (int a = 0; a < na; a++) {
                // waving arms, bending spine and knees
                qhat[f][a] = 0.4 * Math.sin(0.2 * f + a) * (MODEL.dofName(act[a]).contains("foot") ? 0.3 : 1.0);
            }
        }
        Trajectory t = new Trajectory(MODEL, o, frames);
        SimData d = new SimData(MODEL);
        Simulator.rollout(MODEL, o, MODEL.referencePose(), new double[MODEL.dof()], qhat, d, t);
        for (double v : t.keypointsRef()) {
            assertTrue(Double.isFinite(v));
        }
        assertTrue(t.contactSteps() > 0);
    }

    @Test
    void hugeTimeStepThrowsATypedDivergence() {
        SimOptions o = SimOptions.DEFAULT.withFrameRate(2, 1);
        int frames = 40;
        double[][] qhat = new double[frames][MODEL.actuatorCount()];
        for (double[] row : qhat) {
            java.util.Arrays.fill(row, 0.5);
        }
        Trajectory t = new Trajectory(MODEL, o, frames);
        SimData d = new SimData(MODEL);
        SimulationDivergedException e = assertThrows(SimulationDivergedException.class,
                () -> Simulator.rollout(MODEL, o, MODEL.referencePose(), new double[MODEL.dof()], qhat, d, t));
        assertTrue(e.getMessage().contains("diverged at step") && e.quantity().startsWith("q"), e.getMessage());
    }
}
