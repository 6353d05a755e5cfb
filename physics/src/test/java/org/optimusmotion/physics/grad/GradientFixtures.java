package org.optimusmotion.physics.grad;

import java.util.SplittableRandom;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.Simulator;
import org.optimusmotion.physics.dynamics.Trajectory;
import org.optimusmotion.physics.loss.KeypointLoss;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/** Seeded random but physical rollouts of the humanoid touching the ground, for gradient tests. */
final class GradientFixtures {

    private GradientFixtures() {
    }

    /** A problem and a point x = [q0, qd0, qhat] near standing with random joint motion. */
    record Fixture(KeypointRolloutProblem problem, double[] x) {
    }

    static Fixture standingWithMotion(Model m, SimOptions o, int frames, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = m.dof();
        int na = m.actuatorCount();
        double[] q0 = m.referencePose();
        double[] qd0 = new double[n];
        // Slightly pressed into the ground so that contacts are active from the first step.
        q0[m.dofIndex("root_tz")] -= 0.002;
        for (int i = 6; i < n; i++) {
            q0[i] += r.nextDouble(-0.05, 0.05);
            qd0[i] = r.nextDouble(-0.3, 0.3);
        }
        for (int i = 0; i < 6; i++) {
            qd0[i] = r.nextDouble(-0.05, 0.05);
        }
        double[][] qhat = new double[frames][na];
        int[] act = m.actuatedDofsRef();
        for (int a = 0; a < na; a++) {
            double phase = r.nextDouble(0, 2 * Math.PI);
            double amp = r.nextDouble(0, 0.15);
            for (int f = 0; f < frames; f++) {
                qhat[f][a] = q0[act[a]] + amp * Math.sin(phase + 0.3 * f);
            }
        }
        // Targets: the rollout's own keypoints, perturbed, so the loss and its gradient are non-trivial.
        SimData d = new SimData(m);
        Trajectory t = new Trajectory(m, o, frames);
        Simulator.rollout(m, o, q0, qd0, qhat, d, t);
        double[] targets = t.keypointsRef().clone();
        for (int i = 0; i < targets.length; i++) {
            targets[i] += r.nextDouble(-0.05, 0.05);
        }
        KeypointRolloutProblem p = new KeypointRolloutProblem(m, o, new KeypointLoss(targets, frames));
        double[] x = new double[p.dimension()];
        KeypointRolloutProblem.pack(m, q0, qd0, qhat, frames, x);
        return new Fixture(p, x);
    }
}
