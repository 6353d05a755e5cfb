package org.optimusmotion.app.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PoseModelFilesTest {

    @Test
    void theFetchedLiteModelIsFoundAndMatchesItsChecksum() throws Exception {
        FetchedModels.assumeAvailable(PoseModel.LITE);
        byte[] bytes = PoseModelFiles.load(PoseModel.LITE);
        assertEquals(2_819_824, bytes.length);
        assertEquals(PoseModel.LITE.sha256(), PoseModelFiles.sha256(bytes));
    }

    @Test
    void otherBytesAreRejectedWithTheChecksums() {
        ModelUnavailableException e = assertThrows(ModelUnavailableException.class,
                () -> PoseModelFiles.verified(PoseModel.FULL, new byte[] {1, 2, 3}, "test.tflite"));
        assertTrue(e.getMessage().startsWith("test.tflite: SHA-256 "), e.getMessage());
        assertTrue(e.getMessage().contains(PoseModel.FULL.sha256()), e.getMessage());
    }

    @Test
    void modelsAreChosenByLabel() {
        assertEquals(PoseModel.FULL, PoseModel.byLabel("Full"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PoseModel.byLabel("heavy"));
        assertEquals("unknown pose model 'heavy' (expected lite or full)", e.getMessage());
    }
}
