package org.optimusmotion.optimizer.functions;

/**
 * Schwefel function (2.26).
 *
 * <p>{@code f(x) = 418.9829 n - Σ x_i sin(sqrt|x_i|)}. Domain {@code [-500, 500]^n}; minimum at
 * {@code x_i = 420.9687463599821} (root of {@code sin(s) + s cos(s)/2 = 0}, {@code s = sqrt(x)}).
 * Because the constant 418.9829 is rounded, {@code f* = 1.2727566e-5 n} rather than exactly 0;
 * {@link #minimumValue} returns that exact value so that {@code f(x) - f* >= 0}.
 *
 * <p>Computed as {@code Σ (418.9829 - x_i sin(sqrt|x_i|))} to avoid cancellation near the minimum.
 * The gradient {@code -(sin(s) + s cos(s)/2)} with {@code s = sqrt|x_i|} holds for both signs of
 * x_i and is 0 at x_i = 0.
 */
public final class Schwefel extends TestFunction {

    /** The rounded constant of the standard definition. */
    public static final double OFFSET = 418.9829;

    /** Each coordinate of the minimizer. */
    public static final double MINIMIZER_COORDINATE = 420.9687463599821;

    /** Minimum per coordinate (≈ 1.27e-5 because {@link #OFFSET} is rounded). */
    public static final double MINIMUM_PER_COORDINATE =
            OFFSET - MINIMIZER_COORDINATE * Math.sin(Math.sqrt(MINIMIZER_COORDINATE));

    Schwefel() {
    }

    @Override
    public String name() {
        return "schwefel";
    }

    @Override
    public String formula() {
        return "418.9829 n - sum x_i sin(sqrt|x_i|)";
    }

    @Override
    public double domainLow(int n) {
        return -500.0;
    }

    @Override
    public double domainHigh(int n) {
        return 500.0;
    }

    @Override
    public double minimumValue(int n) {
        requireDimension(n);
        return MINIMUM_PER_COORDINATE * n;
    }

    @Override
    public double[] minimizer(int n) {
        return filled(n, MINIMIZER_COORDINATE);
    }

    @Override
    double compute(double[] x, int n, double[] grad) {
        double f = 0.0;
        for (int i = 0; i < n; i++) {
            double s = Math.sqrt(Math.abs(x[i]));
            double sinS = Math.sin(s);
            f += OFFSET - x[i] * sinS;
            if (grad != null) {
                grad[i] = -(sinS + 0.5 * s * Math.cos(s));
            }
        }
        return f;
    }

    @Override
    public String minimumSummary() {
        return MINIMUM_PER_COORDINATE + " n at x_i = " + MINIMIZER_COORDINATE;
    }
}
