package org.optimusmotion.optimizer;

/** Small problems and optimizers for tests of the core contracts. */
public final class TestProblems {

    private TestProblems() {
    }

    /** f(x) = sum_i scale_i * x_i^2 / 2, minimum 0 at the origin. */
    public static final class Quadratic extends CountingProblem {
        private final double[] scale;

        public Quadratic(double... scale) {
            this.scale = scale.clone();
        }

        @Override
        public int dimension() {
            return scale.length;
        }

        @Override
        protected double compute(double[] x, double[] gradient) {
            double f = 0;
            for (int i = 0; i < scale.length; i++) {
                f += 0.5 * scale[i] * x[i] * x[i];
                if (gradient != null) {
                    gradient[i] = scale[i] * x[i];
                }
            }
            return f;
        }
    }

    /** Plain gradient descent with a fixed rate: enough to drive the core contracts in tests. */
    public record FixedStepDescent(double rate) implements Optimizer {

        @Override
        public String name() {
            return "TestGD_lr" + rate;
        }

        @Override
        public OptimizerRun start(Problem problem, double[] x0) {
            double[] x = x0.clone();
            double[] g = new double[x.length];
            double[] f = {problem.evaluate(x, g)};
            int[] k = {0};
            return new OptimizerRun() {
                @Override
                public StepStatus step() {
                    for (int i = 0; i < x.length; i++) {
                        x[i] -= rate * g[i];
                    }
                    f[0] = problem.evaluate(x, g);
                    k[0]++;
                    return Double.isFinite(f[0]) ? StepStatus.PROGRESS : StepStatus.NUMERICAL_FAILURE;
                }

                @Override
                public double[] xRef() {
                    return x;
                }

                @Override
                public double value() {
                    return f[0];
                }

                @Override
                public int iterations() {
                    return k[0];
                }
            };
        }
    }
}
