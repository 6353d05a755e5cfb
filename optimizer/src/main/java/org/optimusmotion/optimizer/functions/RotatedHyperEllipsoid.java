package org.optimusmotion.optimizer.functions;

/**
 * Rotated Hyper-Ellipsoid function.
 *
 * <p>{@code f(x) = Σ_{i=1}^n Σ_{j=1}^i x_j² = Σ_j (n + 1 - j) x_j²} (the second form is how it is
 * computed, in O(n)). Domain {@code [-65.536, 65.536]^n}; minimum {@code f(0) = 0}.
 */
public final class RotatedHyperEllipsoid extends TestFunction {

    RotatedHyperEllipsoid() {
    }

    @Override
    public String name() {
        return "rotated_hyper_ellipsoid";
    }

    @Override
    public String formula() {
        return "sum_i sum_{j<=i} x_j^2";
    }

    @Override
    public double domainLow(int n) {
        return -65.536;
    }

    @Override
    public double domainHigh(int n) {
        return 65.536;
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
            double weight = n - k; // n + 1 - j with j = k + 1
            f += weight * x[k] * x[k];
            if (grad != null) {
                grad[k] = 2.0 * weight * x[k];
            }
        }
        return f;
    }
}
