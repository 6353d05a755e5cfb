package org.optimusmotion.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.optimizer.benchmark.Contender;
import org.optimusmotion.optimizer.learned.LearnedOptimizerKind;
import org.optimusmotion.optimizer.learned.LearnedOptimizers;

class LearnedContendersTest {

    @TempDir
    Path temp;

    @Test
    void aWeightsFileWithADescentSafeguardIsAContender() throws Exception {
        Path file = temp.resolve("best-weights.bin");
        LearnedOptimizers.shipped(LearnedContendersTest.class, LearnedOptimizerKind.OPTIMUS).write(file);
        String spec = "optimus:weights=" + file + ":descent=3";
        Contender c = LearnedContenders.contender(spec);
        assertEquals(spec, c.label());
        assertNotNull(c.factory().apply(null));
    }

    @Test
    void missingOrForeignWeightsAndBadSafeguardsAreOneLineErrors() throws Exception {
        UserError missing = assertThrows(UserError.class,
                () -> LearnedContenders.contender("optimus:weights=" + temp.resolve("none.bin")));
        assertTrue(missing.getMessage().contains("not found"), missing.getMessage());

        Path mlp = temp.resolve("mlp.bin");
        LearnedOptimizers.shipped(LearnedContendersTest.class, LearnedOptimizerKind.ADAFACTOR_MLP).write(mlp);
        UserError foreign = assertThrows(UserError.class, () -> LearnedContenders.contender("optimus:weights=" + mlp));
        assertTrue(foreign.getMessage().contains("not Optimus weights"), foreign.getMessage());

        UserError descent = assertThrows(UserError.class,
                () -> LearnedContenders.contender("optimus:weights=" + mlp + ":descent=9"));
        assertTrue(descent.getMessage().contains("descent=9"), descent.getMessage());
    }
}
