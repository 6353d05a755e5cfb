package org.optimusmotion.optimizer.learned;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

import org.optimusmotion.optimizer.StepStatus;

/**
 * The mutable state of a learned optimizer on one problem (iterate, gradient, accumulators, and for
 * Optimus the preconditioner B), advanced with meta-parameters given per step. Taking θ per step is what
 * lets PES apply θ+ε and θ−ε to two copies of one inner state across truncations.
 *
 * <p>Preallocated at start; {@link #step} does not allocate. Not thread-safe.
 */
public interface LearnedRun {

    /**
     * One learned update: accumulators, features, network, {@code x ← x − U}, one objective evaluation.
     * A non-finite update or objective leaves x unchanged and returns
     * {@link StepStatus#NUMERICAL_FAILURE}.
     *
     * @param theta meta-parameters, length {@link LearnedOptimizer#thetaLength()}. Not modified.
     */
    StepStatus step(double[] theta);

    /**
     * {@link #step(double[])} with a descent safeguard: the first {@code descentHalvings} trial points
     * must not raise the objective, otherwise the step is halved and tried again (each try is one
     * evaluation); after that any finite trial point is taken. With {@link LearnedOptimizer#MAX_STEP_TRIALS}
     * every trial must descend, and when none does the iterate stays where it is (the step still counts:
     * the optimizer's accumulators have advanced, so the next step differs). Meta-training uses 0 (the
     * plain learned step, PAPERS.md B); inference may use more.
     *
     * @param descentHalvings in [0, {@link LearnedOptimizer#MAX_STEP_TRIALS}]
     */
    default StepStatus step(double[] theta, int descentHalvings) {
        if (descentHalvings != 0) {
            throw new UnsupportedOperationException(getClass().getSimpleName() + " has no descent safeguard");
        }
        return step(theta);
    }

    /**
     * Forgets the optimizer's state (its accumulators and their iteration count, and for Optimus the
     * preconditioner B) while keeping the iterate, its value and gradient, and the count of completed steps:
     * the next step is the one a fresh run started here would take. Why: the learned update is trained on
     * episodes of limited length, and late in a long run its direction often points uphill
     * (docs/optimus-reconstruction.md, "Restarts").
     */
    void restart();

    /** Live view of the current iterate. Do not modify. */
    double[] xRef();

    /** Objective value at {@link #xRef()}. */
    double value();

    /** Completed steps. */
    int iterations();

    /** Writes the complete iteration state (not the problem) for checkpoints. */
    void writeState(DataOutput out) throws IOException;

    /** Restores a state written by {@link #writeState} from a run on the same problem. */
    void readState(DataInput in) throws IOException;
}
