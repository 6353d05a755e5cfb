package org.optimusmotion.optimizer.classic;

import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.OptimizerRun;
import org.optimusmotion.optimizer.Problem;

/**
 * Gradient descent with heavy-ball momentum (Polyak 1964):
 * <pre>
 *   v ← μ v − lr ∇f(x)
 *   x ← x + v
 * </pre>
 * starting from {@code v = 0}. One problem evaluation per step. When a step is shortened because the
 * problem returned NaN/Inf ({@link FirstOrderRun}), the velocity is scaled by the same factor so that
 * it equals the displacement actually taken; when no finite point is found the velocity is reset to 0.
 *
 * @param learningRate step size lr, finite and > 0
 * @param momentum     μ, in [0, 1)
 */
public record GradientDescentMomentum(double learningRate, double momentum) implements Optimizer {

    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    public static final double DEFAULT_MOMENTUM = 0.9;

    public GradientDescentMomentum {
        Hyperparameters.requirePositive("learningRate", learningRate);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), was " + momentum);
        }
    }

    /** {@code GDM_lr<learningRate>_m<momentum>}, e.g. {@code GDM_lr0.001_m0.9}. */
    @Override
    public String name() {
        return "GDM_lr" + Hyperparameters.format(learningRate) + "_m" + Hyperparameters.format(momentum);
    }

    @Override
    public OptimizerRun start(Problem problem, double[] x0) {
        return new Run(problem, x0, learningRate, momentum);
    }

    private static final class Run extends FirstOrderRun {
        private final double learningRate;
        private final double momentum;
        /** Velocity v, length n. */
        private final double[] velocity;

        Run(Problem problem, double[] x0, double learningRate, double momentum) {
            super(problem, x0);
            this.learningRate = learningRate;
            this.momentum = momentum;
            this.velocity = new double[x0.length];
        }

        @Override
        protected void computeUpdate(double[] gradient, double[] update) {
            for (int i = 0, n = update.length; i < n; i++) {
                double v = momentum * velocity[i] - learningRate * gradient[i];
                velocity[i] = v;
                update[i] = v;
            }
        }

        @Override
        protected void accepted(double scale) {
            if (scale != 1.0) {
                for (int i = 0, n = velocity.length; i < n; i++) {
                    velocity[i] *= scale;
                }
            }
        }

        @Override
        protected void rejected() {
            java.util.Arrays.fill(velocity, 0.0);
        }
    }
}
