package org.optimusmotion.optimizer.functions;

/**
 * Perm function 0, d, β with β = 10.
 *
 * <p>{@code f(x) = Σ_{i=1}^n ( Σ_{j=1}^n (j + β)(x_j^i - j^{-i}) )²}. Domain {@code [-n, n]^n};
 * minimum 0 at {@code x_j = 1/j}.
 *
 * <p>Cost is O(n²). Powers are built by repeated multiplication ({@code x_j^i = x_j^{i-1} x_j} and
 * {@code j^{-i} = j^{-(i-1)} · (1/j)}), so at {@code x_j = 1.0/j} both factors are bit-identical and
 * f is exactly 0. For {@code |x_j| > 1} the powers grow like {@code |x_j|^n}: for n ≳ 100 most of the
 * standard domain overflows to {@code +∞} (or NaN where infinities of both signs meet), which is why
 * {@link FunctionSuite} draws Perm problems in {@code [-1, 1]^n}.
 *
 * <p>The inner sums {@code S_i} are kept in a per-thread scratch array that grows to the largest n
 * seen, so after the first call in a thread of a given size no allocation happens.
 */
public final class Perm0 extends TestFunction {

    /** β of the SFU reference code. */
    public static final double BETA = 10.0;

    private static final ThreadLocal<double[][]> SCRATCH = ThreadLocal.withInitial(() -> new double[][] {new double[0]});

    Perm0() {
    }

    @Override
    public String name() {
        return "perm0";
    }

    @Override
    public String formula() {
        return "sum_i ( sum_j (j + 10)(x_j^i - j^-i) )^2   (beta = 10)";
    }

    @Override
    public double domainLow(int n) {
        return -n;
    }

    @Override
    public double domainHigh(int n) {
        return n;
    }

    @Override
    public double minimumValue(int n) {
        requireDimension(n);
        return 0.0;
    }

    @Override
    public double[] minimizer(int n) {
        requireDimension(n);
        double[] out = new double[n];
        for (int j = 1; j <= n; j++) {
            out[j - 1] = 1.0 / j;
        }
        return out;
    }

    @Override
    double compute(double[] x, int n, double[] grad) {
        double[][] holder = SCRATCH.get();
        if (holder[0].length < n) {
            holder[0] = new double[n];
        }
        double[] s = holder[0];
        java.util.Arrays.fill(s, 0, n, 0.0);
        // S_i = Σ_j (j + β)(x_j^i - j^{-i}), accumulated column by column over j
        for (int j = 1; j <= n; j++) {
            double xj = x[j - 1];
            double invJ = 1.0 / j;
            double weight = j + BETA;
            double xPow = 1.0;
            double invPow = 1.0;
            for (int i = 0; i < n; i++) {
                xPow *= xj;
                invPow *= invJ;
                s[i] += weight * (xPow - invPow);
            }
        }
        double f = 0.0;
        for (int i = 0; i < n; i++) {
            f += s[i] * s[i];
        }
        if (grad != null) {
            // ∂f/∂x_k = 2 (k + β) Σ_i i S_i x_k^{i-1}
            for (int k = 1; k <= n; k++) {
                double xk = x[k - 1];
                double xPow = 1.0;
                double acc = 0.0;
                for (int i = 0; i < n; i++) {
                    acc += (i + 1) * s[i] * xPow;
                    xPow *= xk;
                }
                grad[k - 1] = 2.0 * (k + BETA) * acc;
            }
        }
        return f;
    }

    @Override
    public String domainSummary() {
        return "[-n, n]";
    }

    @Override
    public String minimumSummary() {
        return "0 at x_i = 1/i";
    }
}
