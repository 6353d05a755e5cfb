package org.optimusmotion.optimizer.functions;

/**
 * Powell function (singular, in blocks of four), n >= 4.
 *
 * <p>{@code f(x) = Σ_{j=1}^{⌊n/4⌋} [(x_{4j-3} + 10 x_{4j-2})² + 5 (x_{4j-1} - x_{4j})²
 * + (x_{4j-2} - 2 x_{4j-1})⁴ + 10 (x_{4j-3} - x_{4j})⁴]}. Domain {@code [-4, 5]^n};
 * minimum {@code f(0) = 0}.
 *
 * <p>When n is not a multiple of 4, only the ⌊n/4⌋ complete blocks count, as in the SFU reference
 * code ({@code for ii = 1:(d/4)}): the last {@code n mod 4} coordinates do not enter f and their
 * gradient is 0 (every value of them is a minimizer; {@link #minimizer} returns 0 there).
 */
public final class Powell extends TestFunction {

    Powell() {
    }

    @Override
    public String name() {
        return "powell";
    }

    @Override
    public String formula() {
        return "sum_{j<=n/4} [(x_{4j-3} + 10 x_{4j-2})^2 + 5 (x_{4j-1} - x_{4j})^2 + (x_{4j-2} - 2 x_{4j-1})^4"
                + " + 10 (x_{4j-3} - x_{4j})^4]";
    }

    @Override
    public int minDimension() {
        return 4;
    }

    @Override
    public double domainLow(int n) {
        return -4.0;
    }

    @Override
    public double domainHigh(int n) {
        return 5.0;
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
        if (grad != null) {
            java.util.Arrays.fill(grad, 0.0);
        }
        double f = 0.0;
        int blocks = n / 4;
        for (int j = 0; j < blocks; j++) {
            int o = 4 * j;
            double a = x[o];
            double b = x[o + 1];
            double c = x[o + 2];
            double d = x[o + 3];
            double t1 = a + 10.0 * b;
            double t2 = c - d;
            double t3 = b - 2.0 * c;
            double t4 = a - d;
            double t3sq = t3 * t3;
            double t4sq = t4 * t4;
            f += t1 * t1 + 5.0 * t2 * t2 + t3sq * t3sq + 10.0 * t4sq * t4sq;
            if (grad != null) {
                double t3cube = t3sq * t3;
                double t4cube = t4sq * t4;
                grad[o] = 2.0 * t1 + 40.0 * t4cube;
                grad[o + 1] = 20.0 * t1 + 4.0 * t3cube;
                grad[o + 2] = 10.0 * t2 - 8.0 * t3cube;
                grad[o + 3] = -10.0 * t2 - 40.0 * t4cube;
            }
        }
        return f;
    }

    @Override
    public String minimumSummary() {
        return "0 at x_i = 0 (only floor(n/4) complete blocks count)";
    }
}
