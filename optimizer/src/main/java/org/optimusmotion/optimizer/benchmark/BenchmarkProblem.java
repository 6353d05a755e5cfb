package org.optimusmotion.optimizer.benchmark;

import java.util.function.Supplier;
import org.optimusmotion.optimizer.Problem;

/**
 * One problem of a benchmark: how to make a fresh instance (its own evaluation counter), where to
 * start, and its known minimum value.
 *
 * @param id        unique id used in files, e.g. {@code rosenbrock_n250_s3}
 * @param family    the function or problem family, e.g. {@code rosenbrock}; tuned hyperparameters are per family
 * @param dimension number of parameters
 * @param factory   makes a fresh problem instance per run
 * @param x0        starting point (copied)
 * @param fStar     known minimum value; losses are reported as {@code f - fStar}
 */
public record BenchmarkProblem(String id, String family, int dimension, Supplier<Problem> factory,
                               double[] x0, double fStar) {

    public BenchmarkProblem {
        if (x0.length != dimension) {
            throw new IllegalArgumentException("x0 has length " + x0.length + ", dimension is " + dimension);
        }
        x0 = x0.clone();
    }

    /** Starting point (a copy). */
    @Override
    public double[] x0() {
        return x0.clone();
    }
}
