package org.optimusmotion.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.io.AtomicFiles;
import org.optimusmotion.physics.metrics.MetricsReport;
import org.optimusmotion.physics.reconstruct.CaseFiles;
import org.optimusmotion.physics.reconstruct.ReconstructionResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code optimus compare --case DIR --optimizers bfgs,lbfgs --out DIR2}: the same reconstruction with
 * several optimizers; writes {@code comparison.json} (per optimizer: the six metrics, evaluations,
 * final_loss, seconds and, after the first, evaluations_to_reach_reference_loss), {@code loss.png}
 * with every curve, and each run's outputs in a sub-folder named after the optimizer.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Runs the reconstruction of one case with several optimizers and compares them.",
            "evaluations_to_reach_reference_loss: evaluations an optimizer needed to reach, in every window,",
            "the first optimizer's final loss of that window (summed over windows; null if never)."})
public final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ReconstructionInputOptions inputs = new ReconstructionInputOptions();

    @Option(names = "--optimizers", required = true, split = ",", paramLabel = "NAME[,NAME...]",
            description = "Optimizers in order; the first is the reference (e.g. bfgs,lbfgs,adam).")
    List<String> optimizers;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<Optimizer> opts = ReconstructionOptimizers.resolveAll(optimizers, spec.commandLine().getErr());
        CaseFiles.CaseData data = inputs.read();
        OutputFolder.prepare(out);
        Map<String, Object> comparison = new LinkedHashMap<>();
        List<ReconstructionResult> runs = new ArrayList<>();
        boolean cancelled = false;
        try (ReconstructionRunner runner = new ReconstructionRunner()) {
            for (int i = 0; i < opts.size() && !runner.cancelled(); i++) {
                String label = optimizers.get(i);
                ReconstructionResult r = runner.run(data.input(), inputs.config(), opts.get(i), label);
                runs.add(r);
                Path dir = out.resolve(safeName(label));
                Files.createDirectories(dir);
                MetricsReport metrics = ReconstructCommand.write(dir, r, data, label);
                comparison.put(label, entry(r, metrics, i == 0 ? null : runs.get(0)));
                cancelled |= r.cancelled();
                AtomicFiles.writeString(out.resolve("comparison.json"),
                        ReconstructCommand.JSON.writeValueAsString(comparison) + "\n");
                List<String> labels = optimizers.subList(0, runs.size());
                ReconstructCommand.writePlotUnlessShuttingDown(out.resolve("loss.png"), () -> ReconstructionOutputs.writeLossPlot(
                        out.resolve("loss.png"), "reconstruction loss vs evaluations", labels, runs));
            }
            String json = ReconstructCommand.JSON.writeValueAsString(comparison);
            spec.commandLine().getOut().println(json);
            spec.commandLine().getOut().flush();
        }
        return cancelled ? 130 : 0;
    }

    private static Map<String, Object> entry(ReconstructionResult r, MetricsReport m, ReconstructionResult reference) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("mpjpe_g_mm", m == null ? null : m.mpjpeGlobalMm());
        e.put("mpjpe_mm", m == null ? null : m.mpjpeMm());
        e.put("mpjpe_pa_mm", m == null ? null : m.mpjpePaMm());
        e.put("mpjpe_2d_px", m == null ? null : m.mpjpe2dPx());
        e.put("tv", m == null ? null : m.tvMetresPerFrame());
        e.put("foot_skate", m == null ? null : m.footSkatePercent());
        e.put("evaluations", r.totalEvaluations());
        e.put("final_loss", r.finalLoss());
        e.put("seconds", r.seconds());
        e.putAll(ReconstructCommand.windowSummary(r));
        if (reference != null) {
            long reach = r.evaluationsToReach(reference);
            e.put("evaluations_to_reach_reference_loss", reach < 0 ? null : reach);
        }
        if (r.cancelled()) {
            e.put("cancelled", true);
        }
        return e;
    }

    /** A folder name for an optimizer spec ({@code lbfgs:m=20} becomes {@code lbfgs_m=20}). */
    static String safeName(String label) {
        return label.replaceAll("[^A-Za-z0-9=._-]", "_");
    }
}
