package org.optimusmotion.optimizer.meta;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;

import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.StepStatus;
import org.optimusmotion.optimizer.learned.LearnedOptimizer;
import org.optimusmotion.optimizer.learned.LearnedOptimizerKind;
import org.optimusmotion.optimizer.learned.LearnedRun;

/**
 * A two-parameter "learned" optimizer for PES tests: gradient descent with learning rate exp(θ₀) on even
 * and exp(θ₁) on odd coordinates. Its meta-loss is a smooth, cheap function of θ.
 */
final class TwoRateGradientDescent implements LearnedOptimizer {

    static final double[] THETA0 = {Math.log(0.05), Math.log(0.02)};

    @Override
    public LearnedOptimizerKind kind() {
        return LearnedOptimizerKind.ADAFACTOR_MLP;
    }

    /** Not the exp(10·θ) convention of the real families; no test calibrates this optimizer. */
    @Override
    public int logStepScaleIndex() {
        return 0;
    }

    @Override
    public int thetaLength() {
        return 2;
    }

    @Override
    public double[] initialTheta(long seed) {
        return THETA0.clone();
    }

    @Override
    public Map<String, String> configHeader() {
        return Map.of("test", "two-rate-gd");
    }

    @Override
    public LearnedRun start(Problem problem, double[] x0) {
        int n = x0.length;
        double[] x = x0.clone();
        double[] g = new double[n];
        double[] value = {problem.evaluate(x, g)};
        int[] iterations = {0};
        return new LearnedRun() {
            @Override
            public StepStatus step(double[] theta) {
                double lr0 = Math.exp(theta[0]);
                double lr1 = Math.exp(theta[1]);
                for (int i = 0; i < n; i++) {
                    x[i] -= (i % 2 == 0 ? lr0 : lr1) * g[i];
                }
                value[0] = problem.evaluate(x, g);
                iterations[0]++;
                return StepStatus.PROGRESS;
            }

            @Override
            public void restart() {
                // plain gradient descent keeps no state beyond the iterate
            }

            @Override
            public double[] xRef() {
                return x;
            }

            @Override
            public double value() {
                return value[0];
            }

            @Override
            public int iterations() {
                return iterations[0];
            }

            @Override
            public void writeState(DataOutput out) throws IOException {
                out.writeDouble(value[0]);
                out.writeInt(iterations[0]);
                for (int i = 0; i < n; i++) {
                    out.writeDouble(x[i]);
                    out.writeDouble(g[i]);
                }
            }

            @Override
            public void readState(DataInput in) throws IOException {
                value[0] = in.readDouble();
                iterations[0] = in.readInt();
                for (int i = 0; i < n; i++) {
                    x[i] = in.readDouble();
                    g[i] = in.readDouble();
                }
            }
        };
    }
}
