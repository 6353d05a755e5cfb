package org.optimusmotion.optimizer.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.optimizer.TestProblems;

class BenchmarkHarnessTest {

    /** Two problems, a slow and a fast first-order method and a "learned" contender that is 20x faster. */
    private BenchmarkResults runSmallBenchmark(int threads) {
        List<BenchmarkProblem> problems = List.of(
                new BenchmarkProblem("quad_n3", "quad", 3, () -> new TestProblems.Quadratic(1, 1, 1),
                        new double[] {1, 1, 1}, 0.0),
                new BenchmarkProblem("quad_n5", "quad", 5, () -> new TestProblems.Quadratic(1, 1, 1, 1, 1),
                        new double[] {1, 1, 1, 1, 1}, 0.0));
        List<Contender> contenders = List.of(
                new Contender("slow", true, p -> new TestProblems.FixedStepDescent(0.01)),
                new Contender("medium", true, p -> new TestProblems.FixedStepDescent(0.02)),
                new Contender("fast", false, p -> new TestProblems.FixedStepDescent(0.5)));
        BenchmarkSpec spec = new BenchmarkSpec(100, 1000, 1e-3, threads);
        return new BenchmarkRunner(spec).run(problems, contenders, BenchmarkProgress.NONE, () -> false);
    }

    @Test
    void targetIsBestFirstOrderFinalGapAndFastContenderNeedsTenTimesFewerSteps() {
        BenchmarkResults r = runSmallBenchmark(1);
        // medium GD: gap after k steps = 1.5 * 0.98^(2k) for n=3, its final is the target.
        double expectedTarget = 1.5 * Math.pow(0.98, 200);
        assertEquals(expectedTarget, r.targetGap(0), 1e-12 * expectedTarget + 1e-15);
        assertEquals(-1, r.stepsToTarget(0, 0), "slow GD never reaches medium's final gap");
        assertEquals(100, r.stepsToTarget(0, 1), "medium reaches its own final gap at the last step");
        int fastSteps = r.stepsToTarget(0, 2);
        assertTrue(fastSteps > 0 && fastSteps <= 10, "fast needs few steps, got " + fastSteps);
        assertTrue(r.tenTimesFewerSteps(0, 2));
        assertFalse(r.tenTimesFewerSteps(0, 1));
        BenchmarkResults.ContenderSummary fast = r.summaries().get(2);
        assertEquals(1.0, fast.fraction10xFewerStepsThanBestFirstOrder());
        assertEquals(0.0, r.summaries().get(0).fraction10xFewerStepsThanBestFirstOrder());
    }

    @Test
    void resultsDoNotDependOnThreadCount() {
        BenchmarkResults one = runSmallBenchmark(1);
        BenchmarkResults two = runSmallBenchmark(2);
        for (int p = 0; p < 2; p++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(one.record(p, c).bestGap(), two.record(p, c).bestGap(), 0.0);
                assertEquals(one.stepsToTarget(p, c), two.stepsToTarget(p, c));
            }
        }
    }

    @Test
    void writesCsvJsonMarkdownAndPlots(@TempDir Path dir) throws IOException {
        BenchmarkResults r = runSmallBenchmark(1);
        new BenchmarkReportWriter().write(r, dir, "./optimus bench functions --test");
        List<String> csv = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(1 + 2 * 3, csv.size());
        assertTrue(csv.get(0).startsWith("problem,function,dimension,optimizer"));
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(2, summary.get("problems").asInt());
        assertEquals(1.0, summary.get("fast").get(BenchmarkReportWriter.KEY_FRACTION_10X).asDouble());
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("./optimus bench functions --test"));
        assertTrue(md.contains("plots/quad.png"));
        byte[] png = Files.readAllBytes(dir.resolve("plots/quad.png"));
        assertTrue(png.length > 1000);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temp files left");
        }
    }
}
