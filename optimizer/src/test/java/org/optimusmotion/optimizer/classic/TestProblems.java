package org.optimusmotion.optimizer.classic;

import org.optimusmotion.optimizer.CountingProblem;
import org.optimusmotion.optimizer.Problem;

/** Small problems with known minima for the optimizer tests (independent of the functions package). */
final class TestProblems {

    private TestProblems() {
    }

    /**
     * {@code f(x) = ½ Σ λ_i (x_i − c_i)²} with {@code λ_i = 10^(log10(condition)·i/(n−1))}, so the
     * Hessian's condition number is {@code condition}; minimum 0 at c.
     */
    static final class Quadratic extends CountingProblem {
        private final double[] lambda;
        private final double[] center;

        Quadratic(int n, double condition, double centerValue) {
            lambda = new double[n];
            center = new double[n];
            for (int i = 0; i < n; i++) {
                lambda[i] = n == 1 ? 1 : Math.pow(condition, (double) i / (n - 1));
                center[i] = centerValue;
            }
        }

        @Override
        public int dimension() {
            return lambda.length;
        }

        @Override
        protected double compute(double[] x, double[] gradient) {
            double f = 0;
            for (int i = 0; i < lambda.length; i++) {
                double d = x[i] - center[i];
                f += 0.5 * lambda[i] * d * d;
                if (gradient != null) {
                    gradient[i] = lambda[i] * d;
                }
            }
            return f;
        }
    }

    /** Chained Rosenbrock {@code Σ 100(x_{i+1} − x_i²)² + (1 − x_i)²}, minimum 0 at (1, …, 1). */
    static final class Rosenbrock extends CountingProblem {
        private final int n;

        Rosenbrock(int n) {
            this.n = n;
        }

        @Override
        public int dimension() {
            return n;
        }

        @Override
        protected double compute(double[] x, double[] gradient) {
            if (gradient != null) {
                java.util.Arrays.fill(gradient, 0.0);
            }
            double f = 0;
            for (int i = 0; i < n - 1; i++) {
                double a = x[i + 1] - x[i] * x[i];
                double b = 1 - x[i];
                f += 100 * a * a + b * b;
                if (gradient != null) {
                    gradient[i] += -400 * x[i] * a - 2 * b;
                    gradient[i + 1] += 200 * a;
                }
            }
            return f;
        }

        /** The classic start (−1.2, 1, −1.2, 1, …). */
        static double[] start(int n) {
            double[] x0 = new double[n];
            for (int i = 0; i < n; i++) {
                x0[i] = i % 2 == 0 ? -1.2 : 1.0;
            }
            return x0;
        }
    }

    /**
     * Wraps a problem and returns NaN (and a NaN gradient) wherever some {@code x_i > bound}, counting
     * every call.
     */
    static final class NanOutside extends CountingProblem {
        private final Problem inner;
        private final double bound;

        NanOutside(Problem inner, double bound) {
            this.inner = inner;
            this.bound = bound;
        }

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        protected double compute(double[] x, double[] gradient) {
            for (double xi : x) {
                if (xi > bound) {
                    if (gradient != null) {
                        java.util.Arrays.fill(gradient, Double.NaN);
                    }
                    return Double.NaN;
                }
            }
            return inner.evaluate(x, gradient);
        }
    }

    /** Finite only at exactly {@code x0}; NaN everywhere else. */
    static final class FiniteOnlyAt extends CountingProblem {
        private final double[] x0;

        FiniteOnlyAt(double[] x0) {
            this.x0 = x0.clone();
        }

        @Override
        public int dimension() {
            return x0.length;
        }

        @Override
        protected double compute(double[] x, double[] gradient) {
            if (java.util.Arrays.equals(x, x0)) {
                if (gradient != null) {
                    java.util.Arrays.fill(gradient, 1.0);
                }
                return 1.0;
            }
            if (gradient != null) {
                java.util.Arrays.fill(gradient, Double.NaN);
            }
            return Double.POSITIVE_INFINITY;
        }
    }
}
