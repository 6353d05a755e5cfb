package org.optimusmotion.physics.check;

import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.Simulator;
import org.optimusmotion.physics.dynamics.Trajectory;
import org.optimusmotion.physics.grad.RolloutGradient;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/**
 * Single-thread timing of forward rollouts and of forward + gradient on the same rollout (a moving
 * humanoid on the ground, {@link MotionScenario}), after warm-up. Not a unit test: numbers depend on
 * the machine and its load; ratios are the meaningful output.
 */
public final class SimulatorBenchmark {

    private SimulatorBenchmark() {
    }

    /**
     * Timings.
     *
     * @param dof                       joint coordinates of the model
     * @param timestepSeconds           integrator step
     * @param stepsPerRollout           steps of one rollout
     * @param stepsPerSecond            forward steps per wall-clock second
     * @param forwardSecondsPerRollout  mean time of one forward rollout
     * @param gradientSecondsPerRollout mean time of forward + loss gradient of the same rollout
     * @param gradientOverForward       gradientSecondsPerRollout / forwardSecondsPerRollout
     * @param simulatedSecondsPerRollout simulated time of one rollout
     * @param contactSteps              steps of the rollout with active contacts
     */
    public record Report(int dof, double timestepSeconds, int stepsPerRollout, double stepsPerSecond, double forwardSecondsPerRollout,
            double gradientSecondsPerRollout, double gradientOverForward, double simulatedSecondsPerRollout, int contactSteps) {
    }

    /** Times {@code repeats} rollouts of {@code frames} frames (after as many warm-up rollouts). */
    public static Report run(Model m, SimOptions o, int frames, int repeats, long seed) {
        MotionScenario.Setup s = MotionScenario.random(m, frames, seed, 0.3);
        SimData d = new SimData(m);
        SimAdjoint g = new SimAdjoint(m);
        Trajectory t = new Trajectory(m, o, frames);
        double[] kBar = new double[t.keypointsRef().length];
        double[] q0Bar = new double[m.dof()];
        double[] qd0Bar = new double[m.dof()];
        double[][] qhatBar = new double[frames][m.actuatorCount()];
        for (int i = 0; i < kBar.length; i++) {
            kBar[i] = 1e-3 * ((i % 7) - 3);
        }
        for (int w = 0; w < Math.max(3, repeats); w++) {
            Simulator.rollout(m, o, s.q0(), s.qd0(), s.qhat(), d, t);
            RolloutGradient.backward(m, o, t, s.qhat(), kBar, d, g, q0Bar, qd0Bar, qhatBar);
        }
        long fwd = 0;
        long both = 0;
        // Interleave the two measurements so that load changes affect both alike.
        for (int rep = 0; rep < repeats; rep++) {
            long t0 = System.nanoTime();
            Simulator.rollout(m, o, s.q0(), s.qd0(), s.qhat(), d, t);
            long t1 = System.nanoTime();
            Simulator.rollout(m, o, s.q0(), s.qd0(), s.qhat(), d, t);
            RolloutGradient.backward(m, o, t, s.qhat(), kBar, d, g, q0Bar, qd0Bar, qhatBar);
            long t2 = System.nanoTime();
            fwd += t1 - t0;
            both += t2 - t1;
        }
        double fwdMean = fwd / 1e9 / repeats;
        double bothMean = both / 1e9 / repeats;
        return new Report(m.dof(), o.timestepSeconds(), t.steps(), t.steps() / fwdMean, fwdMean, bothMean, bothMean / fwdMean,
                t.steps() * o.timestepSeconds(), t.contactSteps());
    }
}
