package org.optimusmotion.optimizer.functions;

/**
 * A classic optimization test function {@code f: R^n -> R}, defined for every dimension
 * {@code n >= minDimension()}, with an analytic gradient and its standard metadata (search domain,
 * minimum value, minimizer).
 *
 * <p>Definitions follow the SFU Virtual Library of Simulation Experiments
 * (<a href="https://www.sfu.ca/~ssurjano/optimization.html">sfu.ca/~ssurjano/optimization.html</a>);
 * each subclass states its formula with 1-based indices {@code i = 1..n} (array index {@code i-1}).
 * Values are the plain, unshifted functions; see {@link ShiftedProblem} for the shifted suite version.
 *
 * <p>The set of functions is closed (one final class per function in this package, listed by
 * {@link TestFunctions}). Instances are immutable, stateless between calls and thread-safe; the
 * dimension is taken from the length of the argument, so one instance serves every n.
 * {@link #value} does not allocate (after a first warm-up call per thread for {@link Perm0}).
 */
public abstract class TestFunction {

    TestFunction() {
        // Closed set: only this package defines functions.
    }

    /** The exact command-line name, for example {@code "rosenbrock"}. */
    public abstract String name();

    /** A one-line formula summary for listings, 1-based indices. */
    public abstract String formula();

    /** Smallest dimension n for which the function is defined (1 unless stated). */
    public int minDimension() {
        return 1;
    }

    /** Lower bound of the standard search box {@code [low, high]^n} (same for every coordinate). */
    public abstract double domainLow(int n);

    /** Upper bound of the standard search box {@code [low, high]^n} (same for every coordinate). */
    public abstract double domainHigh(int n);

    /**
     * The global minimum value {@code f*} in dimension n (inside the standard domain), or
     * {@link Double#NaN} where it is not known.
     */
    public abstract double minimumValue(int n);

    /**
     * A global minimizer {@code x*} in dimension n, as a new array of length n that the caller owns;
     * {@code null} where it is not known. Where several minimizers exist, one of them.
     */
    public abstract double[] minimizer(int n);

    /**
     * Evaluates {@code f(x)} and, when {@code gradOut != null}, writes {@code ∇f(x)} into it.
     * Does not allocate.
     *
     * @param x       point, length n ({@code n >= minDimension()}). Not modified.
     * @param gradOut receives the gradient, length n; Modified. Nullable. May not alias {@code x}.
     * @return {@code f(x)}; may overflow to infinity or NaN far outside the domain
     * @throws IllegalArgumentException if n is too small or {@code gradOut} has the wrong length
     */
    public final double value(double[] x, double[] gradOut) {
        int n = x.length;
        if (n < minDimension()) {
            throw new IllegalArgumentException(name() + " needs dimension n >= " + minDimension() + ", got n = " + n);
        }
        if (gradOut != null && gradOut.length != n) {
            throw new IllegalArgumentException(name() + ": gradient array has length " + gradOut.length
                    + ", expected n = " + n);
        }
        return compute(x, n, gradOut);
    }

    /** Computes the value (and gradient into {@code grad} when non-null); arguments already checked. */
    abstract double compute(double[] x, int n, double[] grad);

    /**
     * The standard domain for listings, for example {@code "[-5, 10]"}; functions whose box depends on n
     * override this (perm0 {@code "[-n, n]"}).
     */
    public String domainSummary() {
        int n = Math.max(4, minDimension());
        return "[" + format(domainLow(n)) + ", " + format(domainHigh(n)) + "]";
    }

    /**
     * The minimum for listings, for example {@code "0 at x_i = 1"}. The default describes a minimum of 0 at a
     * constant minimizer; functions with another minimum override it.
     */
    public String minimumSummary() {
        int n = Math.max(4, minDimension());
        return format(minimumValue(n)) + " at x_i = " + format(minimizer(n)[0]);
    }

    /** Shortest decimal form of v, without a trailing ".0" for integers. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Throws if {@code n} is below {@link #minDimension()}; used by the metadata methods. */
    final void requireDimension(int n) {
        if (n < minDimension()) {
            throw new IllegalArgumentException(name() + " needs dimension n >= " + minDimension() + ", got n = " + n);
        }
    }

    /** An array of length n filled with {@code v}, after checking n. */
    final double[] filled(int n, double v) {
        requireDimension(n);
        double[] out = new double[n];
        java.util.Arrays.fill(out, v);
        return out;
    }

    @Override
    public String toString() {
        return name();
    }
}
