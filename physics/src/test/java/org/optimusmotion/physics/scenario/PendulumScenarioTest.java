package org.optimusmotion.physics.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.Simulator;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/** Golden scenario: the small-amplitude period of a physical pendulum is 2 pi sqrt(I / (m g l)). */
class PendulumScenarioTest {

    @Test
    void smallAmplitudePeriodMatchesTheory() {
        double m = 2.0;
        double l = 0.8;
        double ic = 0.01;
        Model model = ScenarioModels.pendulum(m, l, ic);
        // take actuation, contact, damping and limits out of the picture; keep gravity
        SimOptions o = SimOptions.DEFAULT.conservative().withGravity(9.81);
        SimData d = new SimData(model);
        d.setState(new double[] {0.02}, new double[] {0});
        double h = o.timestepSeconds();
        double t = 0;
        double lastCrossing = Double.NaN;
        double firstCrossing = Double.NaN;
        int crossings = 0;
        double prev = d.q[0];
        while (crossings < 9) {
            Simulator.step(model, o, d);
            t += h;
            if (prev > 0 && d.q[0] <= 0) {
                // linear interpolation of the downward zero crossing
                double tc = t - h * d.q[0] / (d.q[0] - prev);
                if (Double.isNaN(firstCrossing)) {
                    firstCrossing = tc;
                }
                lastCrossing = tc;
                crossings++;
            }
            prev = d.q[0];
        }
        double measured = (lastCrossing - firstCrossing) / (crossings - 1);
        double expected = 2 * Math.PI * Math.sqrt((ic + m * l * l) / (m * 9.81 * l));
        // semi-implicit Euler shifts the period by O((omega h)^2) ~ 1e-5 relative at dt = 1/600 s
        assertEquals(expected, measured, 1e-3 * expected);
    }
}
