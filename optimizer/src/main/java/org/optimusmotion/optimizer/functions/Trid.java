package org.optimusmotion.optimizer.functions;

/**
 * Trid function.
 *
 * <p>{@code f(x) = Σ (x_i - 1)² - Σ_{i=2}^n x_i x_{i-1}}. Domain {@code [-n², n²]^n}; minimum
 * {@code f* = -n (n + 4)(n - 1) / 6} at {@code x_i = i (n + 1 - i)}.
 */
public final class Trid extends TestFunction {

    Trid() {
    }

    @Override
    public String name() {
        return "trid";
    }

    @Override
    public String formula() {
        return "sum (x_i - 1)^2 - sum_{i>=2} x_i x_{i-1}";
    }

    @Override
    public double domainLow(int n) {
        return -(double) n * n;
    }

    @Override
    public double domainHigh(int n) {
        return (double) n * n;
    }

    @Override
    public double minimumValue(int n) {
        requireDimension(n);
        double d = n;
        return -d * (d + 4.0) * (d - 1.0) / 6.0;
    }

    @Override
    public double[] minimizer(int n) {
        requireDimension(n);
        double[] out = new double[n];
        for (int i = 1; i <= n; i++) {
            out[i - 1] = (double) i * (n + 1 - i);
        }
        return out;
    }

    @Override
    double compute(double[] x, int n, double[] grad) {
        double f = 0.0;
        for (int k = 0; k < n; k++) {
            double u = x[k] - 1.0;
            f += u * u;
            if (k > 0) {
                f -= x[k] * x[k - 1];
            }
            if (grad != null) {
                double left = k > 0 ? x[k - 1] : 0.0;
                double right = k < n - 1 ? x[k + 1] : 0.0;
                grad[k] = 2.0 * u - left - right;
            }
        }
        return f;
    }

    @Override
    public String domainSummary() {
        return "[-n^2, n^2]";
    }

    @Override
    public String minimumSummary() {
        return "-n(n+4)(n-1)/6 at x_i = i(n+1-i)";
    }
}
