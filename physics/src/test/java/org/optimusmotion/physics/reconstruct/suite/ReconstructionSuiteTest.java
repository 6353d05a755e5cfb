package org.optimusmotion.physics.reconstruct.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.reconstruct.ReconstructionConfig;

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
}
