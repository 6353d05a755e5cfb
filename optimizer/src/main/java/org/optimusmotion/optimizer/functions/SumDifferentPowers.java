package org.optimusmotion.optimizer.functions;

/**
 * Sum of Different Powers function.
 *
 * <p>{@code f(x) = Σ |x_i|^{i+1}}. Domain {@code [-1, 1]^n}; minimum {@code f(0) = 0}.
 * Gradient {@code (i+1) |x_i|^i sign(x_i)}, which is continuous (0 at x_i = 0) for every i >= 1.
 */
public final class SumDifferentPowers extends TestFunction {

    SumDifferentPowers() {
    }

    @Override
    public String name() {
        return "sum_different_powers";
    }

    @Override
    public String formula() {
        return "sum |x_i|^(i+1)";
    }

    @Override
    public double domainLow(int n) {
        return -1.0;
    }

    @Override
    public double domainHigh(int n) {
        return 1.0;
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
        for (int k = 0; k < n; k++) {
            int i = k + 1;
            double a = Math.abs(x[k]);
            double powI = Math.pow(a, i);
            f += powI * a;
            if (grad != null) {
                grad[k] = (i + 1) * powI * Math.signum(x[k]);
            }
        }
        return f;
    }
}
