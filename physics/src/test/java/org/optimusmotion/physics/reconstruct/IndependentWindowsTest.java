package org.optimusmotion.physics.reconstruct;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.optimizer.classic.GradientDescent;
import org.optimusmotion.optimizer.classic.OptimizerKind;
import org.optimusmotion.optimizer.meta.TrainingTask;
import org.optimusmotion.physics.reconstruct.suite.ReconstructionSuite;
import org.optimusmotion.physics.reconstruct.suite.ReconstructionTasks;
import org.optimusmotion.physics.reconstruct.suite.ReferenceLosses;
import org.optimusmotion.physics.reconstruct.suite.WindowBenchmark;
import org.optimusmotion.physics.synth.SyntheticCase;

/** The windows meta-training and the window benchmark draw from. */
class IndependentWindowsTest {

    private static List<ReconstructionSuite.SuiteWindow> windows(ReconstructionConfig config) {
        SyntheticCase c = ReconstructorTest.walkCase(14, 8);
        ReconstructionInput input = new ReconstructionInput(c.kinematic(), c.detections(), c.camera());
        List<ReconstructionSuite.SuiteWindow> out = new ArrayList<>();
        for (WindowProblemSpec spec : new Reconstructor(config).independentWindows(input)) {
            out.add(new ReconstructionSuite.SuiteWindow("walk", "walk-f" + spec.startFrame(), spec));
        }
        return out;
    }

    @Test
    void oneProblemPerWindowAndTheFirstIsTheSequentialRunsFirstWindow() {
        ReconstructionConfig config = ReconstructorTest.small().withBudget(2, 4);
        List<ReconstructionSuite.SuiteWindow> w = windows(config);
        int[] starts = Reconstructor.windowStarts(14, config);
        assertEquals(starts.length, w.size());
        for (int i = 0; i < starts.length; i++) {
            assertEquals(starts[i], w.get(i).spec().startFrame());
        }
        SyntheticCase c = ReconstructorTest.walkCase(14, 8);
        ReconstructionResult sequential = new Reconstructor(config).run(
                new ReconstructionInput(c.kinematic(), c.detections(), c.camera()), OptimizerKind.BFGS.withDefaults(),
                ReconstructionListener.NONE, () -> false);
        ReconstructionProblem first = w.get(0).spec().newProblem();
        double f0 = first.evaluate(first.initialPoint(), null);
        assertEquals(sequential.windows().get(0).losses()[0], f0, 1e-9 * Math.abs(f0),
                "window 0 has no predecessor: same problem and warm start in both modes");
        for (ReconstructionSuite.SuiteWindow sw : w) {
            ReconstructionProblem p = sw.spec().newProblem();
            assertTrue(Double.isFinite(p.evaluate(p.initialPoint(), null)), sw.id() + " starts at a finite loss");
        }
    }

    @Test
    void tasksHaveAZeroLowerBoundAndCopyTheirStart() {
        ReconstructionTasks tasks = new ReconstructionTasks(windows(ReconstructorTest.small()));
        TrainingTask t = tasks.sample(new SplittableRandom(3));
        assertEquals(0.0, t.fStar());
        double[] a = t.x0();
        a[0] += 1;
        assertTrue(t.x0()[0] != a[0], "x0 is a copy");
        assertEquals(t.id(), tasks.sample(new SplittableRandom(3)).id(), "deterministic for a generator state");
        assertEquals(tasks.tasks().size(), tasks.everyNth(1).size());
    }

    @Test
    void benchmarkCountsEvaluationsToTheReferenceLoss() {
        ReconstructionSuite.SuiteWindow w = windows(ReconstructorTest.small()).get(0);
        var bfgs = OptimizerKind.BFGS.withDefaults();
        // a step this small cannot get anywhere near BFGS's loss in the budget
        var crawling = new GradientDescent(1e-12);
        WindowBenchmark bench = new WindowBenchmark(List.of("bfgs", "bfgs-again", "crawl"),
                List.of(bfgs, bfgs, crawling), 25);
        List<WindowBenchmark.Run> runs = bench.run(w, () -> false);
        assertEquals(3, runs.size());
        WindowBenchmark.Run ref = runs.get(0);
        assertTrue(ref.finalLoss() < ref.initialLoss(), "BFGS makes progress");
        // the budget is checked between iterations, so the last line search may run past it
        assertTrue(ref.evaluations() >= 25 && ref.evaluations() < 2 * 25, "budget respected: " + ref.evaluations());
        assertTrue(ref.evaluationsToReference() > 0 && ref.evaluationsToReference() <= ref.evaluations());
        assertEquals(ref.evaluationsToReference(), runs.get(1).evaluationsToReference(), "deterministic optimizers tie");
        assertArrayEquals(new double[] {ref.finalLoss()}, new double[] {runs.get(1).finalLoss()}, 0.0);
        assertEquals(-1, runs.get(2).evaluationsToReference(), "never reached");
    }

    @Test
    void referenceLossesAreBfgsFinalLossesCachedAndSetTheTasksFloor(@TempDir Path dir) throws Exception {
        List<ReconstructionSuite.SuiteWindow> w = windows(ReconstructorTest.small()).subList(0, 2);
        var bfgs = OptimizerKind.BFGS.withDefaults();
        Path cache = dir.resolve("run/reference-losses.csv");
        Map<String, Double> ref = ReferenceLosses.computeOrLoad(w, bfgs, 20, 2, cache, line -> { });
        WindowBenchmark.Run direct = new WindowBenchmark(List.of("bfgs"), List.of(bfgs), 20,
                org.optimusmotion.optimizer.ConvergenceChecker.never()).run(w.get(1), () -> false).get(0);
        assertEquals(direct.finalLoss(), ref.get(w.get(1).id()), 0.0, "same run, two threads or one");
        assertTrue(direct.finalLoss() < direct.initialLoss());
        assertEquals(ref, ReferenceLosses.read(cache), "cache round trip");

        // a cache that lists every window is used as it is (a computed value would not be 1.5)
        ReferenceLosses.write(cache, Map.of(w.get(0).id(), 1.5, w.get(1).id(), 2.0));
        Map<String, Double> again = ReferenceLosses.computeOrLoad(w, bfgs, 20, 1, cache, line -> { });
        assertEquals(1.5, again.get(w.get(0).id()));

        ReconstructionTasks tasks = ReconstructionTasks.belowReference(w, again, 0.1);
        assertEquals(0.9 * 1.5, tasks.tasks().get(0).fStar(), 1e-15);
        assertEquals(0.9 * 2.0, tasks.tasks().get(1).fStar(), 1e-15);
        assertEquals(0.1 * 0.1 * 2.0, tasks.tasks().get(1).gapFloor(), 1e-15, "a tenth of the margin below the reference");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ReconstructionTasks.belowReference(w, Map.of(w.get(0).id(), 1.0), 0.1));
        assertTrue(missing.getMessage().contains(w.get(1).id()), missing.getMessage());

        Files.writeString(cache, "window,reference_loss\nwalk-f0,abc\n");
        IOException bad = assertThrows(IOException.class, () -> ReferenceLosses.read(cache));
        assertTrue(bad.getMessage().contains("line 2") && bad.getMessage().contains(cache.toString()), bad.getMessage());
    }
}
