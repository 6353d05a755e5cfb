package org.optimusmotion.physics.reconstruct.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.StopReason;

class WindowBenchmarkCasesTest {

    private static WindowBenchmark.Run run(String caseId, String window, String optimizer, long evaluations, long reach) {
        return new WindowBenchmark.Run(caseId, window, optimizer, 1.0, 0.5, evaluations, reach, 0.1,
                StopReason.MAX_EVALUATIONS);
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
}
