package org.optimusmotion.optimizer.functions;

/**
 * Zakharov function.
 *
 * <p>With {@code s = Σ 0.5 i x_i}: {@code f(x) = Σ x_i² + s² + s⁴}. Domain {@code [-5, 10]^n};
 * minimum {@code f(0) = 0}.
 */
public final class Zakharov extends TestFunction {

    Zakharov() {
    }

    @Override
    public String name() {
        return "zakharov";
    }

    @Override
    public String formula() {
        return "sum x_i^2 + (sum 0.5 i x_i)^2 + (sum 0.5 i x_i)^4";
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
        return filled(n, 0.0);
    }

    @Override
    double compute(double[] x, int n, double[] grad) {
        double sumSq = 0.0;
        double s = 0.0;
        for (int k = 0; k < n; k++) {
            sumSq += x[k] * x[k];
            s += 0.5 * (k + 1) * x[k];
        }
        double sSq = s * s;
        if (grad != null) {
            // ∂f/∂x_i = 2 x_i + (2 s + 4 s³) · 0.5 i
            double ds = 2.0 * s + 4.0 * sSq * s;
            for (int k = 0; k < n; k++) {
                grad[k] = 2.0 * x[k] + ds * 0.5 * (k + 1);
            }
        }
        return sumSq + sSq + sSq * sSq;
    }
}
