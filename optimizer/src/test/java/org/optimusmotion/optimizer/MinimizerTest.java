package org.optimusmotion.optimizer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MinimizerTest {

    private final Optimizer gd = new TestProblems.FixedStepDescent(0.1);

    @Test
    void stopsAtIterationBudgetAndCountsEvaluationsHonestly() {
        Problem p = new TestProblems.Quadratic(1, 2, 3);
        OptimizeResult r = Minimizer.minimize(gd, p, new double[] {1, 1, 1}, Budget.iterations(7),
                ConvergenceChecker.never());
        assertEquals(StopReason.MAX_ITERATIONS, r.stopReason());
        assertEquals(7, r.iterations());
        assertEquals(8, r.evaluations(), "one evaluation at x0 plus one per step");
        assertEquals(p.evaluations(), r.evaluations());
        assertTrue(r.value() < 3.0, "descent should lower f from 3.0, got " + r.value());
    }

    @Test
    void stopsAtEvaluationBudget() {
        OptimizeResult r = Minimizer.minimize(gd, new TestProblems.Quadratic(1, 1), new double[] {1, 1},
                Budget.evaluations(5), ConvergenceChecker.never());
        assertEquals(StopReason.MAX_EVALUATIONS, r.stopReason());
        assertEquals(5, r.evaluations());
    }

    @Test
    void stopsWhenTargetReachedAndPublishesOneEventPerIteration() {
        List<IterationEvent> events = new ArrayList<>();
        OptimizeResult r = Minimizer.minimize(gd, new TestProblems.Quadratic(1), new double[] {1},
                Budget.iterations(1000), ConvergenceChecker.never().withTarget(1e-6),
                events::add, () -> false);
        assertEquals(StopReason.TARGET_REACHED, r.stopReason());
        assertTrue(r.value() <= 1e-6);
        assertEquals(r.iterations() + 1, events.size());
        assertEquals(0, events.get(0).iteration());
        assertEquals(0.5, events.get(0).loss(), 0.0);
    }

    @Test
    void cancellationReturnsBestSoFar() {
        AtomicInteger polls = new AtomicInteger();
        OptimizeResult r = Minimizer.minimize(gd, new TestProblems.Quadratic(1), new double[] {1},
                Budget.iterations(1000), ConvergenceChecker.never(), OptimizationListener.NONE,
                () -> polls.incrementAndGet() > 3);
        assertEquals(StopReason.CANCELLED, r.stopReason());
        assertEquals(3, r.iterations());
    }

    @Test
    void returnsTheBestPointVisitedNotTheLastOne() {
        // Rate 2.5 on f = x^2/2 overshoots: x -> -1.5 x, so every step goes uphill from the start.
        List<IterationEvent> events = new ArrayList<>();
        OptimizeResult r = Minimizer.minimize(new TestProblems.FixedStepDescent(2.5), new TestProblems.Quadratic(1),
                new double[] {1}, Budget.iterations(4), ConvergenceChecker.never(), events::add, () -> false);
        assertEquals(4, r.iterations());
        assertEquals(0.5 * 1.5 * 1.5 * 1.5 * 1.5 * 1.5 * 1.5 * 1.5 * 1.5, events.get(4).loss(), 1e-12,
                "the events report where the run is");
        assertEquals(0.5, r.value(), 0.0);
        assertArrayEquals(new double[] {1}, r.x(), 0.0);
    }

    @Test
    void stagnationEndsTheRun() {
        Optimizer frozen = new TestProblems.FixedStepDescent(0.0);
        OptimizeResult r = Minimizer.minimize(frozen, new TestProblems.Quadratic(1), new double[] {1},
                Budget.iterations(1000), ConvergenceChecker.defaults());
        assertEquals(StopReason.CONVERGED, r.stopReason());
        assertEquals(ConvergenceChecker.DEFAULT_PATIENCE, r.iterations());
    }

    @Test
    void numericalFailureIsAStatusNotAnException() {
        Problem nanAfterStep = new CountingProblem() {
            @Override
            public int dimension() {
                return 1;
            }

            @Override
            protected double compute(double[] x, double[] g) {
                g[0] = 1;
                return x[0] < 0.5 ? Double.NaN : x[0];
            }
        };
        OptimizeResult r = Minimizer.minimize(new TestProblems.FixedStepDescent(1.0), nanAfterStep,
                new double[] {1}, Budget.iterations(10), ConvergenceChecker.never());
        assertEquals(StopReason.NUMERICAL_FAILURE, r.stopReason());
    }

    @Test
    void budgetRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Budget(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new Budget(10, 0));
        assertThrows(IllegalArgumentException.class, () -> new Budget(Integer.MAX_VALUE, Long.MAX_VALUE));
    }
}
