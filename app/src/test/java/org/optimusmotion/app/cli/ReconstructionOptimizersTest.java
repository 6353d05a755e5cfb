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
        assertTrue(plainName.weightsDescription().contains(ReconstructionWeights.STEP_RULE.describe()),
                plainName.weightsDescription());
        assertTrue(plainName.optimizer().name().contains("restart every " + ReconstructionWeights.RESTART_PERIOD + " steps"),
                plainName.optimizer().name());
        assertEquals("Optimus", ReconstructionOptimizers.resolve("optimus:descent=0:restart=0").optimizer().name());
        assertEquals("Optimus (descent safeguard 1, restart every " + ReconstructionWeights.RESTART_PERIOD + " steps)",
                ReconstructionOptimizers.resolve("optimus-functions,descent=1").optimizer().name());
        assertEquals("Optimus (descent safeguard " + ReconstructionWeights.DESCENT_HALVINGS + ", restart every 12 steps)",
                ReconstructionOptimizers.resolve("optimus:restart=12").optimizer().name());
        assertEquals("BFGS", ReconstructionOptimizers.resolve("bfgs").optimizer().name());
    }

    @Test
    void aBadSafeguardIsAOneLineError() {
        UserError e = assertThrows(UserError.class, () -> ReconstructionOptimizers.resolve("optimus:descent=9"));
        assertTrue(e.getMessage().contains("descent=9") && e.getMessage().contains("[0, 5]"), e.getMessage());
        assertThrows(UserError.class, () -> ReconstructionOptimizers.resolve("optimus:descent=x"));
        UserError restart = assertThrows(UserError.class, () -> ReconstructionOptimizers.resolve("optimus:restart=-2"));
        assertTrue(restart.getMessage().contains("restart=-2 must be an integer >= 0"), restart.getMessage());
        UserError twice = assertThrows(UserError.class,
                () -> ReconstructionOptimizers.resolve("optimus:restart=5:descent=1:restart=6"));
        assertTrue(twice.getMessage().contains("restart= is given twice"), twice.getMessage());
    }

    @Test
    void stepRuleOptionsAreSplitOffTheEndOfASpecWhoseFileNameMayHoldColons() {
        LearnedSpec s = LearnedSpec.parse("optimus:weights=/runs/a:b/best.bin,restart=10:descent=2");
        assertEquals("optimus:weights=/runs/a:b/best.bin", s.base());
        assertEquals(2, s.descentHalvings());
        assertEquals(10, s.restartPeriod());
        LearnedSpec none = LearnedSpec.parse("optimus");
        assertEquals(new org.optimusmotion.optimizer.learned.StepRule(3, 30),
                none.rule(new org.optimusmotion.optimizer.learned.StepRule(3, 30)));
    }
}
