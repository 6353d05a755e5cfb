package org.optimusmotion.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optimusmotion.app.fit.ReconstructionWeights;

/** Optimizer names of reconstruct, compare and bench reconstruction, with the learned step's descent safeguard. */
class ReconstructionOptimizersTest {

    @Test
    void optimusRunsWithTheReconstructionSafeguardUnlessTheSpecSetsIt() {
        ReconstructionOptimizers.Named plainName = ReconstructionOptimizers.resolve("optimus");
        assertTrue(plainName.optimizer().name().contains("descent safeguard " + ReconstructionWeights.DESCENT_HALVINGS),
                plainName.optimizer().name());
        assertTrue(plainName.weightsDescription().contains("descent safeguard " + ReconstructionWeights.DESCENT_HALVINGS));
        assertEquals("Optimus", ReconstructionOptimizers.resolve("optimus:descent=0").optimizer().name());
        assertEquals("Optimus (descent safeguard 1)",
                ReconstructionOptimizers.resolve("optimus-functions,descent=1").optimizer().name());
        assertEquals("BFGS", ReconstructionOptimizers.resolve("bfgs").optimizer().name());
    }

    @Test
    void aBadSafeguardIsAOneLineError() {
        UserError e = assertThrows(UserError.class, () -> ReconstructionOptimizers.resolve("optimus:descent=9"));
        assertTrue(e.getMessage().contains("descent=9") && e.getMessage().contains("[0, 5]"), e.getMessage());
        assertThrows(UserError.class, () -> ReconstructionOptimizers.resolve("optimus:descent=x"));
    }
}
