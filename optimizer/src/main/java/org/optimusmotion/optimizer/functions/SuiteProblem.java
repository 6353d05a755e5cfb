package org.optimusmotion.optimizer.functions;

import java.util.Objects;

/**
 * One problem of a {@link FunctionSuite}: a test function in a given dimension, shifted by
 * {@code shift}, with its starting point. Immutable: arrays are copied in and out.
 *
 * @param id        stable identifier, {@code <name>_n<dimension>_s<suite seed>} for test problems and
 *                  {@code <name>_n<dimension>_r<problem seed, hex>} for training problems
 * @param function  the plain function f
 * @param dimension n
 * @param shift     c, length n: the problem is {@code f(x - c)}
 * @param x0        starting point, length n, inside the suite domain
 * @param fStar     minimum value of the problem ({@code function.minimumValue(n)}; NaN where unknown)
 */
public record SuiteProblem(String id, TestFunction function, int dimension, double[] shift, double[] x0,
                           double fStar) {

    public SuiteProblem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(function, "function");
        if (dimension < function.minDimension()) {
            throw new IllegalArgumentException("dimension = " + dimension + " is below " + function.name()
                    + "'s minimum " + function.minDimension());
        }
        if (shift.length != dimension || x0.length != dimension) {
            throw new IllegalArgumentException("shift (" + shift.length + ") and x0 (" + x0.length
                    + ") must both have length dimension = " + dimension);
        }
        shift = shift.clone();
        x0 = x0.clone();
    }

    /** A copy of the shift c. */
    @Override
    public double[] shift() {
        return shift.clone();
    }

    /** A copy of the starting point. */
    @Override
    public double[] x0() {
        return x0.clone();
    }

    /** A new problem {@code f(x - c)} with its own evaluation counter (at 0) and scratch space. */
    public ShiftedProblem newProblem() {
        return new ShiftedProblem(function, shift);
    }

    /** This problem as a benchmark entry (family = function name). */
    public org.optimusmotion.optimizer.benchmark.BenchmarkProblem toBenchmarkProblem() {
        return new org.optimusmotion.optimizer.benchmark.BenchmarkProblem(id, function.name(), dimension,
                this::newProblem, x0, fStar);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SuiteProblem p && id.equals(p.id) && function == p.function && dimension == p.dimension
                && java.util.Arrays.equals(shift, p.shift) && java.util.Arrays.equals(x0, p.x0)
                && Double.compare(fStar, p.fStar) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, dimension, java.util.Arrays.hashCode(shift), java.util.Arrays.hashCode(x0));
    }

    @Override
    public String toString() {
        return id;
    }
}
