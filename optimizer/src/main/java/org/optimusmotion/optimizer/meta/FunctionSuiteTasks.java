package org.optimusmotion.optimizer.meta;

import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.functions.FunctionSuite;
import org.optimusmotion.optimizer.functions.SuiteProblem;

/**
 * The meta-training distribution of the Optimus paper's Setting 1: the 15 shifted test functions of
 * {@link FunctionSuite} at training dimensions 2–100 ({@link FunctionSuite#sampleTraining}).
 */
public final class FunctionSuiteTasks {

    private FunctionSuiteTasks() {
    }

    /** Training tasks; problems whose minimum f* is unknown are redrawn (the meta-loss needs f*). */
    public static TaskSampler training() {
        return rng -> {
            SuiteProblem p = FunctionSuite.sampleTraining(rng);
            while (!Double.isFinite(p.fStar())) {
                p = FunctionSuite.sampleTraining(rng);
            }
            return new SuiteTask(p);
        };
    }

    /** One suite problem as a task (its minimum must be known). */
    public static TrainingTask task(SuiteProblem problem) {
        if (!Double.isFinite(problem.fStar())) {
            throw new IllegalArgumentException(problem.id() + ": minimum unknown, cannot be a meta-training task");
        }
        return new SuiteTask(problem);
    }

    private record SuiteTask(SuiteProblem problem) implements TrainingTask {
        @Override
        public String id() {
            return problem.id();
        }

        @Override
        public Problem newProblem() {
            return problem.newProblem();
        }

        @Override
        public double[] x0() {
            return problem.x0();
        }

        @Override
        public double fStar() {
            return problem.fStar();
        }
    }
}
