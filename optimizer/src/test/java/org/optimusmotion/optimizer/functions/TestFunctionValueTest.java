package org.optimusmotion.optimizer.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Known minima, hand-checked values, metadata and the no-allocation contract. */
class TestFunctionValueTest {

    private static final int[] MINIMUM_DIMENSIONS = {1, 2, 4, 7, 10, 50, 250};

    static Iterable<TestFunction> functions() {
        return TestFunctions.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void valueAtMinimizerIsFStarAndGradientVanishes(TestFunction f) {
        int checked = 0;
        for (int n : MINIMUM_DIMENSIONS) {
            if (n < f.minDimension()) {
                continue;
            }
            double[] xStar = f.minimizer(n);
            double fStar = f.minimumValue(n);
            if (xStar == null) {
                assertTrue(Double.isNaN(fStar), f + ": f* must be NaN where x* is unknown");
                continue;
            }
            checked++;
            double[] g = new double[n];
            double value = f.value(xStar, g);
            assertEquals(fStar, value, 1e-12 * n * Math.max(1.0, Math.abs(fStar) / n) + 1e-14,
                    f + " n=" + n + ": f(x*) != f*");
            // golden-section minimizers of Michalewicz are accurate to ~sqrt(eps) in x only
            double gradTol = f == TestFunctions.MICHALEWICZ ? 1e-3 : 1e-8;
            for (int i = 0; i < n; i++) {
                assertEquals(0.0, g[i], gradTol, f + " n=" + n + ": gradient at x* component " + i);
            }
            // x* lies in the standard domain
            for (double xi : xStar) {
                assertTrue(xi >= f.domainLow(n) && xi <= f.domainHigh(n), f + ": x* outside the domain");
            }
        }
        assertTrue(checked > 0, f + ": no dimension with a known minimizer was checked");
    }

    @Test
    void handCheckedValues() {
        assertEquals(0.0, TestFunctions.ROSENBROCK.value(new double[] {1, 1}, null), 0.0);
        assertEquals(24.2, TestFunctions.ROSENBROCK.value(new double[] {-1.2, 1}, null), 1e-12);
        double[] g = new double[2];
        TestFunctions.ROSENBROCK.value(new double[] {-1.2, 1}, g);
        assertEquals(-215.6, g[0], 1e-12);
        assertEquals(-88.0, g[1], 1e-12);
        assertEquals(14.0, TestFunctions.SPHERE.value(new double[] {1, 2, 3}, null), 0.0);
        assertEquals(0.0, TestFunctions.RASTRIGIN.value(new double[5], null), 0.0);
        assertEquals(0.0, TestFunctions.ACKLEY.value(new double[5], null), 1e-14);
        assertEquals(0.0, TestFunctions.GRIEWANK.value(new double[5], null), 0.0);
        assertEquals(0.0, TestFunctions.LEVY.value(new double[] {1, 1, 1}, null), 1e-30);
        assertEquals(6.0, TestFunctions.SUM_SQUARES.value(new double[] {1, 1, 1}, null), 0.0);
        assertEquals(6.0, TestFunctions.ROTATED_HYPER_ELLIPSOID.value(new double[] {1, 1, 1}, null), 0.0);
        assertEquals(9.3125, TestFunctions.ZAKHAROV.value(new double[] {1, 1}, null), 1e-12);
        assertEquals(215.0, TestFunctions.POWELL.value(new double[] {3, -1, 0, 1}, null), 1e-12);
        // a fifth coordinate is outside every complete block of four and does not count
        assertEquals(215.0, TestFunctions.POWELL.value(new double[] {3, -1, 0, 1, 7}, null), 1e-12);
        assertEquals(2.0, TestFunctions.DIXON_PRICE.value(new double[] {1, 1}, null), 0.0);
        assertEquals(0.375, TestFunctions.SUM_DIFFERENT_POWERS.value(new double[] {0.5, -0.5}, null), 0.0);
        assertEquals(121.0, TestFunctions.PERM0.value(new double[] {0}, null), 0.0);
        assertEquals(-2.0, TestFunctions.TRID.value(new double[] {2, 2}, null), 0.0);
        assertEquals(0.0, TestFunctions.STYBLINSKI_TANG.value(new double[3], null), 0.0);
        assertEquals(3 * 418.9829, TestFunctions.SCHWEFEL.value(new double[3], null), 1e-10);
        double half = Math.PI / 2;
        assertEquals(-(1.0 + 1.0 / 1024.0), TestFunctions.MICHALEWICZ.value(new double[] {half, half}, null), 1e-12);
    }

    @Test
    void publishedMinimaAreReproduced() {
        assertEquals(-39.16599 * 7, TestFunctions.STYBLINSKI_TANG.minimumValue(7), 7 * 2e-4);
        assertEquals(0.0, TestFunctions.SCHWEFEL.minimumValue(10), 2e-4);
        assertEquals(-10.0 * 14.0 * 9.0 / 6.0, TestFunctions.TRID.minimumValue(10), 0.0);
        assertEquals(-1.8013, TestFunctions.MICHALEWICZ.minimumValue(2), 1e-4);
        assertEquals(-4.687658, TestFunctions.MICHALEWICZ.minimumValue(5), 1e-6);
        assertEquals(-9.66015, TestFunctions.MICHALEWICZ.minimumValue(10), 1e-5);
        assertTrue(Double.isNaN(TestFunctions.MICHALEWICZ.minimumValue(11)));
        assertNull(TestFunctions.MICHALEWICZ.minimizer(11));
        double[] dixon = TestFunctions.DIXON_PRICE.minimizer(2000);
        assertEquals(1.0, dixon[0], 0.0);
        assertEquals(0.5, dixon[1999], 1e-15);
    }

    @Test
    void registryKnowsExactlyTheSeventeenNames() {
        Set<String> names = new HashSet<>();
        for (TestFunction f : TestFunctions.all()) {
            assertTrue(names.add(f.name()), "duplicate name " + f.name());
            assertEquals(f, TestFunctions.byName(f.name()));
            assertNotNull(f.formula());
            assertTrue(f.domainLow(10) < f.domainHigh(10));
        }
        assertEquals(Set.of("ackley", "griewank", "levy", "rastrigin", "rosenbrock", "dixon_price", "powell", "perm0",
                "sphere", "sum_squares", "rotated_hyper_ellipsoid", "styblinski_tang", "zakharov", "trid", "schwefel",
                "michalewicz", "sum_different_powers"), names);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestFunctions.byName("rosenbrok"));
        assertTrue(e.getMessage().contains("rosenbrok") && e.getMessage().contains("sum_different_powers"), e.getMessage());
    }

    @Test
    void badDimensionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TestFunctions.ROSENBROCK.value(new double[1], null));
        assertThrows(IllegalArgumentException.class, () -> TestFunctions.POWELL.value(new double[3], null));
        assertThrows(IllegalArgumentException.class, () -> TestFunctions.SPHERE.value(new double[0], null));
        assertThrows(IllegalArgumentException.class, () -> TestFunctions.SPHERE.value(new double[3], new double[2]));
        assertThrows(IllegalArgumentException.class, () -> TestFunctions.POWELL.minimizer(2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void valueDoesNotAllocate(TestFunction f) {
        java.lang.management.ThreadMXBean plain = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(plain instanceof com.sun.management.ThreadMXBean, "no allocation counter on this JVM");
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) plain;
        Assumptions.assumeTrue(bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled());
        int n = 64;
        double[] x = new double[n];
        double[] g = new double[n];
        SplittableRandom rng = new SplittableRandom(99);
        double lo = FunctionSuite.domainLow(f, n);
        double hi = FunctionSuite.domainHigh(f, n);
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * rng.nextDouble();
        }
        double sink = 0.0;
        for (int k = 0; k < 3000; k++) {
            sink += f.value(x, g);
        }
        int calls = 2000;
        long threadId = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(threadId);
        for (int k = 0; k < calls; k++) {
            sink += f.value(x, g);
            sink += f.value(x, null);
        }
        long bytes = bean.getThreadAllocatedBytes(threadId) - before;
        assertTrue(Double.isFinite(sink) || Double.isNaN(sink));
        // the counter itself may cost a few hundred bytes; one array per call would be >= 2000 x 528 bytes
        assertTrue(bytes < 2048, f + ": allocated " + bytes + " bytes over " + 2 * calls + " calls");
    }
}
