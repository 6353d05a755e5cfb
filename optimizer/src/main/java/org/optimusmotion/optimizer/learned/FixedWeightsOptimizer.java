package org.optimusmotion.optimizer.learned;

import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.OptimizerRun;
import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.StepStatus;

/**
 * A learned optimizer with frozen meta-parameters, seen as an ordinary {@link Optimizer}. Immutable and
 * thread-safe (θ is copied in and never exposed).
 */
final class FixedWeightsOptimizer implements Optimizer {

    private final LearnedOptimizer family;
    private final double[] theta;
    private final StepRule rule;

    FixedWeightsOptimizer(LearnedOptimizer family, double[] theta, StepRule rule) {
        if (theta.length != family.thetaLength()) {
            throw new IllegalArgumentException("theta has " + theta.length + " values, "
                    + family.kind().id() + " needs " + family.thetaLength());
        }
        this.family = family;
        this.theta = theta.clone();
        this.rule = rule;
    }

    @Override
    public String name() {
        String base = family.kind() == LearnedOptimizerKind.OPTIMUS ? "Optimus" : "AdafactorMLP";
        return rule.equals(StepRule.PLAIN) ? base : base + " (" + rule.describe() + ")";
    }

    @Override
    public OptimizerRun start(Problem problem, double[] x0) {
        LearnedRun run = family.start(problem, x0);
        return new OptimizerRun() {
            @Override
            public StepStatus step() {
                return rule.step(run, theta);
            }

            @Override
            public double[] xRef() {
                return run.xRef();
            }

            @Override
            public double value() {
                return run.value();
            }

            @Override
            public int iterations() {
                return run.iterations();
            }
        };
    }
}
