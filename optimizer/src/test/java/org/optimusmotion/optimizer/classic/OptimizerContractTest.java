package org.optimusmotion.optimizer.classic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.OptimizationListener;
import org.optimusmotion.optimizer.OptimizeResult;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.OptimizerRun;
import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.StepStatus;
import org.optimusmotion.optimizer.StopReason;

/**
 * Contract every optimizer satisfies (STYLE.md rule 17). Subclasses provide an instance whose
 * hyperparameters suit a 10-D quadratic with condition number 100 (e.g. a learning rate below 2/100).
 */
public abstract class OptimizerContractTest {

    static final int N = 10;
    static final double CONDITION = 100;
    static final int STEPS = 300;
    /** The contract's "decreases" bar: f after STEPS steps below this fraction of f(x0). */
    static final double DECREASE_FRACTION = 0.05;
    /** Allocation allowed per step after warm-up, bytes (the measurement itself may allocate a little). */
    static final double ALLOWED_BYTES_PER_STEP = 1.0;

    protected abstract Optimizer create();

    private static double[] randomStart(long seed, int n) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = rng.nextDouble(-1.0, 1.0);
        }
        return x0;
    }

    @Test
    void decreasesAnIllConditionedQuadratic() {
        Problem problem = new TestProblems.Quadratic(N, CONDITION, 0.5);
        double[] x0 = randomStart(11, N);
        double f0 = problem.evaluate(x0, null);
        OptimizeResult result = Minimizer.minimize(create(), problem, x0, Budget.iterations(STEPS),
                ConvergenceChecker.never());
        assertTrue(result.value() < DECREASE_FRACTION * f0,
                "f went from " + f0 + " to " + result.value() + " (" + result.stopReason() + ")");
    }

    @Test
    void isDeterministic() {
        double[] x0 = randomStart(12, N);
        OptimizeResult a = Minimizer.minimize(create(), new TestProblems.Rosenbrock(N), x0, Budget.iterations(50),
                ConvergenceChecker.never());
        OptimizeResult b = Minimizer.minimize(create(), new TestProblems.Rosenbrock(N), x0, Budget.iterations(50),
                ConvergenceChecker.never());
        assertArrayEquals(a.x(), b.x(), 0.0);
        assertEquals(a.evaluations(), b.evaluations());
        assertEquals(a.iterations(), b.iterations());
    }

    @Test
    void producesNoNaNOnASmoothProblem() {
        Problem problem = new TestProblems.Quadratic(N, CONDITION, -0.3);
        List<Double> losses = new ArrayList<>();
        OptimizationListener listener = event -> losses.add(event.loss());
        OptimizeResult result = Minimizer.minimize(create(), problem, randomStart(13, N),
                Budget.iterations(STEPS), ConvergenceChecker.never(), listener, () -> false);
        assertNotEquals(StopReason.NUMERICAL_FAILURE, result.stopReason());
        for (double loss : losses) {
            assertTrue(Double.isFinite(loss), "loss " + loss + " in " + losses);
        }
        for (double xi : result.x()) {
            assertTrue(Double.isFinite(xi));
        }
    }

    @Test
    void survivesNaNOutsideARegion() {
        // The unconstrained minimum (x_i = 3) lies where the problem returns NaN (any x_i > 2).
        TestProblems.NanOutside problem = new TestProblems.NanOutside(new TestProblems.Quadratic(N, CONDITION, 3.0), 2.0);
        double[] x0 = randomStart(14, N);
        OptimizerRun run = create().start(problem, x0);
        for (int k = 0; k < STEPS; k++) {
            StepStatus status = run.step();
            double[] x = run.xRef();
            assertTrue(Double.isFinite(run.value()), "non-finite value accepted at step " + k);
            for (double xi : x) {
                assertTrue(Double.isFinite(xi) && xi <= 2.0, "iterate left the finite region: " + xi);
            }
            if (status != StepStatus.PROGRESS) {
                break;
            }
        }
        double f0 = new TestProblems.Quadratic(N, CONDITION, 3.0).evaluate(x0, null);
        assertTrue(run.value() < f0, "no progress inside the finite region: " + run.value() + " vs " + f0);
    }

    @Test
    void reportsNumericalFailureAndKeepsTheIterateWhenNothingIsFinite() {
        double[] x0 = randomStart(15, N);
        TestProblems.FiniteOnlyAt problem = new TestProblems.FiniteOnlyAt(x0);
        OptimizeResult result = Minimizer.minimize(create(), problem, x0, Budget.iterations(10),
                ConvergenceChecker.never());
        assertEquals(StopReason.NUMERICAL_FAILURE, result.stopReason());
        assertArrayEquals(x0, result.x(), 0.0);
        assertEquals(1.0, result.value());
        assertEquals(problem.evaluations(), result.evaluations());
        assertTrue(result.evaluations() > 1, "the optimizer must have tried (and counted) trial points");
    }

    @Test
    void countsEvaluationsHonestly() {
        TestProblems.Rosenbrock problem = new TestProblems.Rosenbrock(N);
        problem.evaluate(new double[N], null);
        long before = problem.evaluations();
        OptimizeResult result = Minimizer.minimize(create(), problem, TestProblems.Rosenbrock.start(N),
                Budget.iterations(40), ConvergenceChecker.never());
        assertEquals(problem.evaluations() - before, result.evaluations());
        assertTrue(result.evaluations() >= result.iterations() + 1,
                "at least one evaluation per iteration plus the start: " + result);
    }

    @Test
    void stepDoesNotAllocateAfterWarmUp() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(threads.isThreadAllocatedMemorySupported()
                && threads.isThreadAllocatedMemoryEnabled(), "thread allocation accounting unavailable");
        int n = 20;
        Optimizer optimizer = create();
        // Warm up the JIT on several runs, then measure a fresh run (its workspaces are allocated in start).
        for (int r = 0; r < 5; r++) {
            OptimizerRun warm = optimizer.start(new TestProblems.Rosenbrock(n), randomStart(100 + r, n));
            for (int k = 0; k < 400; k++) {
                warm.step();
            }
        }
        OptimizerRun run = optimizer.start(new TestProblems.Rosenbrock(n), randomStart(99, n));
        int steps = 1000;
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int k = 0; k < steps; k++) {
            run.step();
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated <= ALLOWED_BYTES_PER_STEP * steps, allocated + " bytes in " + steps + " steps");
    }

    @Test
    void handlesDimensionZero() {
        TestProblems.Quadratic empty = new TestProblems.Quadratic(0, CONDITION, 0.0);
        OptimizeResult result = Minimizer.minimize(create(), empty, new double[0], Budget.iterations(5),
                ConvergenceChecker.never());
        assertEquals(0, result.x().length);
        assertEquals(0.0, result.value());
        assertNotEquals(StopReason.NUMERICAL_FAILURE, result.stopReason());
    }

    @Test
    void keepsStateShapesStable() {
        OptimizerRun run = create().start(new TestProblems.Rosenbrock(N), TestProblems.Rosenbrock.start(N));
        double[] x = run.xRef();
        for (int k = 0; k < 20; k++) {
            run.step();
            assertTrue(run.xRef() == x, "xRef() must stay the same live array");
            assertEquals(N, run.xRef().length);
        }
    }

    @Test
    void rejectsAStartOfTheWrongLength() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> create().start(new TestProblems.Rosenbrock(N), new double[N - 1]));
        assertEquals("x0 has length " + (N - 1) + " but the problem has dimension " + N, e.getMessage());
    }

    @Test
    void hasACanonicalName() {
        String name = create().name();
        assertFalse(name.isBlank());
        assertFalse(name.contains(" "), name);
        assertEquals(name, create().name());
    }
}
