package org.optimusmotion.physics.check;

import org.optimusmotion.physics.grad.GradientCheck;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/**
 * Checks the rollout gradient of a keypoint loss with respect to every parameter (all of s0 =
 * (q0, qd0) and every q-hat knot) against fourth-order central finite differences, on a
 * {@link MotionScenario} with the humanoid touching the ground.
 */
public final class RolloutGradcheck {

    /** Largest finite-difference step (ten steps down to h/31623, see GradientCheck). */
    public static final double DEFAULT_STEP = 3.1622776601683795e-3;
    /** Absolute floor of the relative error's denominator, as a fraction of the gradient's infinity norm. */
    public static final double DEFAULT_FLOOR_FRACTION = 1e-5;

    private RolloutGradcheck() {
    }

    /**
     * Outcome of a check.
     *
     * @param maxRelativeError    max over parameters of |g - g_fd| / max(|g|, |g_fd|, floor)
     * @param parameters          number of parameters checked (all of them)
     * @param nonZeroGradients    parameters with a non-zero analytic derivative
     * @param maxAbsGradient      infinity norm of the analytic gradient
     * @param floor               the absolute floor used
     * @param worstParameter      name of the worst parameter
     * @param analyticAtWorst     analytic derivative there
     * @param numericAtWorst      finite-difference derivative there
     * @param frames              video frames
     * @param steps               integrator steps per rollout
     * @param contactSteps        steps with at least one active contact sphere
     * @param meanActiveContacts  mean number of active contact spheres per step
     * @param loss                loss value at the checked point
     * @param seconds             wall time of the whole check
     */
    public record Report(double maxRelativeError, int parameters, int nonZeroGradients, double maxAbsGradient, double floor,
            String worstParameter, double analyticAtWorst, double numericAtWorst, int frames, int steps, int contactSteps,
            double meanActiveContacts, double loss, double seconds) {
    }

    /** Runs the check on the default options. */
    public static Report run(Model m, SimOptions o, int frames, long seed) {
        long t0 = System.nanoTime();
        MotionScenario.LossFixture fx = MotionScenario.lossFixture(m, o, frames, seed);
        int dim = fx.problem().dimension();
        double[] g = new double[dim];
        double loss = fx.problem().evaluate(fx.x(), g);
        int steps = fx.problem().lastTrajectoryRef().steps();
        int contactSteps = fx.problem().lastTrajectoryRef().contactSteps();
        long active = 0;
        for (int s = 0; s < steps; s++) {
            active += fx.problem().lastTrajectoryRef().activeContacts(s);
        }
        double maxAbs = 0;
        for (double v : g) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
        }
        int[] all = new int[dim];
        for (int i = 0; i < dim; i++) {
            all[i] = i;
        }
        double floor = DEFAULT_FLOOR_FRACTION * maxAbs;
        GradientCheck.Result r = GradientCheck.check(fx.problem(), fx.x(), all, DEFAULT_STEP, floor);
        return new Report(r.maxRelativeError(), r.checked(), r.nonZero(), maxAbs, floor, parameterName(m, frames, r.worstIndex()),
                r.analyticAtWorst(), r.numericAtWorst(), frames, steps, contactSteps, steps == 0 ? 0 : (double) active / steps, loss,
                (System.nanoTime() - t0) / 1e9);
    }

    /** Human-readable name of parameter {@code i} of x = [q0, qd0, qhat]. */
    public static String parameterName(Model m, int frames, int i) {
        int n = m.dof();
        if (i < 0) {
            return "none";
        }
        if (i < n) {
            return "q0[" + m.dofName(i) + "]";
        }
        if (i < 2 * n) {
            return "qd0[" + m.dofName(i - n) + "]";
        }
        int k = i - 2 * n;
        int na = m.actuatorCount();
        return "qhat[" + (k / na) + "][" + m.dofName(m.actuatedDofsRef()[k % na]) + "]";
    }
}
