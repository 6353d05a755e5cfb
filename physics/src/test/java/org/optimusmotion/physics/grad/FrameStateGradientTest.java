package org.optimusmotion.physics.grad;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.CountingProblem;
import org.optimusmotion.physics.Tolerances;
import org.optimusmotion.physics.check.MotionScenario;
import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.Simulator;
import org.optimusmotion.physics.dynamics.Trajectory;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/** Losses that read the frame states directly (joint-angle priors, velocity smoothness) get exact gradients too. */
class FrameStateGradientTest {

    private static final Model MODEL = HumanoidLoader.loadDefault();

    @Test
    void gradientOfALossOnFrameStatesMatchesFiniteDifferences() {
        int frames = 3;
        SimOptions o = SimOptions.DEFAULT;
        MotionScenario.Setup s = MotionScenario.random(MODEL, frames, 17, 0.15);
        int n = MODEL.dof();
        SplittableRandom r = new SplittableRandom(18);
        double[] w = new double[frames * 2 * n];
        for (int i = 0; i < w.length; i++) {
            w[i] = r.nextDouble(-1, 1);
        }
        // L = sum_f w_f . (q_f, qd_f)^2 / 2 + a keypoint term
        CountingProblem p = new CountingProblem() {
            final SimData d = new SimData(MODEL);
            final SimAdjoint g = new SimAdjoint(MODEL);
            final Trajectory t = new Trajectory(MODEL, o, frames);
            final double[][] qhat = new double[frames][MODEL.actuatorCount()];
            final double[][] qhatBar = new double[frames][MODEL.actuatorCount()];
            final double[] q = new double[n];
            final double[] qd = new double[n];

            @Override
            public int dimension() {
                return 2 * n + frames * MODEL.actuatorCount();
            }

            @Override
            protected double compute(double[] x, double[] gradient) {
                int na = MODEL.actuatorCount();
                for (int f = 0; f < frames; f++) {
                    System.arraycopy(x, 2 * n + f * na, qhat[f], 0, na);
                }
                System.arraycopy(x, 0, q, 0, n);
                System.arraycopy(x, n, qd, 0, n);
                Simulator.rollout(MODEL, o, q.clone(), qd.clone(), qhat, d, t);
                double[] stateBar = new double[frames * 2 * n];
                double[] kBar = new double[t.keypointsRef().length];
                double value = 0;
                for (int f = 0; f < frames; f++) {
                    t.stateInto(f * t.substepsPerFrame(), q, qd);
                    for (int i = 0; i < n; i++) {
                        value += 0.5 * w[2 * n * f + i] * q[i] * q[i] + 0.5 * w[2 * n * f + n + i] * qd[i] * qd[i];
                        stateBar[2 * n * f + i] = w[2 * n * f + i] * q[i];
                        stateBar[2 * n * f + n + i] = w[2 * n * f + n + i] * qd[i];
                    }
                }
                for (int i = 0; i < kBar.length; i++) {
                    value += 0.1 * t.keypointsRef()[i];
                    kBar[i] = 0.1;
                }
                if (gradient != null) {
                    double[] q0Bar = new double[n];
                    double[] qd0Bar = new double[n];
                    RolloutGradient.backward(MODEL, o, t, qhat, kBar, stateBar, d, g, q0Bar, qd0Bar, qhatBar);
                    System.arraycopy(q0Bar, 0, gradient, 0, n);
                    System.arraycopy(qd0Bar, 0, gradient, n, n);
                    for (int f = 0; f < frames; f++) {
                        System.arraycopy(qhatBar[f], 0, gradient, 2 * n + f * na, na);
                    }
                }
                return value;
            }
        };
        double[] x = new double[p.dimension()];
        KeypointRolloutProblem.pack(MODEL, s.q0(), s.qd0(), s.qhat(), frames, x);
        double[] g = new double[x.length];
        p.evaluate(x, g);
        double maxAbs = 0;
        for (double v : g) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
        }
        int[] idx = new int[x.length / 5];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = 5 * k;
        }
        GradientCheck.Result res = GradientCheck.check(p, x, idx, Tolerances.FD_STEP, Tolerances.GRAD_FLOOR_FRACTION * maxAbs);
        assertTrue(maxAbs > 1e-3, "non-zero gradient");
        assertTrue(res.maxRelativeError() < Tolerances.GRAD_REL, res.toString());
    }
}
