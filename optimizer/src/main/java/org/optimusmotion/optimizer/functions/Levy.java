package org.optimusmotion.optimizer.functions;

/**
 * Levy function.
 *
 * <p>With {@code w_i = 1 + (x_i - 1)/4}:
 * {@code f(x) = sin²(π w_1) + Σ_{i=1}^{n-1} (w_i - 1)² [1 + 10 sin²(π w_i + 1)]
 * + (w_n - 1)² [1 + sin²(2π w_n)]}. Domain {@code [-10, 10]^n}; minimum {@code f(1, ..., 1) = 0}.
 * For n = 1 the middle sum is empty.
 */
public final class Levy extends TestFunction {

    Levy() {
    }

    @Override
    public String name() {
        return "levy";
    }

    @Override
    public String formula() {
        return "w_i = 1 + (x_i - 1)/4; sin^2(pi w_1) + sum_{i<n} (w_i - 1)^2 [1 + 10 sin^2(pi w_i + 1)]"
                + " + (w_n - 1)^2 [1 + sin^2(2 pi w_n)]";
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
        return filled(n, 1.0);
    }

    @Override
    double compute(double[] x, int n, double[] grad) {
        double w1 = 1.0 + (x[0] - 1.0) / 4.0;
        double s1 = Math.sin(Math.PI * w1);
        double f = s1 * s1;
        if (grad != null) {
            java.util.Arrays.fill(grad, 0.0);
            // d/dw sin²(π w) = π sin(2π w); dw/dx = 1/4
            grad[0] = Math.PI * Math.sin(2.0 * Math.PI * w1) / 4.0;
        }
        for (int i = 0; i < n - 1; i++) {
            double wm1 = (x[i] - 1.0) / 4.0;
            double arg = Math.PI * (1.0 + wm1) + 1.0;
            double s = Math.sin(arg);
            double bracket = 1.0 + 10.0 * s * s;
            f += wm1 * wm1 * bracket;
            if (grad != null) {
                // d/dw: 2(w-1)[1 + 10 sin²(πw+1)] + (w-1)² · 10π sin(2(πw+1))
                grad[i] += (2.0 * wm1 * bracket + wm1 * wm1 * 10.0 * Math.PI * Math.sin(2.0 * arg)) / 4.0;
            }
        }
        double wnm1 = (x[n - 1] - 1.0) / 4.0;
        double argN = 2.0 * Math.PI * (1.0 + wnm1);
        double sN = Math.sin(argN);
        double bracketN = 1.0 + sN * sN;
        f += wnm1 * wnm1 * bracketN;
        if (grad != null) {
            // d/dw: 2(w-1)[1 + sin²(2πw)] + (w-1)² · 2π sin(4πw)
            grad[n - 1] += (2.0 * wnm1 * bracketN + wnm1 * wnm1 * 2.0 * Math.PI * Math.sin(2.0 * argN)) / 4.0;
        }
        return f;
    }
}
