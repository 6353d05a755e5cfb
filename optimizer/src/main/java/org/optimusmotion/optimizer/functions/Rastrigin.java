package org.optimusmotion.optimizer.functions;

/**
 * Rastrigin function.
 *
 * <p>{@code f(x) = 10 n + Σ [x_i² - 10 cos(2π x_i)]}. Domain {@code [-5.12, 5.12]^n};
 * minimum {@code f(0) = 0}.
 */
public final class Rastrigin extends TestFunction {

    private static final double TWO_PI = 2.0 * Math.PI;

    Rastrigin() {
    }

    @Override
    public String name() {
        return "rastrigin";
    }

    @Override
    public String formula() {
        return "10 n + sum [x_i^2 - 10 cos(2 pi x_i)]";
    }

    @Override
    public double domainLow(int n) {
        return -5.12;
    }

    @Override
    public double domainHigh(int n) {
        return 5.12;
    }

    @Override
    public double minimumValue(int n) {
        requireDimension(n);
        return 0.0;
    }

    @Override
    public double[] minimizer(int n) {
        return filled(n, 0.0);
    }

    @Override
    double compute(double[] x, int n, double[] grad) {
        double f = 0.0;
        for (int i = 0; i < n; i++) {
            // per coordinate 10 + x² - 10 cos(2πx), so that f(0) is exactly 0
            f += 10.0 + x[i] * x[i] - 10.0 * Math.cos(TWO_PI * x[i]);
            if (grad != null) {
                grad[i] = 2.0 * x[i] + 10.0 * TWO_PI * Math.sin(TWO_PI * x[i]);
            }
        }
        return f;
    }
}
