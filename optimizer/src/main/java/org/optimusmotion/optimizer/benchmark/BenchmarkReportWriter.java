package org.optimusmotion.optimizer.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a benchmark's {@code results.csv}, {@code summary.json}, {@code report.md} and
 * {@code plots/<function>.png} into one directory, each file atomically.
 */
public final class BenchmarkReportWriter {

    /** The summary key the Optimus headline is read from. */
    public static final String KEY_FRACTION_10X = "fraction_10x_fewer_steps_than_best_first_order";

    private static final String TARGET_DEFINITION = "Per problem, the target is the lowest f - f* that any "
            + "first-order baseline (GD, GD-M, Adam) reached within the step budget (the lowest of any contender "
            + "when no first-order baseline ran). A run reaches the target at the first step whose gap is at most "
            + "target + %s * |target| + %s. Steps and evaluations to target are counted at that step; a "
            + "contender 'needs 10x fewer steps' on a problem when 10 * its steps <= the fewest steps of any "
            + "first-order baseline.";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Writes all report files.
     *
     * @param command the command line that produced the results, quoted in the report
     */
    public void write(BenchmarkResults results, Path dir, String command) throws IOException {
        org.optimusmotion.optimizer.io.AtomicFiles.writeString(dir.resolve("results.csv"), csv(results));
        org.optimusmotion.optimizer.io.AtomicFiles.writeString(dir.resolve("summary.json"),
                json.writeValueAsString(summary(results, command)) + "\n");
        Map<String, List<Integer>> byFunction = byFamily(results);
        for (Map.Entry<String, List<Integer>> e : byFunction.entrySet()) {
            LossCurvePlot.writeFunctionPlot(results, e.getKey(), e.getValue(),
                    dir.resolve("plots").resolve(e.getKey() + ".png"));
        }
        org.optimusmotion.optimizer.io.AtomicFiles.writeString(dir.resolve("report.md"),
                markdown(results, command, byFunction));
    }

    static String targetDefinition(BenchmarkSpec spec) {
        return String.format(Locale.ROOT, TARGET_DEFINITION, spec.targetRelativeTolerance(), BenchmarkSpec.TARGET_FLOOR);
    }

    String csv(BenchmarkResults r) {
        StringBuilder sb = new StringBuilder("problem,function,dimension,optimizer,optimizer_name,final_gap,best_gap,"
                + "target_gap,steps_to_target,evaluations_to_target,iterations,evaluations,seconds,seconds_per_step,"
                + "stop_reason\n");
        for (int p = 0; p < r.problems().size(); p++) {
            BenchmarkProblem problem = r.problems().get(p);
            for (int c = 0; c < r.contenders().size(); c++) {
                RunRecord rec = r.record(p, c);
                sb.append(problem.id()).append(',').append(problem.family()).append(',').append(problem.dimension())
                        .append(',').append(rec.contender()).append(',').append(rec.optimizerName())
                        .append(',').append(num(rec.trace().gap(rec.trace().size() - 1)))
                        .append(',').append(num(rec.bestGap()))
                        .append(',').append(num(r.targetGap(p)))
                        .append(',').append(r.stepsToTarget(p, c))
                        .append(',').append(r.evaluationsToTarget(p, c))
                        .append(',').append(rec.iterations())
                        .append(',').append(rec.evaluations())
                        .append(',').append(num(rec.seconds()))
                        .append(',').append(num(rec.secondsPerStep()))
                        .append(',').append(rec.stopReason())
                        .append('\n');
            }
        }
        return sb.toString();
    }

    ObjectNode summary(BenchmarkResults r, String command) {
        ObjectNode root = json.createObjectNode();
        root.put("problems", r.problems().size());
        root.put("command", command);
        root.put("target", targetDefinition(r.spec()));
        root.put("max_steps", r.spec().maxSteps());
        root.put("max_evaluations", r.spec().maxEvaluations());
        ArrayNode names = root.putArray("optimizers");
        for (BenchmarkResults.ContenderSummary s : r.summaries()) {
            names.add(s.label());
            ObjectNode o = root.putObject(s.label());
            o.put(KEY_FRACTION_10X, s.fraction10xFewerStepsThanBestFirstOrder());
            o.put("problems_10x_fewer_steps", s.tenTimesFewerSteps());
            o.put("problems_reaching_target", s.reachedTarget());
            o.put("problems_with_lowest_final_gap", s.lowestFinalGapCount());
            o.put("median_best_gap", s.medianBestGap());
            ObjectNode perDim = o.putObject("seconds_per_step_by_dimension");
            s.secondsPerStepByDimension().forEach((d, sec) -> perDim.put(Integer.toString(d), sec));
        }
        return root;
    }

    String markdown(BenchmarkResults r, String command, Map<String, List<Integer>> byFunction) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark: classic test functions\n\n");
        md.append("Reproduce with:\n\n```bash\n").append(command).append("\n```\n\n");
        md.append("Budget: ").append(r.spec().maxSteps()).append(" steps (and at most ")
                .append(r.spec().maxEvaluations()).append(" objective evaluations) per run; ")
                .append(r.problems().size()).append(" problems.\n\n");
        md.append("**Target.** ").append(targetDefinition(r.spec())).append("\n\n");

        md.append("## Summary\n\n| optimizer | 10x fewer steps than best first-order | reached target | lowest final gap"
                + " | median best gap |");
        List<Integer> dims = new ArrayList<>(r.summaries().isEmpty() ? List.of()
                : r.summaries().get(0).secondsPerStepByDimension().keySet());
        for (int d : dims) {
            md.append(" ms/step n=").append(d).append(" |");
        }
        md.append("\n|---|---|---|---|---|");
        md.append("---|".repeat(dims.size())).append('\n');
        for (BenchmarkResults.ContenderSummary s : r.summaries()) {
            md.append("| ").append(s.label())
                    .append(" | ").append(s.tenTimesFewerSteps()).append('/').append(s.problems())
                    .append(String.format(Locale.ROOT, " (%.0f%%)", 100 * s.fraction10xFewerStepsThanBestFirstOrder()))
                    .append(" | ").append(s.reachedTarget()).append('/').append(s.problems())
                    .append(" | ").append(s.lowestFinalGapCount())
                    .append(" | ").append(sci(s.medianBestGap())).append(" |");
            for (int d : dims) {
                Double sec = s.secondsPerStepByDimension().get(d);
                md.append(' ').append(sec == null ? "-" : String.format(Locale.ROOT, "%.3f", 1000 * sec)).append(" |");
            }
            md.append('\n');
        }

        md.append("\n## Per problem\n\nEach cell: best f - f* reached / steps to target / evaluations to target"
                + " (`-` = never reached). **Bold**: 10x fewer steps than the best first-order baseline.\n\n");
        md.append("| function | n | target |");
        for (Contender c : r.contenders()) {
            md.append(' ').append(c.label()).append(" |");
        }
        md.append("\n|---|---|---|").append("---|".repeat(r.contenders().size())).append('\n');
        for (Map.Entry<String, List<Integer>> e : byFunction.entrySet()) {
            for (int p : e.getValue()) {
                md.append("| ").append(e.getKey()).append(" | ").append(r.problems().get(p).dimension())
                        .append(" | ").append(sci(r.targetGap(p))).append(" |");
                for (int c = 0; c < r.contenders().size(); c++) {
                    int steps = r.stepsToTarget(p, c);
                    String cell = sci(r.record(p, c).bestGap()) + " / " + (steps < 0 ? "-" : Integer.toString(steps))
                            + " / " + (steps < 0 ? "-" : Long.toString(r.evaluationsToTarget(p, c)));
                    md.append(' ').append(r.tenTimesFewerSteps(p, c) ? "**" + cell + "**" : cell).append(" |");
                }
                md.append('\n');
            }
        }
        md.append("\n## Loss curves\n\n");
        for (String function : byFunction.keySet()) {
            md.append("![").append(function).append("](plots/").append(function).append(".png)\n\n");
        }
        return md.toString();
    }

    private static Map<String, List<Integer>> byFamily(BenchmarkResults r) {
        Map<String, List<Integer>> m = new LinkedHashMap<>();
        for (int p = 0; p < r.problems().size(); p++) {
            m.computeIfAbsent(r.problems().get(p).family(), k -> new ArrayList<>()).add(p);
        }
        return m;
    }

    private static String num(double v) {
        return Double.toString(v);
    }

    private static String sci(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : Double.toString(v);
    }
}
