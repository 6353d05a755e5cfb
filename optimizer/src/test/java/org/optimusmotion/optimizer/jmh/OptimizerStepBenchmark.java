package org.optimusmotion.optimizer.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.optimusmotion.optimizer.OptimizerRun;
import org.optimusmotion.optimizer.classic.Adam;
import org.optimusmotion.optimizer.classic.Bfgs;
import org.optimusmotion.optimizer.classic.Lbfgs;
import org.optimusmotion.optimizer.functions.FunctionSuite;
import org.optimusmotion.optimizer.functions.ShiftedProblem;
import org.optimusmotion.optimizer.functions.SuiteProblem;
import org.optimusmotion.optimizer.functions.TestFunctions;

/**
 * Cost of one optimizer step (including its objective evaluations) on shifted Rosenbrock, and of one
 * evaluation alone, at the test dimensions. Run with {@code scripts/jmh.sh OptimizerStep}.
 * Each invocation restarts from x0 (set-up not timed) and takes {@link #STEPS} steps, so every
 * measurement sees the same early-phase state instead of a converged run whose steps do nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OptimizerStepBenchmark {

    static final int STEPS = 20;

    @Param({"250", "1000"})
    int n;

    private SuiteProblem suiteProblem;
    private ShiftedProblem problem;
    private double[] gradient;
    private OptimizerRun bfgs;
    private OptimizerRun lbfgs;
    private OptimizerRun adam;

    @Setup(Level.Trial)
    public void problem() {
        suiteProblem = FunctionSuite.test(1, new int[] {n}).stream()
                .filter(p -> p.function() == TestFunctions.ROSENBROCK).findFirst().orElseThrow();
        problem = suiteProblem.newProblem();
        gradient = new double[n];
    }

    @Setup(Level.Invocation)
    public void restart() {
        bfgs = Bfgs.defaults().start(suiteProblem.newProblem(), suiteProblem.x0());
        lbfgs = Lbfgs.withMemory(Lbfgs.DEFAULT_MEMORY).start(suiteProblem.newProblem(), suiteProblem.x0());
        adam = Adam.withLearningRate(0.01).start(suiteProblem.newProblem(), suiteProblem.x0());
    }

    @Benchmark
    public double evaluate() {
        return problem.evaluate(suiteProblem.x0(), gradient);
    }

    @Benchmark
    public void bfgsSteps(Blackhole bh) {
        for (int k = 0; k < STEPS; k++) {
            bh.consume(bfgs.step());
        }
    }

    @Benchmark
    public void lbfgsSteps(Blackhole bh) {
        for (int k = 0; k < STEPS; k++) {
            bh.consume(lbfgs.step());
        }
    }

    @Benchmark
    public void adamSteps(Blackhole bh) {
        for (int k = 0; k < STEPS; k++) {
            bh.consume(adam.step());
        }
    }
}
