package org.optimusmotion.optimizer.meta;

import java.util.SplittableRandom;

import org.optimusmotion.optimizer.CountingProblem;
import org.optimusmotion.optimizer.Problem;

/**
 * Small self-contained training tasks (shifted diagonal quadratics with condition number up to 100, and
 * shifted Rosenbrock), for tests and smoke runs of meta-training ({@code --suite toy}). The real training
 * suite is {@code optimizer.functions.FunctionSuite}.
 */
public final class ToyTasks {

    private ToyTasks() {
    }

    /** Samples quadratics and Rosenbrock functions of dimension in [minDim, maxDim]. */
    public static TaskSampler sampler(int minDim, int maxDim) {
        if (minDim < 2 || maxDim < minDim) {
            throw new IllegalArgumentException("need 2 <= minDim <= maxDim, were " + minDim + " and " + maxDim);
        }
        return rng -> {
            int n = minDim + rng.nextInt(maxDim - minDim + 1);
            return rng.nextBoolean() ? quadratic(n, rng) : rosenbrock(n, rng);
        };
    }

    /** f(x) = ½ Σ h_i (x_i − c_i)², h_i log-uniform in [1, 100], c and x0 uniform in [−2, 2]. */
    public static TrainingTask quadratic(int n, SplittableRandom rng) {
        double[] h = new double[n];
        double[] c = new double[n];
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = Math.exp(Math.log(100) * rng.nextDouble());
            c[i] = -2 + 4 * rng.nextDouble();
            x0[i] = -2 + 4 * rng.nextDouble();
        }
        return new Task("quadratic-d" + n, x0, 0.0, () -> new CountingProblem() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            protected double compute(double[] x, double[] gradient) {
                double f = 0;
                for (int i = 0; i < n; i++) {
                    double d = x[i] - c[i];
                    f += 0.5 * h[i] * d * d;
                    if (gradient != null) {
                        gradient[i] = h[i] * d;
                    }
                }
                return f;
            }
        });
    }

    /** Rosenbrock f(x − c) with c uniform in [−0.5, 0.5], x0 uniform in [−2, 2]; f* = 0. */
    public static TrainingTask rosenbrock(int n, SplittableRandom rng) {
        double[] c = new double[n];
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = -0.5 + rng.nextDouble();
            x0[i] = -2 + 4 * rng.nextDouble();
        }
        return new Task("rosenbrock-d" + n, x0, 0.0, () -> new CountingProblem() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            protected double compute(double[] x, double[] gradient) {
                double f = 0;
                if (gradient != null) {
                    java.util.Arrays.fill(gradient, 0);
                }
                for (int i = 0; i < n - 1; i++) {
                    double xi = x[i] - c[i];
                    double xn = x[i + 1] - c[i + 1];
                    double a = xn - xi * xi;
                    double b = xi - 1;
                    f += 100 * a * a + b * b;
                    if (gradient != null) {
                        gradient[i] += -400 * a * xi + 2 * b;
                        gradient[i + 1] += 200 * a;
                    }
                }
                return f;
            }
        });
    }

    private record Task(String id, double[] x0, double fStar, java.util.function.Supplier<Problem> factory)
            implements TrainingTask {
        @Override
        public Problem newProblem() {
            return factory.get();
        }

        @Override
        public double[] x0() {
            return x0.clone();
        }
    }
}
