package org.optimusmotion.optimizer.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Analytic gradients of every test function against central finite differences. */
class TestFunctionGradientTest {

    /** Dimensions checked (those below a function's minimum are skipped); 7 is not a multiple of 4 (Powell). */
    private static final int[] DIMENSIONS = {1, 2, 3, 4, 7, 30, 100};
    private static final int POINTS_PER_DIMENSION = 3;
    /** Relative FD step: h = STEP_REL · max(1, |x_i|). */
    private static final double STEP_REL = 1e-6;
    private static final double GRAD_REL = 1e-5;
    /** Absolute floor, relative to the scale of f and of the whole gradient (FD round-off ~ eps |f| / h). */
    private static final double GRAD_ABS_FLOOR = 1e-7;
    /** A gradient below this (max-norm) would make the comparison vacuous. */
    private static final double MIN_GRADIENT = 1e-6;
    private static final int MAX_DRAWS = 100;

    private static double maxAbs(double[] v) {
        double m = 0.0;
        for (double vi : v) {
            m = Math.max(m, Math.abs(vi));
        }
        return m;
    }

    static Stream<Arguments> functionsAndDimensions() {
        return TestFunctions.all().stream().flatMap(f -> IntStream.of(DIMENSIONS)
                .filter(n -> n >= f.minDimension())
                .mapToObj(n -> Arguments.of(f, n)));
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("functionsAndDimensions")
    void gradientMatchesCentralDifferences(TestFunction f, int n) {
        SplittableRandom rng = new SplittableRandom(1234L + 31L * n + f.name().hashCode());
        // perm0's standard box [-n, n] overflows for larger n; use the suite box there
        double lo = FunctionSuite.domainLow(f, n);
        double hi = FunctionSuite.domainHigh(f, n);
        double[] x = new double[n];
        double[] g = new double[n];
        double[] scratch = new double[n];
        for (int p = 0; p < POINTS_PER_DIMENSION; p++) {
            // redraw points where the gradient is negligible (Michalewicz is flat over most of its box)
            double fx = 0.0;
            for (int attempt = 0; attempt < MAX_DRAWS; attempt++) {
                for (int i = 0; i < n; i++) {
                    x[i] = lo + (hi - lo) * rng.nextDouble();
                }
                fx = f.value(x, g);
                if (maxAbs(g) > MIN_GRADIENT) {
                    break;
                }
            }
            double fxFinal = fx;
            assertTrue(Double.isFinite(fx), () -> f + ": non-finite value " + fxFinal);
            assertEquals(fx, f.value(x, null), 0.0, "value must not depend on whether the gradient is asked for");
            double gMax = maxAbs(g);
            assertTrue(gMax > MIN_GRADIENT, () -> f + " n=" + n + ": gradient is zero, the check would be vacuous");
            for (int i = 0; i < n; i++) {
                double h = STEP_REL * Math.max(1.0, Math.abs(x[i]));
                double saved = x[i];
                System.arraycopy(x, 0, scratch, 0, n);
                scratch[i] = saved + h;
                double fPlus = f.value(scratch, null);
                scratch[i] = saved - h;
                double fMinus = f.value(scratch, null);
                double fd = (fPlus - fMinus) / (2.0 * h);
                double tol = GRAD_REL * Math.max(Math.abs(g[i]), Math.abs(fd))
                        + GRAD_ABS_FLOOR * (1.0 + Math.abs(fx) / Math.max(1.0, Math.abs(saved)) + gMax * 1e-3);
                int index = i;
                assertEquals(fd, g[index], tol, () -> f + " n=" + n + " component " + index + " at x_i=" + saved);
            }
        }
    }
}
