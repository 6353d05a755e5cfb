package org.optimusmotion.optimizer.meta;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Estimates meta-gradients (learned_optimization {@code GradientEstimator}: PES, ES or truncated
 * backprop are interchangeable). Stateful: PES keeps particle states across calls.
 */
public interface GradientEstimator extends AutoCloseable {

    /**
     * Advances the estimator's inner problems by one truncation at θ and returns the estimate.
     *
     * @param theta     current meta-parameters. Not modified.
     * @param outerStep index of this outer step (seeds the random streams)
     */
    GradientEstimate estimate(double[] theta, long outerStep);

    /** Writes the estimator's state for a checkpoint. */
    void writeState(DataOutput out) throws IOException;

    /** Restores a state written by {@link #writeState}. */
    void readState(DataInput in) throws IOException;

    @Override
    void close();
}
