package org.optimusmotion.physics.grad;

import org.optimusmotion.optimizer.CountingProblem;
import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.SimulationDivergedException;
import org.optimusmotion.physics.dynamics.Simulator;
import org.optimusmotion.physics.dynamics.Trajectory;
import org.optimusmotion.physics.loss.KeypointLoss;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/**
 * A keypoint loss of a rollout as an optimization problem over x = [q0 (dof), qd0 (dof), q-hat
 * (frames x actuatorCount, row-major)]. A diverged rollout evaluates to +infinity (gradient zero) and
 * is remembered in {@link #lastDivergence()}. All buffers are preallocated; not thread-safe.
 */
public final class KeypointRolloutProblem extends CountingProblem {

    private final Model model;
    private final SimOptions options;
    private final KeypointLoss loss;
    private final int frames;
    private final SimData data;
    private final SimAdjoint adjoint;
    private final Trajectory trajectory;
    private final double[] q0;
    private final double[] qd0;
    private final double[][] qhat;
    private final double[][] qhatBar;
    private final double[] keypointsBar;
    private final double[] q0Bar;
    private final double[] qd0Bar;
    private SimulationDivergedException lastDivergence;

    public KeypointRolloutProblem(Model model, SimOptions options, KeypointLoss loss) {
        this.model = model;
        this.options = options;
        this.loss = loss;
        this.frames = loss.frames();
        this.data = new SimData(model);
        this.adjoint = new SimAdjoint(model);
        this.trajectory = new Trajectory(model, options, frames);
        int n = model.dof();
        q0 = new double[n];
        qd0 = new double[n];
        qhat = new double[frames][model.actuatorCount()];
        qhatBar = new double[frames][model.actuatorCount()];
        keypointsBar = new double[trajectory.keypointsRef().length];
        q0Bar = new double[n];
        qd0Bar = new double[n];
    }

    @Override
    public int dimension() {
        return 2 * model.dof() + frames * model.actuatorCount();
    }

    /** Packs (q0, qd0, q-hat) into a parameter vector of length {@link #dimension()}. */
    public static void pack(Model m, double[] q0, double[] qd0, double[][] qhat, int frames, double[] x) {
        int n = m.dof();
        int na = m.actuatorCount();
        System.arraycopy(q0, 0, x, 0, n);
        System.arraycopy(qd0, 0, x, n, n);
        for (int f = 0; f < frames; f++) {
            System.arraycopy(qhat[f], 0, x, 2 * n + f * na, na);
        }
    }

    @Override
    protected double compute(double[] x, double[] gradient) {
        int n = model.dof();
        int na = model.actuatorCount();
        System.arraycopy(x, 0, q0, 0, n);
        System.arraycopy(x, n, qd0, 0, n);
        for (int f = 0; f < frames; f++) {
            System.arraycopy(x, 2 * n + f * na, qhat[f], 0, na);
        }
        try {
            Simulator.rollout(model, options, q0, qd0, qhat, data, trajectory);
        } catch (SimulationDivergedException e) {
            lastDivergence = e;
            if (gradient != null) {
                java.util.Arrays.fill(gradient, 0.0);
            }
            return Double.POSITIVE_INFINITY;
        }
        double value = loss.evaluate(trajectory.keypointsRef(), gradient == null ? null : keypointsBar);
        if (gradient != null) {
            RolloutGradient.backward(model, options, trajectory, qhat, keypointsBar, data, adjoint, q0Bar, qd0Bar, qhatBar);
            System.arraycopy(q0Bar, 0, gradient, 0, n);
            System.arraycopy(qd0Bar, 0, gradient, n, n);
            for (int f = 0; f < frames; f++) {
                System.arraycopy(qhatBar[f], 0, gradient, 2 * n + f * na, na);
            }
        }
        return value;
    }

    /** The trajectory of the last evaluation (live, overwritten by the next one). */
    public Trajectory lastTrajectoryRef() {
        return trajectory;
    }

    /** The divergence of the last evaluation that diverged, or null. */
    public SimulationDivergedException lastDivergence() {
        return lastDivergence;
    }
}
