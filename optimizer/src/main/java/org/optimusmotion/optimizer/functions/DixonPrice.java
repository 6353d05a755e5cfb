package org.optimusmotion.optimizer.functions;

/**
 * Dixon-Price function.
 *
 * <p>{@code f(x) = (x_1 - 1)² + Σ_{i=2}^n i (2 x_i² - x_{i-1})²}. Domain {@code [-10, 10]^n};
 * minimum 0 at {@code x_i = 2^{-(2^i - 2)/2^i}}, computed as {@code 2^{-1 + 2^{1-i}}} so that it does
 * not overflow for large i (it tends to 1/2).
 */
public final class DixonPrice extends TestFunction {

    DixonPrice() {
    }

    @Override
    public String name() {
        return "dixon_price";
    }

    @Override
    public String formula() {
        return "(x_1 - 1)^2 + sum_{i>=2} i (2 x_i^2 - x_{i-1})^2";
    }

    @Override
    public double domainLow(int n) {
        return -10.0;
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
        requireDimension(n);
        double[] out = new double[n];
        for (int i = 1; i <= n; i++) {
            out[i - 1] = Math.pow(2.0, -1.0 + Math.pow(2.0, 1.0 - i));
        }
        return out;
    }

    @Override
    double compute(double[] x, int n, double[] grad) {
        double u = x[0] - 1.0;
        double f = u * u;
        if (grad != null) {
            java.util.Arrays.fill(grad, 0.0);
            grad[0] = 2.0 * u;
        }
        for (int k = 1; k < n; k++) {
            double i = k + 1.0;
            double t = 2.0 * x[k] * x[k] - x[k - 1];
            f += i * t * t;
            if (grad != null) {
                grad[k] += 8.0 * i * t * x[k];
                grad[k - 1] -= 2.0 * i * t;
            }
        }
        return f;
    }

    @Override
    public String minimumSummary() {
        return "0 at x_i = 2^(-1 + 2^(1-i))";
    }
}
