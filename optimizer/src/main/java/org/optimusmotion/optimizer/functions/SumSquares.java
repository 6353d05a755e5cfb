package org.optimusmotion.optimizer.functions;

/**
 * Sum Squares function (axis-parallel hyper-ellipsoid).
 *
 * <p>{@code f(x) = Σ i x_i²}. Domain {@code [-10, 10]^n}; minimum {@code f(0) = 0}.
 */
public final class SumSquares extends TestFunction {

    SumSquares() {
    }

    @Override
    public String name() {
        return "sum_squares";
    }

    @Override
    public String formula() {
        return "sum i x_i^2";
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
        return filled(n, 0.0);
    }

    @Override
    double compute(double[] x, int n, double[] grad) {
        double f = 0.0;
        for (int k = 0; k < n; k++) {
            double i = k + 1.0;
            f += i * x[k] * x[k];
            if (grad != null) {
                grad[k] = 2.0 * i * x[k];
            }
        }
        return f;
    }
}
