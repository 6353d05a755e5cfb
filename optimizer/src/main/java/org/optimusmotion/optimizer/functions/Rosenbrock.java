package org.optimusmotion.optimizer.functions;

/**
 * Rosenbrock function (chained form), n >= 2.
 *
 * <p>{@code f(x) = Σ_{i=1}^{n-1} [100 (x_{i+1} - x_i²)² + (x_i - 1)²]}. Domain {@code [-5, 10]^n};
 * minimum {@code f(1, ..., 1) = 0}. Classic start (-1.2, 1) with f = 24.2.
 */
public final class Rosenbrock extends TestFunction {

    Rosenbrock() {
    }

    @Override
    public String name() {
        return "rosenbrock";
    }

    @Override
    public String formula() {
        return "sum_{i<n} [100 (x_{i+1} - x_i^2)^2 + (x_i - 1)^2]";
    }

    @Override
    public int minDimension() {
        return 2;
    }

    @Override
    public double domainLow(int n) {
        return -5.0;
    }

    @Override
    public double domainHigh(int n) {
        return 10.0;
    }

    @Override
    public double minimumValue(int n) {
        requireDimension(n);
        return 0.0;
    }

    @Override
    public double[] minimizer(int n) {
        return filled(n, 1.0);
    }

    @Override
    double compute(double[] x, int n, double[] grad) {
        if (grad != null) {
            java.util.Arrays.fill(grad, 0.0);
        }
        double f = 0.0;
        for (int i = 0; i < n - 1; i++) {
            double t = x[i + 1] - x[i] * x[i];
            double u = x[i] - 1.0;
            f += 100.0 * t * t + u * u;
            if (grad != null) {
                grad[i] += -400.0 * x[i] * t + 2.0 * u;
                grad[i + 1] += 200.0 * t;
            }
        }
        return f;
    }
}
