package org.optimusmotion.physics.check;

import java.util.SplittableRandom;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.Simulator;
import org.optimusmotion.physics.dynamics.Trajectory;
import org.optimusmotion.physics.grad.KeypointRolloutProblem;
import org.optimusmotion.physics.loss.KeypointLoss;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/**
 * Seeded random but physical rollouts of the humanoid on the ground: standing pose pressed 2 mm into
 * the floor (contacts active from the first step), small random joint offsets and velocities, and PD
 * targets that oscillate smoothly around the start pose. Used by gradient checks and benchmarks.
 */
public final class MotionScenario {

    /** Root sink into the ground at the start, m. */
    public static final double START_SINK_M = 0.002;

    private MotionScenario() {
    }

    /** Initial state and controls. */
    public record Setup(double[] q0, double[] qd0, double[][] qhat) {
    }

    /** A keypoint-loss problem around the setup and the point x = [q0, qd0, qhat] to evaluate it at. */
    public record LossFixture(KeypointRolloutProblem problem, double[] x, Setup setup) {
    }

    /** A random setup for {@code frames} video frames; {@code amplitudeRad} scales the target oscillation. */
    public static Setup random(Model m, int frames, long seed, double amplitudeRad) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = m.dof();
        int na = m.actuatorCount();
        double[] q0 = m.referencePose();
        double[] qd0 = new double[n];
        q0[m.dofIndex("root_tz")] -= START_SINK_M;
        for (int i = 0; i < n; i++) {
            boolean root = m.actuatorOfDofRef()[i] < 0;
            if (!root) {
                q0[i] += r.nextDouble(-0.05, 0.05);
            }
            qd0[i] = root ? r.nextDouble(-0.05, 0.05) : r.nextDouble(-0.3, 0.3);
        }
        double[][] qhat = new double[frames][na];
        int[] act = m.actuatedDofsRef();
        for (int a = 0; a < na; a++) {
            double phase = r.nextDouble(0, 2 * Math.PI);
            double amp = r.nextDouble(0, amplitudeRad);
            for (int f = 0; f < frames; f++) {
                qhat[f][a] = q0[act[a]] + amp * Math.sin(phase + 0.3 * f);
            }
        }
        return new Setup(q0, qd0, qhat);
    }

    /**
     * A keypoint loss whose targets are the setup's own simulated keypoints plus seeded noise of
     * +-5 cm, so that the loss and its gradient are non-trivial.
     */
    public static LossFixture lossFixture(Model m, SimOptions o, int frames, long seed) {
        Setup s = random(m, frames, seed, 0.15);
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        SimData d = new SimData(m);
        Trajectory t = new Trajectory(m, o, frames);
        Simulator.rollout(m, o, s.q0(), s.qd0(), s.qhat(), d, t);
        double[] targets = t.keypointsRef().clone();
        for (int i = 0; i < targets.length; i++) {
            targets[i] += r.nextDouble(-0.05, 0.05);
        }
        KeypointRolloutProblem p = new KeypointRolloutProblem(m, o, new KeypointLoss(targets, frames));
        double[] x = new double[p.dimension()];
        KeypointRolloutProblem.pack(m, s.q0(), s.qd0(), s.qhat(), frames, x);
        return new LossFixture(p, x, s);
    }
}
