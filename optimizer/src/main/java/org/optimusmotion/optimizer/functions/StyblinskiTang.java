package org.optimusmotion.optimizer.functions;

/**
 * Styblinski-Tang function.
 *
 * <p>{@code f(x) = ½ Σ (x_i⁴ - 16 x_i² + 5 x_i)}. Domain {@code [-5, 5]^n}; minimum at
 * {@code x_i = -2.903534027771177} (the root of {@code 4x³ - 32x + 5} near -2.9), where
 * {@code f* = -39.16616570377141 n}. (The SFU page rounds this to {@code -39.16599 n}; the value here
 * is f at the exact root, so that {@code f(x) - f* >= 0}.)
 */
public final class StyblinskiTang extends TestFunction {

    /** Each coordinate of the minimizer. */
    public static final double MINIMIZER_COORDINATE = -2.903534027771177;

    /** Minimum per coordinate, {@code ½ (x⁴ - 16x² + 5x)} at {@link #MINIMIZER_COORDINATE}. */
    public static final double MINIMUM_PER_COORDINATE = 0.5 * (Math.pow(MINIMIZER_COORDINATE, 4)
            - 16.0 * MINIMIZER_COORDINATE * MINIMIZER_COORDINATE + 5.0 * MINIMIZER_COORDINATE);

    StyblinskiTang() {
    }

    @Override
    public String name() {
        return "styblinski_tang";
    }

    @Override
    public String formula() {
        return "0.5 sum (x_i^4 - 16 x_i^2 + 5 x_i)";
    }

    @Override
    public double domainLow(int n) {
        return -5.0;
    }

    @Override
    public double domainHigh(int n) {
        return 5.0;
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
            double xi = x[i];
            double sq = xi * xi;
            f += sq * sq - 16.0 * sq + 5.0 * xi;
            if (grad != null) {
                grad[i] = 2.0 * sq * xi - 16.0 * xi + 2.5;
            }
        }
        return 0.5 * f;
    }

    @Override
    public String minimumSummary() {
        return MINIMUM_PER_COORDINATE + " n at x_i = " + MINIMIZER_COORDINATE;
    }
}
