package org.optimusmotion.physics.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.Simulator;
import org.optimusmotion.physics.model.ContactParameters;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/** Golden scenario: the humanoid dropped from rest falls g t^2 / 2 (exact discrete form of semi-implicit Euler). */
class FreeFallScenarioTest {

    @Test
    void fallDistanceMatchesGravity() {
        Model m = HumanoidLoader.loadDefault();
        SimOptions o = SimOptions.DEFAULT.withContact(false, ContactParameters.DEFAULT).withJointLimits(0);
        SimData d = new SimData(m);
        double[] q0 = m.referencePose();
        int tz = m.dofIndex("root_tz");
        q0[tz] += 3.0;
        d.setState(q0, new double[m.dof()]);
        java.util.Arrays.fill(d.target, 0.0);
        int steps = 300;
        for (int s = 0; s < steps; s++) {
            Simulator.step(m, o, d);
        }
        double h = o.timestepSeconds();
        double t = steps * h;
        // qd_n = -g h n, z_n = z_0 - g h^2 n (n + 1) / 2 -> g t^2 / 2 as h -> 0
        double expectedDrop = 9.81 * h * h * steps * (steps + 1) / 2;
        assertEquals(expectedDrop, q0[tz] - d.q[tz], 1e-9);
        assertEquals(0.5 * 9.81 * t * t, q0[tz] - d.q[tz], 0.01 * 0.5 * 9.81 * t * t);
        assertEquals(-9.81 * t, d.qd[tz], 1e-9);
    }
}
