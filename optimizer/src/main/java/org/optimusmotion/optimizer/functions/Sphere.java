package org.optimusmotion.optimizer.functions;

/**
 * Sphere function.
 *
 * <p>{@code f(x) = Σ x_i²}. Domain {@code [-5.12, 5.12]^n}; minimum {@code f(0) = 0}.
 */
public final class Sphere extends TestFunction {

    Sphere() {
    }

    @Override
    public String name() {
        return "sphere";
    }

    @Override
    public String formula() {
        return "sum x_i^2";
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
            f += x[i] * x[i];
            if (grad != null) {
                grad[i] = 2.0 * x[i];
            }
        }
        return f;
    }
}
