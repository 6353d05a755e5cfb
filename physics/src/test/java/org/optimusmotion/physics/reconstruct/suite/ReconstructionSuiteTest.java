package org.optimusmotion.physics.reconstruct.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.io.bvh.BvhWriter;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.reconstruct.BodyBvhExport;
import org.optimusmotion.physics.reconstruct.ProceduralMotion;
import org.optimusmotion.physics.reconstruct.ReconstructionConfig;
import org.optimusmotion.physics.reconstruct.WindowPolicy;

class ReconstructionSuiteTest {

    @TempDir
    Path dir;

    @Test
    void splitsAreDisjointAndTheTestClipsAreTheIssue5Clips() {
        Set<String> seen = new HashSet<>();
        for (SuiteSplit s : SuiteSplit.values()) {
            for (String clip : ReconstructionSuite.clips(s)) {
                assertTrue(seen.add(clip), clip + " is in two splits");
            }
        }
        assertEquals(Set.of("cmu_07_01_walk.bvh", "cmu_09_11_run.bvh", "cmu_13_11_forward_jump_daz.bvh",
                "cmu_55_01_dance.bvh", "cmu_10_01_yelper.bvh"), Set.copyOf(ReconstructionSuite.clips(SuiteSplit.TEST)));
        assertTrue(ReconstructionSuite.clips(SuiteSplit.TRAINING).size() >= 3 * ReconstructionSuite.clips(SuiteSplit.VALIDATION).size());
    }

    @Test
    void missingFolderOrNoReadableClipIsAClearError() {
        ReconstructionSuite.CaseDraw draw = new ReconstructionSuite.CaseDraw(1, 1.0, ReconstructionConfig.DEFAULT);
        NoSuchFileException missing = assertThrows(NoSuchFileException.class,
                () -> ReconstructionSuite.windows(dir.resolve("nope"), SuiteSplit.TEST, draw, 1, line -> { }));
        assertTrue(missing.getMessage().contains("nope"));
        java.io.IOException empty = assertThrows(java.io.IOException.class,
                () -> ReconstructionSuite.windows(dir, SuiteSplit.TEST, draw, 1, line -> { }));
        assertTrue(empty.getMessage().contains("no test window"), empty.getMessage());
    }

    @Test
    void casesShorterThanAWindowAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReconstructionSuite.CaseDraw(1, 0.2, ReconstructionConfig.DEFAULT));
        assertTrue(e.getMessage().contains("caseSeconds"));
    }

    /** Writes the procedural walk, sped up to {@code speedMps} forward, as a 2 s BVH clip named {@code clip}. */
    private void writeClip(String clip, double speedMps) throws java.io.IOException {
        Model m = HumanoidLoader.loadDefault();
        double fps = ReconstructionSuite.FPS;
        double[][] angles = new double[60][];
        for (int f = 0; f < angles.length; f++) {
            angles[f] = ProceduralMotion.pose(m, f / fps);
            angles[f][m.dofIndex("root_tx")] += (speedMps - ProceduralMotion.SPEED_MPS) * f / fps;
        }
        new BvhWriter().write(dir.resolve(clip), BodyBvhExport.toBvh(m, angles, fps));
    }

    private static Set<Integer> windowLengths(List<ReconstructionSuite.SuiteWindow> windows) {
        Set<Integer> out = new HashSet<>();
        windows.forEach(w -> out.add(w.spec().targets().frames()));
        return out;
    }

    @Test
    void underTheAdaptivePolicyAFastCaseGetsTheShorterWindowsReconstructWouldGiveIt() throws Exception {
        writeClip("cmu_02_03_run_jog_daz.bvh", 3.8);
        writeClip("cmu_002_04_iclone.bvh", ProceduralMotion.SPEED_MPS);
        ReconstructionConfig adaptive = ReconstructionConfig.DEFAULT.withWindowPolicy(WindowPolicy.ADAPTIVE);
        var draw = new ReconstructionSuite.CaseDraw(1, 1.0, adaptive);
        var run = ReconstructionSuite.windows(dir, SuiteSplit.TRAINING, List.of("cmu_02_03_run_jog_daz.bvh"), draw, 1,
                line -> { });
        // 3.8 m/s: 0.8 m of root travel per window is 6 frames at 30 fps, as the issue 5 run case gets
        assertEquals(Set.of(6), windowLengths(run));
        assertTrue(run.get(0).id().endsWith("-w6"), run.get(0).id());
        var walk = ReconstructionSuite.windows(dir, SuiteSplit.TRAINING, List.of("cmu_002_04_iclone.bvh"), draw, 1,
                line -> { });
        assertEquals(Set.of(12), windowLengths(walk));

        var fixed = new ReconstructionSuite.CaseDraw(1, 1.0, adaptive.withWindowPolicy(WindowPolicy.FIXED));
        var runFixed = ReconstructionSuite.windows(dir, SuiteSplit.TRAINING, List.of("cmu_02_03_run_jog_daz.bvh"), fixed,
                1, line -> { });
        assertEquals(Set.of(12), windowLengths(runFixed));
        assertTrue(run.size() > runFixed.size(), run.size() + " short windows vs " + runFixed.size());

        // the benchmark gives a short window the budget reconstruct gives it: 12/6 x 150 evaluations
        var bench = new WindowBenchmark(List.of("bfgs"), List.of(org.optimusmotion.optimizer.classic.Bfgs.defaults()), 150);
        assertEquals(300, bench.budgetFor(run.get(0)));
        assertEquals(150, bench.budgetFor(walk.get(0)));
    }

    @Test
    void aClipListedTwiceGivesTwiceTheCasesEachDrawnAnew() throws Exception {
        writeClip("cmu_002_04_iclone.bvh", ProceduralMotion.SPEED_MPS);
        var draw = new ReconstructionSuite.CaseDraw(1, 1.0, ReconstructionConfig.DEFAULT.withWindowPolicy(WindowPolicy.FIXED));
        var once = ReconstructionSuite.windows(dir, SuiteSplit.TRAINING, List.of("cmu_002_04_iclone.bvh"), draw, 1,
                line -> { });
        var twice = ReconstructionSuite.windows(dir, SuiteSplit.TRAINING,
                List.of("cmu_002_04_iclone.bvh", "cmu_002_04_iclone.bvh"), draw, 1, line -> { });
        assertEquals(2 * once.size(), twice.size());
        Set<String> ids = new HashSet<>();
        twice.forEach(w -> ids.add(w.id()));
        assertEquals(twice.size(), ids.size(), "the second listing draws its own cut and camera: " + ids);
    }

    @Test
    void testClipsAndClipsOutsideTheSuiteCannotBeTrainedOrValidatedOn() {
        var draw = new ReconstructionSuite.CaseDraw(1, 1.0, ReconstructionConfig.DEFAULT);
        IllegalArgumentException test = assertThrows(IllegalArgumentException.class, () -> ReconstructionSuite.windows(
                dir, SuiteSplit.VALIDATION, List.of("cmu_09_11_run.bvh"), draw, 1, line -> { }));
        assertTrue(test.getMessage().contains("cmu_09_11_run.bvh is a test clip"), test.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ReconstructionSuite.windows(
                dir, SuiteSplit.TRAINING, List.of("my_clip.bvh"), draw, 1, line -> { }));
        assertTrue(unknown.getMessage().contains("my_clip.bvh is not a clip of the reconstruction suite"),
                unknown.getMessage());
    }
}
