package org.optimusmotion.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.optimusmotion.optimizer.benchmark.BenchmarkProblem;
import org.optimusmotion.optimizer.classic.OptimizerKind;
import org.optimusmotion.optimizer.classic.tuning.LearningRateTuner;
import org.optimusmotion.optimizer.classic.tuning.TunedRates;
import org.optimusmotion.optimizer.functions.FunctionSuite;
import org.optimusmotion.optimizer.functions.SuiteProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code optimus tune functions}: grid-searches the learning rates of GD, GD-M and Adam per test
 * function on training-dimension problems, as the Optimus paper tuned its baselines, and stores them
 * for the benchmark. The shipped file is {@code assets/tuning/first-order-rates.json}.
 */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = "Tune baseline learning rates on training problems.",
        subcommands = {TuneCommand.Functions.class})
public final class TuneCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "functions", mixinStandardHelpOptions = true,
            description = "Tune gd, gdm and adam learning rates per suite function (training dims 2-100).")
    static final class Functions implements Callable<Integer> {

        @Option(names = "--seed", defaultValue = "11", description = "Seed of the tuning problems. Default: ${DEFAULT-VALUE}.")
        long seed;

        @Option(names = "--per-function", defaultValue = "6",
                description = "Training problems per function (dims log-spaced over 2..100). Default: ${DEFAULT-VALUE}.")
        int perFunction;

        @Option(names = "--out", required = true, description = "Output JSON file (written atomically).")
        Path out;

        @Override
        public Integer call() throws Exception {
            if (perFunction < 1) {
                throw new UserError("--per-function must be >= 1, was " + perFunction);
            }
            List<SuiteProblem> suite = FunctionSuite.tuning(seed, perFunction);
            List<BenchmarkProblem> problems = suite.stream().map(SuiteProblem::toBenchmarkProblem).toList();
            // Wider than the paper-style 1e-5..1 grid: on Dixon-Price and Perm the best rates sit below 1e-5,
            // on Griewank above 1, and a winner on the grid's edge would mean the grid decided, not the data.
            LearningRateTuner tuner = new LearningRateTuner(LearningRateTuner.halfDecadeGrid(-10, 2),
                    LearningRateTuner.DEFAULT_STEPS);
            String description = "FunctionSuite.tuning(seed=" + seed + ", perFunction=" + perFunction + "); command: "
                    + "./optimus tune functions --seed " + seed + " --per-function " + perFunction + " --out " + out;
            System.err.println("tuning gd, gdm, adam on " + problems.size() + " problems x " + tuner.grid().length
                    + " rates ...");
            TunedRates rates = tuner.tuneAll(problems, List.of(OptimizerKind.GD, OptimizerKind.GDM, OptimizerKind.ADAM),
                    description);
            rates.write(out);
            System.out.println("wrote " + out);
            return 0;
        }
    }
}
