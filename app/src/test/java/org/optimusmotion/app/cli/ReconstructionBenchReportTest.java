package org.optimusmotion.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.optimizer.StopReason;
import org.optimusmotion.physics.reconstruct.suite.SuiteSplit;
import org.optimusmotion.physics.reconstruct.suite.WindowBenchmark;

class ReconstructionBenchReportTest {

    @TempDir
    Path dir;

    private static WindowBenchmark.Run run(String caseId, String window, String optimizer, double finalLoss, long reach,
            long[] evaluations, double[] best) {
        return new WindowBenchmark.Run(caseId, window, optimizer, 1.0, finalLoss, 100, reach, 0.5, StopReason.MAX_EVALUATIONS,
                100, new WindowBenchmark.BestLossTrace(evaluations, best));
    }

    @Test
    void theReportGivesTheMediansOverWindowsAndCasesAndDrawsTheCurves() throws IOException {
        // walk: optimus reaches BFGS's loss in 20 of 100 evaluations; run: never
        List<WindowBenchmark.Run> runs = List.of(
                run("walk", "walk-f0", "bfgs", 0.5, 100, new long[] {50, 100}, new double[] {0.8, 0.5}),
                run("walk", "walk-f0", "optimus", 0.4, 20, new long[] {10, 20}, new double[] {0.6, 0.4}),
                run("run", "run-f0", "bfgs", 0.5, 100, new long[] {100}, new double[] {0.5}),
                run("run", "run-f0", "optimus", 0.6, -1, new long[] {10}, new double[] {0.6}));
        new ReconstructionBenchReport(List.of("bfgs", "optimus"), SuiteSplit.TEST, 150, "adaptive", 2023, true)
                .write(dir, runs, 2);
        String report = Files.readString(dir.resolve("report.md"));
        assertTrue(report.contains("| optimus | 1/2 | never | never | 1.00 |"), report);
        assertTrue(report.contains("| optimus | 2 | 1 | never |"), report);
        // after half the budget: walk 0.4/0.5 = 0.8, run 0.6/0.5 = 1.2 -> median 1.0; bfgs: 0.8/0.5 and 1 (initial)/0.5
        assertTrue(report.contains("| optimus | 1.20 | 1.00 | 1.00 | 1.00 |"), report);
        assertTrue(report.contains("| bfgs | 2.00 | 2.00 | 1.80 | 1.00 |"), report);
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(1, summary.at("/optimizers/optimus/cases_reaching_reference_loss_in_half_the_evaluations").asInt());
        assertEquals(4, Files.readAllLines(dir.resolve("results.csv")).size() - 1);
        assertEquals(760, ImageIO.read(dir.resolve(ReconstructionBenchReport.PLOT).toFile()).getWidth());
    }
}
