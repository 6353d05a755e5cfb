package org.optimusmotion.optimizer.functions;

/**
 * Michalewicz function with steepness m = 10.
 *
 * <p>{@code f(x) = -Σ sin(x_i) sin^{2m}(i x_i² / π)}. Domain {@code [0, π]^n}.
 *
 * <p>The function is separable, so its minimum is the sum of n one-dimensional minima
 * {@code min_{t ∈ [0, π]} -sin(t) sin^{2m}(i t² / π)}. These are computed here (dense grid, then
 * golden-section refinement) for {@code n <= } {@link #MAX_KNOWN_DIMENSION}, reproducing the
 * published values (n = 2: -1.8013, n = 5: -4.687658, n = 10: -9.66015). For larger n
 * {@link #minimumValue} returns NaN and {@link #minimizer} returns {@code null}: the one-dimensional
 * factors oscillate so fast for large i that we do not certify them.
 */
public final class Michalewicz extends TestFunction {

    /** Steepness m; the exponent is 2m. */
    public static final int M = 10;

    /** Largest dimension with a known (certified) minimum. */
    public static final int MAX_KNOWN_DIMENSION = 10;

    private static final int GRID_POINTS = 200_001;
    private static final int GOLDEN_ITERATIONS = 200;

    /** Per-coordinate minima, computed on first use (about 4e6 sine evaluations). */
    private static final class KnownMinima {
        /** Per-coordinate minimizer t_i and minimum g_i(t_i), i = 1..MAX_KNOWN_DIMENSION (index i-1). */
        private static final double[] COORDINATE_MINIMIZER = new double[MAX_KNOWN_DIMENSION];
        private static final double[] COORDINATE_MINIMUM = new double[MAX_KNOWN_DIMENSION];

        static {
            for (int i = 1; i <= MAX_KNOWN_DIMENSION; i++) {
                double h = Math.PI / (GRID_POINTS - 1);
                int best = 0;
                double bestValue = Double.POSITIVE_INFINITY;
                for (int k = 0; k < GRID_POINTS; k++) {
                    double g = term(i, k * h);
                    if (g < bestValue) {
                        bestValue = g;
                        best = k;
                    }
                }
                // golden-section search on the grid bracket around the best grid point
                double lo = Math.max(0.0, (best - 1) * h);
                double hi = Math.min(Math.PI, (best + 1) * h);
                double ratio = (Math.sqrt(5.0) - 1.0) / 2.0;
                for (int it = 0; it < GOLDEN_ITERATIONS && hi - lo > 0.0; it++) {
                    double a = hi - ratio * (hi - lo);
                    double b = lo + ratio * (hi - lo);
                    if (term(i, a) < term(i, b)) {
                        hi = b;
                    } else {
                        lo = a;
                    }
                }
                double t = 0.5 * (lo + hi);
                COORDINATE_MINIMIZER[i - 1] = t;
                COORDINATE_MINIMUM[i - 1] = term(i, t);
            }
        }
    }

    Michalewicz() {
    }

    /** One summand {@code -sin(t) sin^{2m}(i t² / π)}. */
    private static double term(int i, double t) {
        double s = Math.sin(i * t * t / Math.PI);
        double s2 = s * s;
        double s4 = s2 * s2;
        double s8 = s4 * s4;
        return -Math.sin(t) * s8 * s8 * s4; // s^20
    }

    @Override
    public String name() {
        return "michalewicz";
    }

    @Override
    public String formula() {
        return "-sum sin(x_i) sin^20(i x_i^2 / pi)   (m = 10)";
    }

    @Override
    public double domainLow(int n) {
        return 0.0;
    }

    @Override
    public double domainHigh(int n) {
        return Math.PI;
    }

    @Override
    public double minimumValue(int n) {
        requireDimension(n);
        if (n > MAX_KNOWN_DIMENSION) {
            return Double.NaN;
        }
        double f = 0.0;
        for (int i = 0; i < n; i++) {
            f += KnownMinima.COORDINATE_MINIMUM[i];
        }
        return f;
    }

    @Override
    public double[] minimizer(int n) {
        requireDimension(n);
        if (n > MAX_KNOWN_DIMENSION) {
            return null;
        }
        return java.util.Arrays.copyOf(KnownMinima.COORDINATE_MINIMIZER, n);
    }

    @Override
    double compute(double[] x, int n, double[] grad) {
        double f = 0.0;
        for (int k = 0; k < n; k++) {
            double i = k + 1.0;
            double t = x[k];
            double u = i * t * t / Math.PI;
            double s = Math.sin(u);
            double s2 = s * s;
            double s4 = s2 * s2;
            double s16 = s4 * s4 * s4 * s4;
            double s19 = s16 * s2 * s;
            double sinT = Math.sin(t);
            f -= sinT * s19 * s;
            if (grad != null) {
                // d/dt [sin t · s^20] = cos t · s^20 + sin t · 20 s^19 cos(u) · 2 i t / π
                grad[k] = -(Math.cos(t) * s19 * s + sinT * 2.0 * M * s19 * Math.cos(u) * 2.0 * i * t / Math.PI);
            }
        }
        return f;
    }

    @Override
    public String domainSummary() {
        return "[0, pi]";
    }

    @Override
    public String minimumSummary() {
        return "-1.8013 (n=2), -4.687658 (n=5), -9.66015 (n=10); computed for n <= " + MAX_KNOWN_DIMENSION
                + ", unknown above";
    }
}
