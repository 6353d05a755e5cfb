package org.optimusmotion.physics.reconstruct.suite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.StopReason;

class WindowBenchmarkCasesTest {

    private static WindowBenchmark.Run run(String caseId, String window, String optimizer, long evaluations, long reach) {
        WindowBenchmark.BestLossTrace trace = new WindowBenchmark.BestLossTrace(
                new long[] {reach >= 0 ? reach : evaluations}, new double[] {reach >= 0 ? 0.5 : 0.9});
        return new WindowBenchmark.Run(caseId, window, optimizer, 1.0, 0.5, evaluations, reach, 0.1,
                StopReason.MAX_EVALUATIONS, evaluations, trace);
    }

    /** Two cases: one whose median window is reached in a quarter of BFGS's evaluations, one whose is never reached. */
    private static final List<WindowBenchmark.Run> RUNS = List.of(
            run("walk", "walk-f0", "bfgs", 150, 150), run("walk", "walk-f0", "optimus", 150, 30),
            run("walk", "walk-f9", "bfgs", 100, 100), run("walk", "walk-f9", "optimus", 150, -1),
            run("walk", "walk-f18", "bfgs", 200, 200), run("walk", "walk-f18", "optimus", 150, 50),
            run("run", "run-f0", "bfgs", 300, 300), run("run", "run-f0", "optimus", 300, -1),
            run("run", "run-f4", "bfgs", 300, 300), run("run", "run-f4", "optimus", 300, 150));

    @Test
    void aCaseTakesItsMedianWindowAndAnUnreachedWindowCountsAsNever() {
        Map<String, Double> cases = WindowBenchmark.caseMedianEvaluationRatios(RUNS, "optimus");
        assertEquals(List.of("walk", "run"), List.copyOf(cases.keySet()));
        // walk: 30/150 = 0.2, never, 50/200 = 0.25 -> 0.25; run: never and 150/300 -> never
        assertEquals(0.25, cases.get("walk"), 1e-15);
        assertEquals(Double.POSITIVE_INFINITY, cases.get("run"));
        assertEquals(Double.POSITIVE_INFINITY, WindowBenchmark.median(List.copyOf(cases.values())));
    }

    @Test
    void theReferenceReachesItsOwnLossWithAllItsEvaluations() {
        Map<String, Double> cases = WindowBenchmark.caseMedianEvaluationRatios(RUNS, "bfgs");
        assertEquals(Map.of("walk", 1.0, "run", 1.0), cases);
    }

    @Test
    void aWindowWithoutAReferenceRunIsRefused() {
        List<WindowBenchmark.Run> runs = List.of(run("walk", "walk-f0", "bfgs", 150, 150),
                run("walk", "walk-f9", "optimus", 150, 30));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WindowBenchmark.caseMedianEvaluationRatios(runs, "optimus"));
        assertEquals("window walk-f9 has no run of the reference bfgs", e.getMessage());
    }

    @Test
    void theLossRatioCurveIsTheMedianWindowsBestLossOverTheReferencesFinalLoss() {
        WindowBenchmark.BestLossTrace flat = new WindowBenchmark.BestLossTrace(new long[] {100}, new double[] {0.5});
        List<WindowBenchmark.Run> runs = List.of(
                new WindowBenchmark.Run("c", "w1", "bfgs", 1.0, 0.5, 100, 100, 0.1, StopReason.MAX_EVALUATIONS, 100, flat),
                new WindowBenchmark.Run("c", "w1", "optimus", 1.0, 0.45, 100, 40, 0.1, StopReason.MAX_EVALUATIONS, 100,
                        new WindowBenchmark.BestLossTrace(new long[] {10, 40}, new double[] {0.6, 0.45})),
                new WindowBenchmark.Run("c", "w2", "bfgs", 1.0, 0.5, 100, 100, 0.1, StopReason.MAX_EVALUATIONS, 100, flat),
                new WindowBenchmark.Run("c", "w2", "optimus", 1.0, 0.55, 100, -1, 0.1, StopReason.MAX_EVALUATIONS, 100,
                        new WindowBenchmark.BestLossTrace(new long[] {20, 90}, new double[] {0.8, 0.55})));
        double[] curve = WindowBenchmark.medianLossRatioCurve(runs, "optimus", new double[] {0, 0.3, 0.5, 1});
        // before any iteration the initial loss (ratio 2 on both); then (1.2, 1.6), (0.9, 1.6), (0.9, 1.1)
        assertArrayEquals(new double[] {2.0, 1.4, 1.25, 1.0}, curve, 1e-12);
        assertArrayEquals(new double[] {2.0, 2.0, 2.0, 1.0},
                WindowBenchmark.medianLossRatioCurve(runs, "bfgs", new double[] {0, 0.3, 0.5, 1}), 1e-12);
    }
}
