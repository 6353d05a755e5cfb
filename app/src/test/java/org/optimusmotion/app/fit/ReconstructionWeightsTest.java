package org.optimusmotion.app.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.learned.LearnedOptimizerKind;

class ReconstructionWeightsTest {

    @Test
    void physicsTrainedWeightsComeFirstThenTheFunctionTrainedOnes() {
        assertEquals(ReconstructionWeights.PHYSICS_TRAINED, ReconstructionWeights.PREFERENCE.get(0));
        String expected = ReconstructionWeights.class.getResource(ReconstructionWeights.RESOURCE_DIR
                + ReconstructionWeights.PHYSICS_TRAINED) != null ? ReconstructionWeights.PHYSICS_TRAINED
                        : ReconstructionWeights.FUNCTION_TRAINED;
        assertEquals(expected, ReconstructionWeights.fileOnClassPath().orElseThrow());
    }

    @Test
    void theSelectedWeightsAreOptimusWithTheirProvenanceAndAreReadOnce() throws Exception {
        ReconstructionWeights.Selected w = ReconstructionWeights.selected();
        assertEquals(LearnedOptimizerKind.OPTIMUS, w.weights().kind());
        assertEquals(ReconstructionWeights.fileOnClassPath().orElseThrow(), w.fileName());
        assertFalse(w.provenance().isBlank());
        assertTrue(w.description().startsWith(w.fileName() + " ("), w.description());
        assertSame(w, ReconstructionWeights.selected());
        assertSame(w, ReconstructionWeights.ifAlreadyRead().orElseThrow());
        assertTrue(w.optimizer().name().contains("restart every " + ReconstructionWeights.RESTART_PERIOD + " steps"),
                w.optimizer().name());
        assertTrue(ReconstructionWeights.statusLine().contains(w.fileName()));
        assertTrue(ReconstructionWeights.statusLine().endsWith("; " + ReconstructionWeights.STEP_RULE.describe()),
                "the status bar says how Optimus steps: " + ReconstructionWeights.statusLine());
        assertTrue(OptimizerChoice.OPTIMUS.available());
        assertTrue(OptimizerChoice.OPTIMUS.create().isPresent());
        assertTrue(OptimizerChoice.OPTIMUS.toString().endsWith(w.fileName()), "the chooser names the weights file");
    }
}
