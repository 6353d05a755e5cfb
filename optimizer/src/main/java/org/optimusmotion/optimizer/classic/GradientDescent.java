package org.optimusmotion.optimizer.classic;

import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.OptimizerRun;
import org.optimusmotion.optimizer.Problem;

/**
 * Plain gradient descent {@code x ← x − lr·∇f(x)}. One problem evaluation per step; NaN/Inf handling
 * as in {@link FirstOrderRun} (halve the step and retry, then report).
 *
 * @param learningRate step size lr, finite and > 0
 */
public record GradientDescent(double learningRate) implements Optimizer {

    public static final double DEFAULT_LEARNING_RATE = 1e-3;

    public GradientDescent {
        Hyperparameters.requirePositive("learningRate", learningRate);
    }

    /** {@code GD_lr<learningRate>}, e.g. {@code GD_lr0.01}. */
    @Override
    public String name() {
        return "GD_lr" + Hyperparameters.format(learningRate);
    }

    @Override
    public OptimizerRun start(Problem problem, double[] x0) {
        return new Run(problem, x0, learningRate);
    }

    private static final class Run extends FirstOrderRun {
        private final double learningRate;

        Run(Problem problem, double[] x0, double learningRate) {
            super(problem, x0);
            this.learningRate = learningRate;
        }

        @Override
        protected void computeUpdate(double[] gradient, double[] update) {
            for (int i = 0, n = update.length; i < n; i++) {
                update[i] = -learningRate * gradient[i];
            }
        }
    }
}
