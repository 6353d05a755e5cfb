package org.optimusmotion.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.optimusmotion.optimizer.io.AtomicFiles;
import org.optimusmotion.physics.reconstruct.ReconstructionConfig;
import org.optimusmotion.physics.reconstruct.suite.ReconstructionSuite;
import org.optimusmotion.physics.reconstruct.suite.SuiteSplit;
import org.optimusmotion.physics.reconstruct.suite.WindowBenchmark;
import org.optimusmotion.physics.reconstruct.suite.WindowBenchmarkPlot;

/**
 * What {@code bench reconstruction} writes: {@code results.csv} (one row per window and optimizer),
 * {@code summary.json} and {@code report.md} (medians over windows and over cases, the loss-ratio curve read
 * off at a few budget fractions) and {@code loss-ratio.png}. Rewritten after every finished window, so an
 * interrupted run leaves a consistent report of what it finished.
 */
final class ReconstructionBenchReport {

    /** Where the report reads the median loss-ratio curve off ({@link WindowBenchmark#medianLossRatioCurve}). */
    private static final double[] CURVE_FRACTIONS = {0.1, 0.25, 0.5, 1.0};

    /** The picture of the benchmark beside its report. */
    static final String PLOT = "loss-ratio.png";

    private final List<String> optimizers;
    private final SuiteSplit which;
    private final long evaluations;
    private final String windowPolicy;
    private final long seed;
    private final boolean stagnationStop;

    /**
     * @param optimizers the contenders as named on the command line, the reference first
     * @param evaluations budget of a 12-frame window
     */
    ReconstructionBenchReport(List<String> optimizers, SuiteSplit which, long evaluations, String windowPolicy, long seed,
            boolean stagnationStop) {
        this.optimizers = List.copyOf(optimizers);
        this.which = which;
        this.evaluations = evaluations;
        this.windowPolicy = windowPolicy;
        this.seed = seed;
        this.stagnationStop = stagnationStop;
    }

    /** Writes the report files of the windows finished so far into {@code out}, each atomically. */
    void write(Path out, List<WindowBenchmark.Run> runs, int plannedWindows) throws IOException {
        StringBuilder csv = new StringBuilder(
                "window,optimizer,initial_loss,final_loss,evaluations,evaluations_to_reference_loss,seconds,stop_reason\n");
        for (WindowBenchmark.Run r : runs) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%.9g,%.9g,%d,%s,%.3f,%s%n", r.window(), r.optimizer(),
                    r.initialLoss(), r.finalLoss(), r.evaluations(),
                    r.evaluationsToReference() < 0 ? "" : Long.toString(r.evaluationsToReference()), r.seconds(),
                    r.stopReason()));
        }
        AtomicFiles.writeString(out.resolve("results.csv"), csv.toString());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("split", which.name().toLowerCase(Locale.ROOT));
        summary.put("clips", ReconstructionSuite.clips(which));
        summary.put("windows", runs.size() / optimizers.size());
        summary.put("planned_windows", plannedWindows);
        summary.put("evaluations_per_window", evaluations);
        summary.put("window_policy", windowPolicy);
        summary.put("seed", seed);
        summary.put("stagnation_stop", stagnationStop);
        summary.put("reference", optimizers.get(0));
        Map<String, Object> per = new LinkedHashMap<>();
        for (int k = 0; k < optimizers.size(); k++) {
            per.put(optimizers.get(k), stats(runs, k));
        }
        summary.put("optimizers", per);
        AtomicFiles.writeString(out.resolve("summary.json"), ReconstructCommand.JSON.writeValueAsString(summary) + "\n");
        boolean plotted = false;
        try {
            WindowBenchmarkPlot.write(runs, optimizers, runs.size() / optimizers.size() + " " + which.name().toLowerCase(Locale.ROOT)
                    + " windows: how far the median window is after each part of its budget", out.resolve(PLOT));
            plotted = true;
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: AWT refuses to start during JVM shutdown; the tables are written all the same.
        }
        AtomicFiles.writeString(out.resolve("report.md"), report(summary, per)
                + (plotted ? "\n![median window's best loss over the reference's final loss](" + PLOT + ")\n" : ""));
    }

    /** Medians over windows for optimizer k; unreached windows count as infinitely many evaluations. */
    private Map<String, Object> stats(List<WindowBenchmark.Run> runs, int k) {
        int m = optimizers.size();
        int windows = runs.size() / m;
        double[] reach = new double[windows];
        double[] ratio = new double[windows];
        double[] lossRatio = new double[windows];
        double[] logDecrease = new double[windows];
        double seconds = 0;
        long evals = 0;
        int reached = 0;
        for (int w = 0; w < windows; w++) {
            WindowBenchmark.Run ref = runs.get(w * m);
            WindowBenchmark.Run r = runs.get(w * m + k);
            boolean ok = r.evaluationsToReference() >= 0;
            reached += ok ? 1 : 0;
            reach[w] = ok ? r.evaluationsToReference() : Double.POSITIVE_INFINITY;
            ratio[w] = ok ? (double) r.evaluationsToReference() / ref.evaluations() : Double.POSITIVE_INFINITY;
            lossRatio[w] = r.finalLoss() / ref.finalLoss();
            logDecrease[w] = Math.log(r.finalLoss() / r.initialLoss());
            seconds += r.seconds();
            evals += r.evaluations();
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("windows_reaching_reference_loss", reached);
        s.put("median_evaluations_to_reference_loss", finiteOrNull(WindowBenchmark.median(reach)));
        s.put("median_ratio_to_reference_evaluations", finiteOrNull(WindowBenchmark.median(ratio)));
        s.put("median_final_loss_ratio_to_reference", finiteOrNull(WindowBenchmark.median(lossRatio)));
        s.put("median_log_loss_decrease", finiteOrNull(WindowBenchmark.median(logDecrease)));
        // The "median over cases": each case's median window, then the median over cases.
        Map<String, Double> cases = WindowBenchmark.caseMedianEvaluationRatios(runs, optimizers.get(k));
        List<Double> caseRatios = new ArrayList<>(cases.values());
        s.put("cases", cases.size());
        s.put("cases_reaching_reference_loss_in_half_the_evaluations", caseRatios.stream().filter(v -> v <= 0.5).count());
        s.put("median_over_cases_of_ratio_to_reference_evaluations",
                finiteOrNull(caseRatios.isEmpty() ? Double.NaN : WindowBenchmark.median(caseRatios)));
        double[] curve = WindowBenchmark.medianLossRatioCurve(runs, optimizers.get(k), CURVE_FRACTIONS);
        Map<String, Object> at = new LinkedHashMap<>();
        for (int j = 0; j < CURVE_FRACTIONS.length; j++) {
            at.put(String.valueOf(CURVE_FRACTIONS[j]), finiteOrNull(curve[j]));
        }
        s.put("median_loss_ratio_at_budget_fraction", at);
        s.put("mean_evaluations", windows == 0 ? null : (double) evals / windows);
        s.put("mean_seconds_per_window", windows == 0 ? null : seconds / windows);
        return s;
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }


    @SuppressWarnings("unchecked")
    private String report(Map<String, Object> summary, Map<String, Object> per) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Windows: %s of %s (split %s, clips %s, window policy %s), %d evaluations"
                        + " per %d-frame window (a shorter window proportionally more), reference %s.%n%n",
                summary.get("windows"), summary.get("planned_windows"), summary.get("split"), summary.get("clips"),
                windowPolicy, evaluations, ReconstructionConfig.DEFAULT.windowFrames(),
                optimizers.get(0)));
        md.append("| optimizer | windows reaching reference loss | median evaluations to reference loss | median ratio to reference evaluations | median final loss / reference | median log(final/initial) | mean evaluations | mean s per window |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (String name : optimizers) {
            Map<String, Object> s = (Map<String, Object>) per.get(name);
            md.append(String.format(Locale.ROOT, "| %s | %s/%s | %s | %s | %s | %s | %s | %s |%n", name,
                    s.get("windows_reaching_reference_loss"), summary.get("windows"),
                    fmt(s.get("median_evaluations_to_reference_loss")), fmt(s.get("median_ratio_to_reference_evaluations")),
                    fmt(s.get("median_final_loss_ratio_to_reference")), fmt(s.get("median_log_loss_decrease")),
                    fmt(s.get("mean_evaluations")), fmt(s.get("mean_seconds_per_window"))));
        }
        md.append(String.format(Locale.ROOT, "%nMedian window's best loss over the reference's final loss after a"
                + " fraction of the window's budget (the curves of %s):%n%n", PLOT));
        md.append("| optimizer |");
        for (double f : CURVE_FRACTIONS) {
            md.append(String.format(Locale.ROOT, " %.2f |", f));
        }
        md.append("\n|---|").append("---|".repeat(CURVE_FRACTIONS.length)).append("\n");
        for (String name : optimizers) {
            Map<String, Object> at = (Map<String, Object>) ((Map<String, Object>) per.get(name)).get("median_loss_ratio_at_budget_fraction");
            md.append("| ").append(name).append(" |");
            for (double f : CURVE_FRACTIONS) {
                md.append(" ").append(fmt(at.get(String.valueOf(f)))).append(" |");
            }
            md.append("\n");
        }
        md.append(String.format(Locale.ROOT, "%nPer case (a case's windows share its clip cut and camera): the ratio of a"
                + " case is its median window's evaluations to the reference's final loss over the reference's"
                + " evaluations (never reached = never).%n%n"));
        md.append("| optimizer | cases | cases at most 0.5 | median ratio over cases |\n");
        md.append("|---|---|---|---|\n");
        for (String name : optimizers) {
            Map<String, Object> s = (Map<String, Object>) per.get(name);
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", name, s.get("cases"),
                    s.get("cases_reaching_reference_loss_in_half_the_evaluations"),
                    fmt(s.get("median_over_cases_of_ratio_to_reference_evaluations"))));
        }
        return md.toString();
    }

    private static String fmt(Object v) {
        return v == null ? "never" : String.format(Locale.ROOT, "%.3g", ((Number) v).doubleValue());
    }
}
