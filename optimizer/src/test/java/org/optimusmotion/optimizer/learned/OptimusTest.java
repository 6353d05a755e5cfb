package org.optimusmotion.optimizer.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.OptimizeResult;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.StepStatus;

class OptimusTest {

    /** Larger u-head weights than the default so that B moves visibly away from I in a few steps. */
    private static final OptimusConfig ACTIVE = new OptimusConfig(16, 4, 32, 3, 16, 1e-2, 1e-3, 0.5,
            PreconditionerNorm.TRACE_OVER_N, 2000);

    private static double[][] problemData(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] h = new double[n];
        double[] c = new double[n];
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = 0.5 + 5 * rng.nextDouble();
            c[i] = rng.nextDouble() - 0.5;
            x0[i] = 2 * rng.nextDouble() - 1;
        }
        return new double[][] {h, c, x0};
    }

    private static double[] permute(double[] a, int[] perm) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[perm[i]];
        }
        return out;
    }

    @Test
    void permutingTheParametersPermutesTheUpdate() {
        int n = 7;
        double[][] d = problemData(n, 11);
        int[] perm = {3, 0, 6, 1, 5, 2, 4};
        Optimus optimus = new Optimus(ACTIVE);
        double[] theta = optimus.initialTheta(5);
        LearnedRun a = optimus.start(LearnedTestProblems.quartic(d[0], d[1]), d[2]);
        LearnedRun b = optimus.start(LearnedTestProblems.quartic(permute(d[0], perm), permute(d[1], perm)),
                permute(d[2], perm));
        for (int k = 0; k < 4; k++) {
            double[] before = a.xRef().clone();
            assertEquals(StepStatus.PROGRESS, a.step(theta));
            assertEquals(StepStatus.PROGRESS, b.step(theta));
            double moved = 0;
            for (int i = 0; i < n; i++) {
                moved += Math.abs(a.xRef()[i] - before[i]);
            }
            assertTrue(moved > 1e-6, "the update must be non-trivial for the test to mean anything");
            double[] pa = permute(a.xRef(), perm);
            for (int i = 0; i < n; i++) {
                // equal up to summation order inside the coordinate-wise means
                assertEquals(pa[i], b.xRef()[i], 1e-10, "coordinate " + i + " at step " + k);
            }
        }
        double[] ba = Optimus.preconditionerOf(a);
        double[] bb = Optimus.preconditionerOf(b);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(ba[perm[i] * n + perm[j]], bb[i * n + j], 1e-10);
            }
        }
    }

    @Test
    void sameWeightsRunAtSmallAndLargeDimension() {
        Optimus optimus = new Optimus(OptimusConfig.defaults());
        double[] theta = optimus.initialTheta(3);
        for (int n : new int[] {3, 1000}) {
            double[][] d = problemData(n, n);
            LearnedRun run = optimus.start(LearnedTestProblems.quartic(d[0], d[1]), d[2]);
            for (int k = 0; k < 2; k++) {
                assertEquals(StepStatus.PROGRESS, run.step(theta), "n = " + n);
            }
            for (double xi : run.xRef()) {
                assertTrue(Double.isFinite(xi));
            }
            assertEquals(n, Optimus.preconditionerOf(run).length / n);
        }
    }

    @Test
    void preconditionerStaysSymmetricPositiveSemidefiniteWithTraceN() {
        int n = 6;
        double[][] d = problemData(n, 2);
        Optimus optimus = new Optimus(ACTIVE);
        double[] theta = optimus.initialTheta(9);
        LearnedRun run = optimus.start(LearnedTestProblems.quartic(d[0], d[1]), d[2]);
        double[] identity = new double[n * n];
        for (int i = 0; i < n; i++) {
            identity[i * n + i] = 1;
        }
        for (int k = 0; k < 10; k++) {
            run.step(theta);
            double[] b = Optimus.preconditionerOf(run);
            double trace = 0;
            for (int i = 0; i < n; i++) {
                trace += b[i * n + i];
                for (int j = 0; j < n; j++) {
                    assertEquals(b[i * n + j], b[j * n + i], 0.0, "B must be exactly symmetric");
                }
            }
            assertEquals(n, trace, 1e-9, "trace/n normalisation");
            double[] eig = SymmetricEigen.eigenvalues(b, n);
            for (double e : eig) {
                assertTrue(e >= -1e-10, "eigenvalue " + e + " at step " + k);
            }
        }
        assertNotEquals(0.0, maxAbsDiff(Optimus.preconditionerOf(run), identity), "B must have moved away from I");
    }

    @Test
    void frobeniusNormKeepsUnitFrobeniusNorm() {
        int n = 5;
        double[][] d = problemData(n, 4);
        OptimusConfig c = new OptimusConfig(16, 4, 32, 3, 16, 1e-2, 1e-3, 0.5, PreconditionerNorm.FROBENIUS, 2000);
        Optimus optimus = new Optimus(c);
        LearnedRun run = optimus.start(LearnedTestProblems.quartic(d[0], d[1]), d[2]);
        run.step(optimus.initialTheta(1));
        double s = 0;
        for (double bij : Optimus.preconditionerOf(run)) {
            s += bij * bij;
        }
        assertEquals(1.0, Math.sqrt(s), 1e-12);
    }

    @Test
    void refusesDimensionsAboveTheDenseLimitWithAClearMessage() {
        Optimus optimus = new Optimus(OptimusConfig.defaults().withMaxDenseDimension(10));
        double[][] d = problemData(11, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> optimus.start(LearnedTestProblems.quartic(d[0], d[1]), d[2]));
        assertTrue(e.getMessage().contains("n = 10") && e.getMessage().contains("n = 11"), e.getMessage());
    }

    @Test
    void untrainedOptimusIsANearNoOpAndRunsAsAPlainOptimizer() {
        int n = 10;
        double[][] d = problemData(n, 8);
        Optimus optimus = new Optimus(OptimusConfig.defaults());
        Optimizer opt = optimus.withWeights(optimus.initialTheta(1));
        Problem p = LearnedTestProblems.quartic(d[0], d[1]);
        OptimizeResult r = Minimizer.minimize(opt, p, d[2], Budget.iterations(5), ConvergenceChecker.never());
        assertEquals(5, r.iterations());
        assertEquals(6, r.evaluations());
        // λ_step = 1e-2 with O(1) network outputs: five steps move each coordinate by well under 0.5
        assertTrue(maxAbsDiff(r.x(), d[2]) < 0.5, "untrained steps should be small");
        assertTrue(maxAbsDiff(r.x(), d[2]) > 0, "but not zero");
    }

    @Test
    void stepDoesNotAllocate() {
        int n = 20;
        double[][] d = problemData(n, 3);
        Optimus optimus = new Optimus(OptimusConfig.defaults());
        double[] theta = optimus.initialTheta(1);
        LearnedRun run = optimus.start(LearnedTestProblems.quartic(d[0], d[1]), d[2]);
        for (int k = 0; k < 200; k++) {
            run.step(theta);
        }
        com.sun.management.ThreadMXBean mx =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = mx.getThreadAllocatedBytes(id);
        for (int k = 0; k < 200; k++) {
            run.step(theta);
        }
        long perStep = (mx.getThreadAllocatedBytes(id) - before) / 200;
        assertTrue(perStep < 64, "allocated " + perStep + " bytes per step");
    }

    private static double maxAbsDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }
}
