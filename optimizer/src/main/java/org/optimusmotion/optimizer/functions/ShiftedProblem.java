package org.optimusmotion.optimizer.functions;

import org.optimusmotion.optimizer.CountingProblem;

/**
 * A test function with its minimizer moved: {@code p(x) = f(x - c)} for a fixed shift c, so a
 * minimizer of p is {@code x* + c} and the minimum value is unchanged ({@link #fStar()}). The
 * gradient with respect to x equals {@code ∇f(x - c)}.
 *
 * <p>The value is not offset by f*: consumers that need a non-negative gap use
 * {@code evaluate(x, g) - fStar()}.
 *
 * <p>Holds a scratch array of length n for {@code x - c}, so it does not allocate per evaluation;
 * for the same reason one instance must be used by one thread at a time (as {@link
 * org.optimusmotion.optimizer.Problem} requires). The shift is copied at construction.
 */
public final class ShiftedProblem extends CountingProblem {

    private final TestFunction function;
    private final double[] shift;
    private final double fStar;
    private final double[] unshifted;

    /**
     * @param function the plain function f
     * @param shift    c, length n >= {@code function.minDimension()}; copied, not modified
     */
    public ShiftedProblem(TestFunction function, double[] shift) {
        if (shift.length < function.minDimension()) {
            throw new IllegalArgumentException(function.name() + " needs dimension n >= " + function.minDimension()
                    + ", got a shift of length " + shift.length);
        }
        for (int i = 0; i < shift.length; i++) {
            if (!Double.isFinite(shift[i])) {
                throw new IllegalArgumentException("shift[" + i + "] = " + shift[i] + " is not finite");
            }
        }
        this.function = function;
        this.shift = shift.clone();
        this.fStar = function.minimumValue(shift.length);
        this.unshifted = new double[shift.length];
    }

    @Override
    public int dimension() {
        return shift.length;
    }

    @Override
    protected double compute(double[] x, double[] gradient) {
        int n = shift.length;
        if (x.length != n) {
            throw new IllegalArgumentException(function.name() + ": point has length " + x.length + ", expected " + n);
        }
        for (int i = 0; i < n; i++) {
            unshifted[i] = x[i] - shift[i];
        }
        return function.value(unshifted, gradient);
    }

    /** The plain function f. */
    public TestFunction function() {
        return function;
    }

    /** A copy of the shift c, length n. */
    public double[] shift() {
        return shift.clone();
    }

    /** The minimum value of this problem (that of f in dimension n); NaN where unknown. */
    public double fStar() {
        return fStar;
    }

    /** A minimizer {@code x* + c} of this problem as a new array, or {@code null} where x* is unknown. */
    public double[] minimizer() {
        double[] xStar = function.minimizer(shift.length);
        if (xStar == null) {
            return null;
        }
        for (int i = 0; i < xStar.length; i++) {
            xStar[i] += shift[i];
        }
        return xStar;
    }

    @Override
    public String toString() {
        return function.name() + " shifted, n = " + shift.length;
    }
}
