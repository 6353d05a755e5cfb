package org.optimusmotion.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.optimusmotion.optimizer.benchmark.BenchmarkProblem;
import org.optimusmotion.optimizer.benchmark.BenchmarkReportWriter;
import org.optimusmotion.optimizer.benchmark.BenchmarkResults;
import org.optimusmotion.optimizer.benchmark.BenchmarkRunner;
import org.optimusmotion.optimizer.benchmark.BenchmarkSpec;
import org.optimusmotion.optimizer.benchmark.Contender;
import org.optimusmotion.optimizer.classic.OptimizerKind;
import org.optimusmotion.optimizer.classic.tuning.TunedRates;
import org.optimusmotion.optimizer.functions.FunctionSuite;
import org.optimusmotion.optimizer.functions.SuiteProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code optimus bench functions}: every optimizer on every test problem of the classic-function
 * suite, side by side, with the report of {@link BenchmarkReportWriter}.
 */
@Command(name = "functions", mixinStandardHelpOptions = true,
        description = "Benchmark optimizers side by side on the shifted classic test functions.")
public final class FunctionsBenchCommand implements Callable<Integer> {

    /** Class-path location of the shipped tuned learning rates. */
    public static final String DEFAULT_RATES_RESOURCE = "/org/optimusmotion/assets/tuning/first-order-rates.json";

    @Option(names = "--optimizers", split = ",", defaultValue = "gd,gdm,adam,bfgs,lbfgs",
            description = "Comma-separated: gd, gdm, adam (tuned rates), bfgs, lbfgs, optimus, adafactor-mlp "
                    + "(learned ones may end in :descent=N and :restart=R), optimus:weights=FILE[:descent=N][:restart=R]. "
                    + "Default: ${DEFAULT-VALUE}.")
    List<String> optimizers;

    @Option(names = "--dims", split = ",", defaultValue = "250,500,1000",
            description = "Test dimensions. Default: ${DEFAULT-VALUE}.")
    int[] dims;

    @Option(names = "--seed", defaultValue = "2023", description = "Seed of the shifts and starts. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--steps", defaultValue = "200", description = "Step budget per run. Default: ${DEFAULT-VALUE}.")
    int steps;

    @Option(names = "--max-evaluations", defaultValue = "4000",
            description = "Evaluation cap per run (line searches). Default: ${DEFAULT-VALUE}.")
    long maxEvaluations;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--functions", split = ",",
            description = "Only these suite functions (default: all 15).")
    List<String> functions;

    @Option(names = "--rates", description = "Tuned learning rates JSON (default: the shipped file).")
    Path rates;

    @Option(names = "--out", required = true, description = "Output directory.")
    Path out;

    @Override
    public Integer call() throws Exception {
        BenchmarkSpec spec;
        try {
            spec = new BenchmarkSpec(steps, maxEvaluations, BenchmarkSpec.DEFAULT_TARGET_RELATIVE_TOLERANCE, threads);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        List<BenchmarkProblem> problems = new ArrayList<>();
        for (SuiteProblem p : FunctionSuite.test(seed, dims)) {
            if (functions == null || functions.contains(p.function().name())) {
                problems.add(p.toBenchmarkProblem());
            }
        }
        if (problems.isEmpty()) {
            throw new UserError("no problems selected: --functions " + functions + " matches none of "
                    + FunctionSuite.FUNCTIONS.stream().map(f -> f.name()).toList());
        }
        TunedRates tuned = loadRates();
        List<Contender> contenders = new ArrayList<>();
        for (String name : optimizers) {
            contenders.add(contender(name.trim(), tuned));
        }
        BenchmarkResults results;
        int total = problems.size() * contenders.size();
        try (TerminalProgress bar = TerminalProgress.start("Benchmark", total)) {
            results = new BenchmarkRunner(spec).run(problems, contenders,
                    (record, done, all) -> {
                        bar.stepTo(done);
                        bar.message(record.contender() + " on " + record.problem().id());
                    }, () -> Thread.currentThread().isInterrupted());
        }
        String command = "./optimus bench functions --optimizers " + String.join(",", optimizers)
                + " --dims " + joinInts(dims) + " --seed " + seed + " --steps " + steps
                + " --max-evaluations " + maxEvaluations
                + (functions == null ? "" : " --functions " + String.join(",", functions))
                + (rates == null ? "" : " --rates " + rates) + " --out " + out;
        new BenchmarkReportWriter().write(results, out, command);
        for (BenchmarkResults.ContenderSummary s : results.summaries()) {
            System.out.printf(java.util.Locale.ROOT, "%-14s 10x-fewer-steps %d/%d  reached %d/%d  median gap %.3g%n",
                    s.label(), s.tenTimesFewerSteps(), s.problems(), s.reachedTarget(), s.problems(), s.medianBestGap());
        }
        System.out.println("report: " + out.resolve("report.md"));
        return 0;
    }

    private Contender contender(String name, TunedRates tuned) {
        return switch (name) {
            case "gd", "gdm", "adam" -> {
                OptimizerKind kind = OptimizerKind.fromCliName(name);
                yield new Contender(name, true, p -> tuned.optimizerFor(kind, p.family()));
            }
            case "bfgs", "lbfgs" -> {
                OptimizerKind kind = OptimizerKind.fromCliName(name);
                yield new Contender(name, false, p -> kind.withDefaults());
            }
            default -> LearnedContenders.contender(name);
        };
    }

    private TunedRates loadRates() throws IOException {
        if (rates != null) {
            return TunedRates.read(rates);
        }
        try (InputStream in = FunctionsBenchCommand.class.getResourceAsStream(DEFAULT_RATES_RESOURCE)) {
            if (in == null) {
                throw new UserError("the shipped tuned learning rates are missing from the class path ("
                        + DEFAULT_RATES_RESOURCE + "); run ./optimus tune functions --out FILE and pass --rates FILE");
            }
            return TunedRates.read(in, "assets/tuning/first-order-rates.json");
        }
    }

    private static String joinInts(int[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(values[i]);
        }
        return sb.toString();
    }
}
