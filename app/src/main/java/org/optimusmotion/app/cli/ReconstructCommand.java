package org.optimusmotion.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.io.AtomicFiles;
import org.optimusmotion.physics.io.keypoints.Keypoints3DCsv;
import org.optimusmotion.physics.metrics.MetricsReport;
import org.optimusmotion.physics.reconstruct.CaseFiles;
import org.optimusmotion.physics.reconstruct.ReconstructionResult;
import org.optimusmotion.physics.reconstruct.WindowPolicy;
import org.optimusmotion.physics.reconstruct.WindowTrace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code optimus reconstruct --case DIR --optimizer NAME --out DIR2}: physics-based reconstruction;
 * writes {@code motion.bvh}, {@code keypoints3d.csv} (simulated), {@code metrics.json} (with ground
 * truth), {@code loss.png} and {@code summary.json}. Ctrl-C stops after the current iteration and
 * writes the finished windows.
 */
@Command(name = "reconstruct", mixinStandardHelpOptions = true,
        description = {"Reconstructs physically plausible motion from 2D keypoints, a 3D kinematic estimate and a camera.",
            "Writes motion.bvh, keypoints3d.csv, metrics.json (when there is ground truth), loss.png, summary.json.",
            "Ctrl-C cancels and keeps the finished windows."})
public final class ReconstructCommand implements Callable<Integer> {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ReconstructionInputOptions inputs = new ReconstructionInputOptions();

    @Option(names = "--optimizer", defaultValue = "bfgs", paramLabel = "NAME",
            description = "bfgs, lbfgs, adam, gd, gdm (with :key=value settings) or optimus (default ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        ReconstructionOptimizers.Named named = ReconstructionOptimizers.resolve(optimizer);
        if (named.weightsDescription() != null) {
            System.err.println(named.weightsDescription());
        }
        Optimizer opt = named.optimizer();
        CaseFiles.CaseData data = inputs.read();
        OutputFolder.prepare(out);
        try (ReconstructionRunner runner = new ReconstructionRunner()) {
            ReconstructionResult r = runner.run(data.input(), inputs.config(), opt, optimizer);
            MetricsReport metrics = write(out, r, data, optimizer);
            java.io.PrintWriter stdout = spec.commandLine().getOut();
            stdout.printf(java.util.Locale.ROOT, "%s: %d of %d frames, %d windows, %d evaluations, loss %.6g, %.1f s%s%n",
                    out, r.committedFrames(), r.totalFrames(), r.windows().size(), r.totalEvaluations(), r.finalLoss(),
                    r.seconds(), r.cancelled() ? " (cancelled; finished windows written)" : "");
            if (metrics != null) {
                stdout.println(metrics.toJson());
            }
            stdout.flush();
            return r.cancelled() ? 130 : 0;
        }
    }

    /** Writes the outputs of one run into {@code dir}; returns the metrics (or null). */
    static MetricsReport write(Path dir, ReconstructionResult r, CaseFiles.CaseData data, String label) throws Exception {
        double fps = data.input().fps();
        String diverged = divergedWindowsWarning(r.windows(), label);
        if (diverged != null) {
            System.err.println(diverged);
        }
        AtomicFiles.writeString(dir.resolve("summary.json"), JSON.writeValueAsString(summary(r, label)) + "\n");
        ReconstructionOutputs.writeBvh(dir.resolve("motion.bvh"), r, fps);
        if (r.committedFrames() > 0) {
            new Keypoints3DCsv().write(dir.resolve("keypoints3d.csv"), r.simulated());
        } else {
            Files.deleteIfExists(dir.resolve("keypoints3d.csv"));
        }
        MetricsReport metrics = ReconstructionOutputs.metrics(r, data);
        if (metrics != null) {
            AtomicFiles.writeString(dir.resolve("metrics.json"), metrics.toJson() + "\n");
        } else {
            // An earlier run's metrics beside this run's motion would be read as this run's.
            Files.deleteIfExists(dir.resolve("metrics.json"));
        }
        Path plot = dir.resolve("loss.png");
        writePlotUnlessShuttingDown(plot, () -> ReconstructionOutputs.writeLossPlot(plot,
                "reconstruction loss: " + label, List.of(label), List.of(r)));
        return metrics;
    }

    /**
     * The warning for windows whose loss was never finite (the simulation blew up from the start), whose
     * frames the reconstruction fills with the kinematic estimate; {@code null} when there are none.
     */
    static String divergedWindowsWarning(List<WindowTrace> windows, String label) {
        List<Integer> starts = WindowTrace.notSimulated(windows);
        return starts.isEmpty() ? null : "warning: " + label + ": " + starts.size() + " of " + windows.size()
                + " windows (starting at frames " + starts.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                + ") could not be simulated (the loss was never finite); their frames keep the kinematic estimate";
    }

    /** A plot-writing step that may need AWT. */
    interface PlotStep {
        void run() throws java.io.IOException;
    }

    /**
     * Runs a plot step; after Ctrl-C the JVM is shutting down and AWT (used by JFreeChart) refuses to
     * start, so the plot is skipped with a note while every other output has been written. An earlier
     * run's {@code plot} is removed then, so that it is not taken for this run's.
     */
    static void writePlotUnlessShuttingDown(Path plot, PlotStep step) throws java.io.IOException {
        try {
            step.run();
        } catch (IllegalStateException shuttingDown) {
            Files.deleteIfExists(plot);
            System.err.println("note: loss plot not written (" + shuttingDown.getMessage() + "); " + plot
                    + " removed if an earlier run had left one");
        }
    }

    static Map<String, Object> summary(ReconstructionResult r, String label) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("optimizer", label);
        m.put("frames", r.totalFrames());
        m.put("committed_frames", r.committedFrames());
        m.put("windows", r.windows().size());
        m.put("evaluations", r.totalEvaluations());
        m.put("final_loss", r.finalLoss());
        m.put("seconds", r.seconds());
        m.put("cancelled", r.cancelled());
        m.put("body_height_m", r.shape().heightM());
        m.putAll(windowSummary(r));
        m.put("per_window", perWindow(r));
        return m;
    }

    /** Each finished window: where it starts, its loss before and after, what it spent and why it stopped. */
    static List<Map<String, Object>> perWindow(ReconstructionResult r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (WindowTrace w : r.windows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("window", w.window());
            m.put("start_frame", w.startFrame());
            m.put("frames", w.frames());
            m.put("initial_loss", w.losses().length == 0 ? null : finiteOrNull(w.losses()[0]));
            m.put("final_loss", finiteOrNull(w.finalLoss()));
            m.put("evaluations", w.evaluationsUsed());
            m.put("stop_reason", w.stopReason().name());
            m.put("seconds", w.seconds());
            out.add(m);
        }
        return out;
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** The windows a run used: policy, the root speed that chose them (adaptive), length, overlap, budget. */
    static Map<String, Object> windowSummary(ReconstructionResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        var choice = r.windowChoice();
        var c = choice.config();
        boolean adaptive = choice.policy() == WindowPolicy.ADAPTIVE;
        m.put("window_policy", choice.policy().name().toLowerCase(java.util.Locale.ROOT));
        m.put("root_speed_mps", adaptive ? choice.rootSpeedMps() : null);
        m.put("window_frames", c.windowFrames());
        m.put("overlap_frames", c.overlapFrames());
        m.put("iterations_per_window", c.maxIterationsPerWindow());
        m.put("evaluations_per_window", c.maxEvaluationsPerWindow());
        return m;
    }
}
