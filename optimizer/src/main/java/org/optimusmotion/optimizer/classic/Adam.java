package org.optimusmotion.optimizer.classic;

import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.OptimizerRun;
import org.optimusmotion.optimizer.Problem;

/**
 * Adam (Kingma &amp; Ba 2015, Algorithm 1) with bias correction:
 * <pre>
 *   m ← β1 m + (1−β1) g,   v ← β2 v + (1−β2) g²,   t ← t + 1
 *   x ← x − lr · (m / (1−β1^t)) / (sqrt(v / (1−β2^t)) + ε)
 * </pre>
 * One problem evaluation per step. The moments are advanced once per step from the gradient at the
 * (finite) current iterate; a step shortened because of NaN/Inf ({@link FirstOrderRun}) keeps them.
 *
 * @param learningRate lr, finite and > 0
 * @param beta1        first-moment decay, in [0, 1)
 * @param beta2        second-moment decay, in [0, 1)
 * @param epsilon      denominator floor ε, finite and > 0
 */
public record Adam(double learningRate, double beta1, double beta2, double epsilon) implements Optimizer {

    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;

    public Adam {
        Hyperparameters.requirePositive("learningRate", learningRate);
        Hyperparameters.requireUnitInterval("beta1", beta1);
        Hyperparameters.requireUnitInterval("beta2", beta2);
        Hyperparameters.requirePositive("epsilon", epsilon);
    }

    /** Adam with the paper's β1 = 0.9, β2 = 0.999, ε = 1e-8. */
    public static Adam withLearningRate(double learningRate) {
        return new Adam(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    /**
     * {@code Adam_lr<lr>}, with {@code _b1-..}, {@code _b2-..}, {@code _eps..} appended only for values
     * that differ from the defaults; e.g. {@code Adam_lr0.01}, {@code Adam_lr0.01_b1-0.8}.
     */
    @Override
    public String name() {
        StringBuilder sb = new StringBuilder("Adam_lr").append(Hyperparameters.format(learningRate));
        if (beta1 != DEFAULT_BETA1) {
            sb.append("_b1-").append(Hyperparameters.format(beta1));
        }
        if (beta2 != DEFAULT_BETA2) {
            sb.append("_b2-").append(Hyperparameters.format(beta2));
        }
        if (epsilon != DEFAULT_EPSILON) {
            sb.append("_eps").append(Hyperparameters.format(epsilon));
        }
        return sb.toString();
    }

    @Override
    public OptimizerRun start(Problem problem, double[] x0) {
        return new Run(problem, x0, this);
    }

    private static final class Run extends FirstOrderRun {
        private final Adam h;
        /** First and second moment estimates m, v, length n each. */
        private final double[] m;
        private final double[] v;
        /** β1^t and β2^t for the bias correction. */
        private double beta1Power = 1;
        private double beta2Power = 1;

        Run(Problem problem, double[] x0, Adam hyperparameters) {
            super(problem, x0);
            this.h = hyperparameters;
            this.m = new double[x0.length];
            this.v = new double[x0.length];
        }

        @Override
        protected void computeUpdate(double[] gradient, double[] update) {
            double b1 = h.beta1;
            double b2 = h.beta2;
            beta1Power *= b1;
            beta2Power *= b2;
            double mScale = 1.0 / (1.0 - beta1Power);
            double vScale = 1.0 / (1.0 - beta2Power);
            double lr = h.learningRate;
            double eps = h.epsilon;
            for (int i = 0, n = update.length; i < n; i++) {
                double g = gradient[i];
                double mi = b1 * m[i] + (1 - b1) * g;
                double vi = b2 * v[i] + (1 - b2) * g * g;
                m[i] = mi;
                v[i] = vi;
                update[i] = -lr * (mi * mScale) / (Math.sqrt(vi * vScale) + eps);
            }
        }
    }
}
