package org.optimusmotion.physics.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.Diagnostics;
import org.optimusmotion.physics.dynamics.Simulator;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/** Energy without damping or contact; momentum without any external force. */
class ConservationScenarioTest {

    @Test
    void energyIsConservedWithoutDampingOrContact() {
        Model m = HumanoidLoader.loadDefault();
        double coarse = energyDrift(m, 40);
        double fine = energyDrift(m, 80);
        SimData d = randomMotion(m, 31, 1.0);
        double ke0 = Diagnostics.kineticEnergy(m, d);
        // semi-implicit Euler in reduced coordinates: first-order energy error that halves with dt
        assertTrue(fine < 1e-2 * ke0, "energy drift " + fine + " J of kinetic energy " + ke0 + " J at dt = 1/2400 s");
        assertTrue(coarse / fine > 1.6 && coarse / fine < 2.4, "drift ratio for dt halved: " + coarse / fine);
    }

    /** Largest |E(t) - E(0)| over 1 s with gravity, contact, actuation, damping and limits off. */
    private static double energyDrift(Model m, int substeps) {
        SimOptions o = SimOptions.DEFAULT.conservative().withFrameRate(30, substeps);
        SimData d = randomMotion(m, 31, 1.0);
        double e0 = Diagnostics.kineticEnergy(m, d);
        double maxDrift = 0;
        for (int s = 0; s < 30 * substeps; s++) {
            Simulator.step(m, o, d);
            if (s % 10 == 9) {
                maxDrift = Math.max(maxDrift, Math.abs(Diagnostics.kineticEnergy(m, d) - e0));
            }
        }
        return maxDrift;
    }

    @Test
    void momentumIsConservedWithoutExternalForces() {
        Model m = ScenarioModels.floatingChain();
        SimOptions o = SimOptions.DEFAULT.conservative().withFrameRate(30, 80);
        SimData d = randomMotion(m, 32, 2.0);
        double[] p0 = new double[6];
        Diagnostics.momentum(m, d, p0);
        double scale = 0;
        for (double v : p0) {
            scale = Math.max(scale, Math.abs(v));
        }
        double[] p = new double[6];
        for (int s = 0; s < 2400; s++) {
            Simulator.step(m, o, d);
        }
        Diagnostics.momentum(m, d, p);
        for (int k = 0; k < 6; k++) {
            assertEquals(p0[k], p[k], 2e-3 * scale, "momentum component " + k);
        }
    }

    @Test
    void humanoidLinearMomentumIsConservedWithoutExternalForces() {
        Model m = HumanoidLoader.loadDefault();
        SimOptions o = SimOptions.DEFAULT.conservative();
        SimData d = randomMotion(m, 33, 1.0);
        double[] p0 = new double[6];
        double[] p = new double[6];
        Diagnostics.momentum(m, d, p0);
        for (int s = 0; s < 600; s++) {
            Simulator.step(m, o, d);
        }
        Diagnostics.momentum(m, d, p);
        for (int k = 0; k < 3; k++) {
            // M(q) is evaluated at the start of the step: an O(dt) drift, not exact conservation
            assertEquals(p0[k], p[k], 1e-3 * Math.abs(p0[k]) + 1e-9, "linear momentum " + k);
        }
    }

    private static SimData randomMotion(Model m, long seed, double speed) {
        SplittableRandom r = new SplittableRandom(seed);
        SimData d = new SimData(m);
        double[] q = m.referencePose();
        double[] qd = new double[m.dof()];
        for (int i = 0; i < m.dof(); i++) {
            q[i] += r.nextDouble(-0.3, 0.3);
            qd[i] = r.nextDouble(-speed, speed);
        }
        d.setState(q, qd);
        return d;
    }
}
