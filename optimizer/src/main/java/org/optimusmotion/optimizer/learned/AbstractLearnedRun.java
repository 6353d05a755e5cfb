package org.optimusmotion.optimizer.learned;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.StepStatus;
import org.optimusmotion.optimizer.learned.features.AdafactorAccumulators;
import org.optimusmotion.optimizer.learned.features.AdafactorDecays;
import org.optimusmotion.optimizer.learned.features.AdafactorFeatures;

/**
 * The step skeleton shared by the learned optimizers: accumulators, features, network update,
 * {@code x ← x − U}, one evaluation. Subclasses supply the network ({@link #computeUpdate}).
 */
abstract class AbstractLearnedRun implements LearnedRun {

    protected final Problem problem;
    protected final int n;
    private final int decayOffset;
    private final double[] x;
    private final double[] gradient;
    private final double[] xTrial;
    private final double[] gradientTrial;
    private final double[] decays = new double[AdafactorDecays.OFFSET_COUNT];
    private final AdafactorAccumulators accumulators;
    /** Features (n × 39). */
    protected final double[] features;
    /** The update U with x ← x − U, length n. */
    protected final double[] update;
    private double value;
    private int iterations;

    AbstractLearnedRun(Problem problem, double[] x0, int decayOffset) {
        if (x0.length != problem.dimension()) {
            throw new IllegalArgumentException("x0 has length " + x0.length + " but the problem has dimension "
                    + problem.dimension());
        }
        this.problem = problem;
        this.n = x0.length;
        this.decayOffset = decayOffset;
        this.x = x0.clone();
        this.gradient = new double[n];
        this.xTrial = new double[n];
        this.gradientTrial = new double[n];
        this.accumulators = new AdafactorAccumulators(n);
        this.features = new double[n * AdafactorFeatures.FEATURE_COUNT];
        this.update = new double[n];
        this.value = problem.evaluate(x, gradient);
    }

    /**
     * Writes the update U (x ← x − U) into {@link #update}, from {@link #features} and θ.
     *
     * @param theta meta-parameters. Not modified.
     */
    protected abstract void computeUpdate(double[] theta);

    @Override
    public final StepStatus step(double[] theta) {
        return step(theta, 0);
    }

    @Override
    public final StepStatus step(double[] theta, int descentHalvings) {
        AdafactorDecays.decaysInto(decays, theta, decayOffset);
        accumulators.update(gradient, decays);
        AdafactorFeatures.compute(features, x, gradient, accumulators);
        computeUpdate(theta);
        accumulators.advanceIteration();
        iterations++;
        // A step into a region where the objective is not finite (a simulation that blows up) is halved
        // and retried: without this one bad step ends the run at its start (the Pose2Sim real case did).
        double fraction = 1;
        boolean anyFinite = false;
        for (int attempt = 0; attempt < LearnedOptimizer.MAX_STEP_TRIALS; attempt++, fraction *= 0.5) {
            Trial trial = tryStep(fraction, attempt < descentHalvings);
            if (trial == Trial.TAKEN) {
                return StepStatus.PROGRESS;
            }
            anyFinite |= trial == Trial.UPHILL;
        }
        // Every trial required descent and none descended: stay (the accumulators have moved on, so the
        // next step proposes something else). Only non-finite trials: the step failed.
        return anyFinite ? StepStatus.PROGRESS : StepStatus.NUMERICAL_FAILURE;
    }

    @Override
    public final void restart() {
        accumulators.reset();
        restartModelState();
    }

    /** Resets what the architecture keeps across steps beyond the Adafactor accumulators (nothing by default). */
    protected void restartModelState() {
    }

    /** What became of one trial point. */
    private enum Trial { TAKEN, NOT_FINITE, UPHILL }

    /**
     * Evaluates x − fraction·U; moves there when objective and gradient are finite and, if
     * {@code requireDescent}, the objective is not higher than at x.
     */
    private Trial tryStep(double fraction, boolean requireDescent) {
        boolean finite = true;
        for (int i = 0; i < n; i++) {
            double xi = x[i] - fraction * update[i];
            finite &= Double.isFinite(xi);
            xTrial[i] = xi;
        }
        if (!finite) {
            return Trial.NOT_FINITE;
        }
        double f = problem.evaluate(xTrial, gradientTrial);
        for (int i = 0; i < n; i++) {
            finite &= Double.isFinite(gradientTrial[i]);
        }
        if (!finite || !Double.isFinite(f)) {
            return Trial.NOT_FINITE;
        }
        if (requireDescent && f > value) {
            return Trial.UPHILL;
        }
        System.arraycopy(xTrial, 0, x, 0, n);
        System.arraycopy(gradientTrial, 0, gradient, 0, n);
        value = f;
        return Trial.TAKEN;
    }

    @Override
    public final double[] xRef() {
        return x;
    }

    @Override
    public final double value() {
        return value;
    }

    @Override
    public final int iterations() {
        return iterations;
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        out.writeInt(n);
        out.writeInt(iterations);
        out.writeDouble(value);
        for (int i = 0; i < n; i++) {
            out.writeDouble(x[i]);
            out.writeDouble(gradient[i]);
        }
        accumulators.write(out);
    }

    @Override
    public void readState(DataInput in) throws IOException {
        int nIn = in.readInt();
        if (nIn != n) {
            throw new IOException("saved run has dimension " + nIn + ", this run " + n);
        }
        iterations = in.readInt();
        value = in.readDouble();
        for (int i = 0; i < n; i++) {
            x[i] = in.readDouble();
            gradient[i] = in.readDouble();
        }
        accumulators.read(in);
    }
}
