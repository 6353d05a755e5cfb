package org.optimusmotion.optimizer.functions;

/**
 * Ackley function.
 *
 * <p>{@code f(x) = -a exp(-b sqrt(Σ x_i² / n)) - exp(Σ cos(c x_i) / n) + a + e}, with a = 20, b = 0.2,
 * c = 2π. Domain {@code [-32.768, 32.768]^n}; minimum {@code f(0) = 0}.
 *
 * <p>The first term is not differentiable at x = 0; there its gradient contribution is taken as 0
 * (the limit along every ray is bounded by {@code a b / sqrt(n)}, and 0 is a subgradient).
 */
public final class Ackley extends TestFunction {

    private static final double A = 20.0;
    private static final double B = 0.2;
    private static final double C = 2.0 * Math.PI;

    Ackley() {
    }

    @Override
    public String name() {
        return "ackley";
    }

    @Override
    public String formula() {
        return "-20 exp(-0.2 sqrt(sum x_i^2 / n)) - exp(sum cos(2 pi x_i) / n) + 20 + e";
    }

    @Override
    public double domainLow(int n) {
        return -32.768;
    }

    @Override
    public double domainHigh(int n) {
        return 32.768;
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
        double sumCos = 0.0;
        for (int i = 0; i < n; i++) {
            sumSq += x[i] * x[i];
            sumCos += Math.cos(C * x[i]);
        }
        double r = Math.sqrt(sumSq / n);
        double e1 = Math.exp(-B * r);
        double e2 = Math.exp(sumCos / n);
        if (grad != null) {
            // d/dx_i: a b e1 x_i / (n r) + e2 c sin(c x_i) / n   (first term 0 at r = 0)
            double radial = r > 0.0 ? A * B * e1 / (n * r) : 0.0;
            double angular = e2 * C / n;
            for (int i = 0; i < n; i++) {
                grad[i] = radial * x[i] + angular * Math.sin(C * x[i]);
            }
        }
        return -A * e1 - e2 + A + Math.E;
    }
}
