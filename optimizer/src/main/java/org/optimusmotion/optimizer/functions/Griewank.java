package org.optimusmotion.optimizer.functions;

/**
 * Griewank function.
 *
 * <p>{@code f(x) = Σ x_i² / 4000 - Π cos(x_i / sqrt(i)) + 1}. Domain {@code [-600, 600]^n};
 * minimum {@code f(0) = 0}.
 *
 * <p>The product's partial derivatives {@code Π_{j≠i} cos(x_j/√j)} are formed from prefix and suffix
 * products (no division, so exact zeros of a cosine are harmless), using the gradient array itself as
 * the prefix buffer.
 */
public final class Griewank extends TestFunction {

    Griewank() {
    }

    @Override
    public String name() {
        return "griewank";
    }

    @Override
    public String formula() {
        return "sum x_i^2 / 4000 - prod cos(x_i / sqrt(i)) + 1";
    }

    @Override
    public double domainLow(int n) {
        return -600.0;
    }

    @Override
    public double domainHigh(int n) {
        return 600.0;
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
        double prefix = 1.0;
        for (int i = 0; i < n; i++) {
            sumSq += x[i] * x[i];
            if (grad != null) {
                grad[i] = prefix; // Π_{j<i} cos(x_j / √j)
            }
            prefix *= Math.cos(x[i] / Math.sqrt(i + 1.0));
        }
        if (grad != null) {
            double suffix = 1.0;
            for (int i = n - 1; i >= 0; i--) {
                double rootI = Math.sqrt(i + 1.0);
                double u = x[i] / rootI;
                // d/dx_i: x_i / 2000 + sin(x_i/√i)/√i · Π_{j≠i} cos(x_j/√j)
                grad[i] = x[i] / 2000.0 + Math.sin(u) / rootI * grad[i] * suffix;
                suffix *= Math.cos(u);
            }
        }
        return sumSq / 4000.0 - prefix + 1.0;
    }
}
