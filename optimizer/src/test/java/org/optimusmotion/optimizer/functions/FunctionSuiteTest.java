package org.optimusmotion.optimizer.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Suite composition, determinism by seed, shift and start distribution. */
class FunctionSuiteTest {

    @Test
    void suiteHasFifteenFunctionsIncludingThePapersEight() {
        assertEquals(15, FunctionSuite.FUNCTIONS.size());
        assertEquals(15, new HashSet<>(FunctionSuite.FUNCTIONS).size());
        for (String name : List.of("ackley", "griewank", "levy", "rastrigin", "rosenbrock", "dixon_price", "powell", "perm0")) {
            assertTrue(FunctionSuite.FUNCTIONS.contains(TestFunctions.byName(name)), name);
        }
    }

    @Test
    void defaultTestSuiteHas45DeterministicProblems() {
        List<SuiteProblem> a = FunctionSuite.test(3, FunctionSuite.defaultTestDimensions());
        List<SuiteProblem> b = FunctionSuite.test(3, FunctionSuite.defaultTestDimensions());
        assertEquals(45, a.size());
        assertEquals(a, b);
        assertEquals(a, FunctionSuite.test(3));
        Set<String> ids = new HashSet<>();
        for (SuiteProblem p : a) {
            assertTrue(ids.add(p.id()), "duplicate id " + p.id());
        }
        assertTrue(ids.contains("rosenbrock_n250_s3"), ids.toString());
        List<SuiteProblem> other = FunctionSuite.test(4, FunctionSuite.defaultTestDimensions());
        assertFalse(java.util.Arrays.equals(a.get(0).shift(), other.get(0).shift()), "seed must change the shifts");
        // a problem does not depend on which other dimensions are requested
        SuiteProblem alone = FunctionSuite.test(3, new int[] {500}).get(0);
        assertArrayEquals(a.get(1).x0(), alone.x0());
    }

    @Test
    void shiftsAndStartsStayInTheDomain() {
        for (SuiteProblem p : FunctionSuite.test(11, new int[] {4, 9, 250})) {
            TestFunction f = p.function();
            int n = p.dimension();
            double lo = FunctionSuite.domainLow(f, n);
            double hi = FunctionSuite.domainHigh(f, n);
            double r = FunctionSuite.SHIFT_FRACTION * 0.5 * (hi - lo);
            double[] c = p.shift();
            double[] x0 = p.x0();
            for (int i = 0; i < n; i++) {
                assertTrue(Math.abs(c[i]) <= r, p.id());
                assertTrue(x0[i] >= lo && x0[i] <= hi, p.id() + " x0 outside domain");
                assertTrue(x0[i] - c[i] >= lo - 1e-12 && x0[i] - c[i] <= hi + 1e-12, p.id() + " x0 - c outside domain");
            }
            ShiftedProblem problem = p.newProblem();
            assertTrue(Double.isFinite(problem.evaluate(x0, null)), p.id() + ": start value not finite");
            assertEquals(f.minimumValue(n), p.fStar(), 0.0);
        }
    }

    @Test
    void shiftMovesTheMinimizer() {
        for (SuiteProblem p : FunctionSuite.test(5, new int[] {8, 250})) {
            ShiftedProblem problem = p.newProblem();
            double[] xStar = problem.minimizer();
            double[] g = new double[p.dimension()];
            double atShifted = problem.evaluate(xStar, g);
            assertEquals(problem.fStar(), atShifted, 1e-6 * Math.max(1.0, Math.abs(problem.fStar())), p.id());
            // the unshifted minimizer is no longer optimal
            double atPlain = problem.evaluate(p.function().minimizer(p.dimension()), null);
            assertTrue(atPlain > atShifted, p.id() + ": f(x*) should exceed f(x* + c)");
        }
    }

    @Test
    void newProblemHasAFreshCounter() {
        SuiteProblem p = FunctionSuite.test(1, new int[] {10}).get(0);
        ShiftedProblem first = p.newProblem();
        first.evaluate(p.x0(), null);
        first.evaluate(p.x0(), new double[10]);
        assertEquals(2, first.evaluations());
        assertEquals(0, p.newProblem().evaluations());
        assertEquals(10, first.dimension());
    }

    @Test
    void trainingProblemsAreDeterministicAndCoverTheSuite() {
        List<SuiteProblem> a = FunctionSuite.training(42, 400);
        assertEquals(a, FunctionSuite.training(42, 400));
        assertNotEquals(a, FunctionSuite.training(43, 400));
        Set<TestFunction> seen = new HashSet<>();
        int small = 0;
        for (SuiteProblem p : a) {
            seen.add(p.function());
            assertTrue(p.dimension() >= FunctionSuite.TRAINING_MIN_DIMENSION
                    && p.dimension() <= FunctionSuite.TRAINING_MAX_DIMENSION, p.id());
            assertTrue(p.dimension() >= p.function().minDimension(), p.id());
            if (p.dimension() <= 14) {
                small++;
            }
        }
        assertEquals(new HashSet<>(FunctionSuite.FUNCTIONS), seen);
        // log-uniform on [2, 100]: P(d <= 14) = ln(15/2)/ln(101/2) ≈ 0.51; uniform would give 0.13
        assertTrue(small > 150 && small < 260, "small dimensions: " + small);
        SuiteProblem one = FunctionSuite.sampleTraining(new SplittableRandom(7));
        assertEquals(one, FunctionSuite.sampleTraining(new SplittableRandom(7)));
    }

    @Test
    void badSuiteArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> FunctionSuite.test(1, new int[] {3}));
        assertThrows(IllegalArgumentException.class, () -> FunctionSuite.training(1, -1));
    }
}
