package org.optimusmotion.optimizer.classic.linesearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.optimusmotion.optimizer.CountingProblem;

class StrongWolfeLineSearchTest {

    /** 1-D problem f(x) = x⁴ − 3x³ + 2 (minimum at x = 9/4), NaN for x > nanAbove. */
    static final class Quartic extends CountingProblem {
        private final double nanAbove;

        Quartic(double nanAbove) {
            this.nanAbove = nanAbove;
        }

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        protected double compute(double[] x, double[] gradient) {
            double t = x[0];
            if (t > nanAbove) {
                if (gradient != null) {
                    gradient[0] = Double.NaN;
                }
                return Double.NaN;
            }
            if (gradient != null) {
                gradient[0] = 4 * t * t * t - 9 * t * t;
            }
            return t * t * t * t - 3 * t * t * t + 2;
        }
    }

    private static void assertStrongWolfe(StrongWolfeLineSearch ls, double f0, double derphi0, LineSearchResult r) {
        double alpha = r.step();
        assertTrue(alpha > 0, "step " + alpha);
        assertTrue(r.value() <= f0 + ls.c1() * alpha * derphi0,
                "sufficient decrease fails: φ(" + alpha + ") = " + r.value() + ", φ(0) = " + f0);
        assertTrue(Math.abs(r.directionalDerivative()) <= ls.c2() * Math.abs(derphi0),
                "curvature fails: φ'(" + alpha + ") = " + r.directionalDerivative() + ", φ'(0) = " + derphi0);
    }

    @ParameterizedTest(name = "x0={0}, d={1}, α0={2}")
    @CsvSource({
            "0.5, 1.0, 1.0",
            "0.5, 1.0, 1e-4",
            "0.5, 1.0, 100",
            "0.5, 0.01, 1.0",
            "3.0, -1.0, 1.0",
            "3.0, -1.0, 50",
            "1.0, 10.0, 1.0",
    })
    void acceptedStepsSatisfyTheStrongWolfeConditions(double x0, double d, double initialStep) {
        StrongWolfeLineSearch ls = StrongWolfeLineSearch.defaults();
        Quartic problem = new Quartic(Double.POSITIVE_INFINITY);
        double[] x = {x0};
        double[] g = new double[1];
        double f0 = problem.evaluate(x, g);
        double[] dir = {d};
        double derphi0 = g[0] * d;
        assertTrue(derphi0 < 0, "test setup: not a descent direction");
        problem.resetEvaluations();
        LineSearchResult r = new LineSearchResult(1);
        LineSearchStatus status = ls.search(problem, x, f0, g, dir, initialStep, r);
        assertEquals(LineSearchStatus.SUCCESS, status);
        assertStrongWolfe(ls, f0, derphi0, r);
        assertEquals(problem.evaluations(), r.evaluations());
        assertEquals(x0 + r.step() * d, r.xRef()[0], 1e-15);
        assertEquals(problem.evaluate(r.xRef(), null), r.value(), 0.0);
    }

    @Test
    void tightCurvatureConstantStillSucceedsWithinTheLimit() {
        StrongWolfeLineSearch ls = new StrongWolfeLineSearch(1e-4, 0.1, 30);
        Quartic problem = new Quartic(Double.POSITIVE_INFINITY);
        double[] x = {0.5};
        double[] g = new double[1];
        double f0 = problem.evaluate(x, g);
        LineSearchResult r = new LineSearchResult(1);
        assertEquals(LineSearchStatus.SUCCESS, ls.search(problem, x, f0, g, new double[] {1}, 1.0, r));
        assertStrongWolfe(ls, f0, g[0], r);
    }

    @Test
    void backtracksFromNaNAndNeverAcceptsIt() {
        // NaN beyond x = 2.4; the Wolfe points lie around the minimum x = 9/4, so the search must
        // backtrack from the NaN trials at α = 20, 10, 5, 2.5 and then zoom in.
        StrongWolfeLineSearch ls = StrongWolfeLineSearch.defaults();
        Quartic problem = new Quartic(2.4);
        double[] x = {0.5};
        double[] g = new double[1];
        double f0 = problem.evaluate(x, g);
        LineSearchResult r = new LineSearchResult(1);
        LineSearchStatus status = ls.search(problem, x, f0, g, new double[] {1}, 20.0, r);
        assertEquals(LineSearchStatus.SUCCESS, status);
        assertTrue(r.xRef()[0] <= 2.4 && Double.isFinite(r.value()));
        assertStrongWolfe(ls, f0, g[0], r);
    }

    @Test
    void reportsNonFiniteFailureWhenEveryTrialIsNaN() {
        StrongWolfeLineSearch ls = new StrongWolfeLineSearch(1e-4, 0.9, 12);
        Quartic problem = new Quartic(0.5);
        double[] x = {0.5};
        double[] g = new double[1];
        double f0 = problem.evaluate(x, g);
        problem.resetEvaluations();
        LineSearchResult r = new LineSearchResult(1);
        assertEquals(LineSearchStatus.FAILED_NON_FINITE, ls.search(problem, x, f0, g, new double[] {1}, 1.0, r));
        assertEquals(12, problem.evaluations());
        assertEquals(12, r.evaluations());
    }

    @Test
    void refusesAnAscentDirectionWithoutEvaluating() {
        Quartic problem = new Quartic(Double.POSITIVE_INFINITY);
        double[] x = {0.5};
        double[] g = new double[1];
        double f0 = problem.evaluate(x, g);
        problem.resetEvaluations();
        LineSearchResult r = new LineSearchResult(1);
        assertEquals(LineSearchStatus.NOT_DESCENT,
                StrongWolfeLineSearch.defaults().search(problem, x, f0, g, new double[] {-1}, 1.0, r));
        assertEquals(0, problem.evaluations());
    }

    @Test
    void interpolantsFindTheMinimizersOfExactPolynomials() {
        // f(t) = (t − 2)² + 1: quadratic through (0, 5) slope −4 and (3, 2).
        assertEquals(2.0, StrongWolfeLineSearch.quadraticMinimizer(0, 5, -4, 3, 2), 1e-12);
        // f(t) = t³ − 3t: minimum at 1; through (0, 0) slope −3, (2, 2), (3, 18).
        assertEquals(1.0, StrongWolfeLineSearch.cubicMinimizer(0, 0, -3, 2, 2, 3, 18), 1e-12);
    }

    @Test
    void rejectsInconsistentConstants() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StrongWolfeLineSearch(0.5, 0.4, 10));
        assertTrue(e.getMessage().startsWith("c2 must be in (c1, 1)"), e.getMessage());
    }
}
