package org.optimusmotion.optimizer.classic.tuning;

import java.util.function.Supplier;
import org.optimusmotion.optimizer.Problem;

/**
 * One problem of a tuning set: a fresh-problem factory (each trial gets its own instance and
 * evaluation counter), the start point and the known minimum value.
 *
 * @param label   for reports, e.g. {@code rosenbrock-n37-s3}
 * @param problem returns a new problem each call, dimension {@code x0.length}
 * @param x0      start point (copied)
 * @param fStar   minimum value f* (the score is {@code log10(max(f − f*, 0) + 1e-8)})
 */
public record TuningTask(String label, Supplier<? extends Problem> problem, double[] x0, double fStar) {

    public TuningTask {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label must not be blank");
        }
        if (problem == null) {
            throw new IllegalArgumentException("problem factory must not be null (task " + label + ")");
        }
        if (x0 == null || x0.length == 0) {
            throw new IllegalArgumentException("x0 must have at least one entry (task " + label + ")");
        }
        if (!Double.isFinite(fStar)) {
            throw new IllegalArgumentException("fStar must be finite, was " + fStar + " (task " + label + ")");
        }
        x0 = x0.clone();
    }

    @Override
    public double[] x0() {
        return x0.clone();
    }
}
