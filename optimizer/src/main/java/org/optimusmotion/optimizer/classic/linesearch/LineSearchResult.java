package org.optimusmotion.optimizer.classic.linesearch;

/**
 * Caller-owned result and workspace of a {@link StrongWolfeLineSearch}: preallocated once per run so
 * that a search does not allocate.
 *
 * <p>After {@link LineSearchStatus#SUCCESS}, {@link #xRef()} holds the accepted point
 * {@code x + step·d}, {@link #gradientRef()} its gradient and {@link #value()} its objective value.
 * After a failure their contents are undefined. Mutable, not thread-safe.
 */
public final class LineSearchResult {

    private final double[] x;
    private final double[] gradient;
    private LineSearchStatus status = LineSearchStatus.FAILED;
    private double step;
    private double value = Double.NaN;
    private double directionalDerivative = Double.NaN;
    private int evaluations;
    /** φ'(α) at the most recent trial point (scratch for the search). */
    double trialDerivative;

    /** Workspace for problems of dimension {@code n}. */
    public LineSearchResult(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("dimension n must be >= 0, was " + n);
        }
        this.x = new double[n];
        this.gradient = new double[n];
    }

    /** Dimension this workspace was made for. */
    public int dimension() {
        return x.length;
    }

    public LineSearchStatus status() {
        return status;
    }

    /** Accepted step length α (meaningful after success). */
    public double step() {
        return step;
    }

    /** {@code φ(α) = f(x + α d)} at the accepted step. */
    public double value() {
        return value;
    }

    /** {@code φ'(α) = ∇f(x + α d)·d} at the accepted step. */
    public double directionalDerivative() {
        return directionalDerivative;
    }

    /** Problem evaluations this search made (every trial point is one). */
    public int evaluations() {
        return evaluations;
    }

    /** Live trial/accepted point, length n. Do not modify. */
    public double[] xRef() {
        return x;
    }

    /** Live gradient at {@link #xRef()}, length n. Do not modify. */
    public double[] gradientRef() {
        return gradient;
    }

    void reset() {
        status = LineSearchStatus.FAILED;
        step = 0;
        value = Double.NaN;
        directionalDerivative = Double.NaN;
        evaluations = 0;
    }

    double[] xWork() {
        return x;
    }

    double[] gradientWork() {
        return gradient;
    }

    void addEvaluation() {
        evaluations++;
    }

    void finish(LineSearchStatus status, double step, double value, double directionalDerivative) {
        this.status = status;
        this.step = step;
        this.value = value;
        this.directionalDerivative = directionalDerivative;
    }
}
