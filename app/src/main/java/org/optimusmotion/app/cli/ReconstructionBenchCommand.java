package org.optimusmotion.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.physics.reconstruct.ReconstructionConfig;
import org.optimusmotion.physics.reconstruct.suite.ReconstructionSuite;
import org.optimusmotion.physics.reconstruct.suite.SuiteSplit;
import org.optimusmotion.physics.reconstruct.suite.WindowBenchmark;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code optimus bench reconstruction}: optimizers side by side on the same reconstruction windows of a
 * suite split (by default the test clips, which meta-training never sees), with the evaluations each needs
 * to reach the first optimizer's final loss. Writes {@code results.csv}, {@code summary.json},
 * {@code report.md} and {@code loss-ratio.png} ({@link ReconstructionBenchReport}); Ctrl-C keeps the windows
 * finished so far.
 */
@Command(name = "reconstruction", mixinStandardHelpOptions = true,
        description = "Optimizers on identical reconstruction windows: evaluations to reach the first one's final loss.")
public final class ReconstructionBenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--optimizers", defaultValue = "bfgs,optimus,optimus-functions", split = ",",
            description = "optimizers; the first is the reference (default ${DEFAULT-VALUE})")
    List<String> optimizers;

    @Option(names = "--split", defaultValue = "test", description = "training, validation or test (default ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--mocap", defaultValue = "../shared/data/mocap", description = "folder of the CMU clips (default ${DEFAULT-VALUE})")
    Path mocap;

    @Option(names = "--cases-per-clip", defaultValue = "2", description = "random cases per clip (default ${DEFAULT-VALUE})")
    int casesPerClip;

    @Option(names = "--case-seconds", defaultValue = "1.0", description = "case length, s (default ${DEFAULT-VALUE})")
    double caseSeconds;

    @Option(names = "--window-policy", defaultValue = "adaptive",
            description = "adaptive: each case cut into the windows reconstruct gives it (fast motion: shorter windows,"
                    + " proportionally more evaluations); fixed: every window 12 frames (default ${DEFAULT-VALUE})")
    String windowPolicy;

    @Option(names = "--evaluations", defaultValue = "150",
            description = "objective evaluations per window and optimizer, as reconstruct (default ${DEFAULT-VALUE})")
    long evaluations;

    @Option(names = "--no-stagnation-stop",
            description = "run every optimizer to the full budget instead of stopping it when the loss stagnates")
    boolean noStagnationStop;

    @Option(names = "--seed", defaultValue = "2023", description = "draws the cases (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, description = "output folder")
    Path out;

    @Override
    public Integer call() throws IOException {
        SuiteSplit which;
        try {
            which = SuiteSplit.valueOf(split.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown --split '" + split + "', expected training, validation or test", e);
        }
        List<Optimizer> opts = ReconstructionOptimizers.resolveAll(optimizers, spec.commandLine().getErr());
        ReconstructionSuite.CaseDraw draw;
        try {
            draw = new ReconstructionSuite.CaseDraw(casesPerClip, caseSeconds,
                    ReconstructionConfig.DEFAULT.withWindowPolicy(WindowPolicies.parse(windowPolicy)));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        List<ReconstructionSuite.SuiteWindow> windows;
        try {
            windows = ReconstructionSuite.windows(mocap, which, draw, seed, line -> spec.commandLine().getErr().println(line));
        } catch (IOException e) {
            throw new UserError(e.getMessage(), e);
        }
        OutputFolder.prepare(out);
        ConvergenceChecker convergence = ConvergenceChecker.defaults();
        if (noStagnationStop) {
            // a patience longer than the budget never fires
            convergence = new ConvergenceChecker(Double.NEGATIVE_INFINITY, 0, 0, (int) evaluations + 1);
        }
        WindowBenchmark bench = new WindowBenchmark(optimizers, opts, evaluations, convergence);
        ReconstructionBenchReport report = new ReconstructionBenchReport(optimizers, which, evaluations,
                windowPolicy.toLowerCase(Locale.ROOT), seed, !noStagnationStop);
        List<WindowBenchmark.Run> runs = new ArrayList<>();
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread hook = new Thread(() -> cancelled.set(true));
        Runtime.getRuntime().addShutdownHook(hook);
        try (TerminalProgress progress = TerminalProgress.start("bench reconstruction", windows.size())) {
            for (ReconstructionSuite.SuiteWindow w : windows) {
                if (cancelled.get()) {
                    break;
                }
                progress.message(w.id());
                List<WindowBenchmark.Run> r = bench.run(w, cancelled::get);
                if (r.size() == opts.size() && r.get(r.size() - 1).stopReason() != org.optimusmotion.optimizer.StopReason.CANCELLED) {
                    runs.addAll(r);
                    report.write(out, runs, windows.size());
                }
                progress.step();
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the JVM is exiting; what was finished is on disk
            }
        }
        spec.commandLine().getOut().print(Files.readString(out.resolve("report.md")));
        spec.commandLine().getOut().flush();
        return cancelled.get() ? 130 : 0;
    }
}
