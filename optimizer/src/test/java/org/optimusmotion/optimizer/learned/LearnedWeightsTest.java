package org.optimusmotion.optimizer.learned;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.OptimizeResult;
import org.optimusmotion.optimizer.Optimizer;

class LearnedWeightsTest {

    @TempDir
    Path dir;

    private static final OptimusConfig SMALL = OptimusConfig.defaults().withModelDim(8);

    private static OptimizeResult run(Optimizer opt) {
        double[] h = {1, 2, 3, 4};
        double[] c = {0.1, -0.2, 0.3, 0};
        return Minimizer.minimize(opt, LearnedTestProblems.quartic(h, c), new double[] {1, 1, -1, 0.5},
                Budget.iterations(5), ConvergenceChecker.never());
    }

    @Test
    void roundTripKeepsEverythingAndTheOptimizerBehavesIdentically() throws IOException {
        for (LearnedOptimizer family : new LearnedOptimizer[] {new Optimus(SMALL), new AdafactorMlp(AdafactorMlpConfig.defaults())}) {
            double[] theta = family.initialTheta(7);
            LearnedWeights w = LearnedWeights.of(family, theta, "test provenance");
            Path file = dir.resolve(family.kind().id() + ".bin");
            w.write(file);
            LearnedWeights back = LearnedWeights.read(file);
            assertEquals(w, back);
            assertEquals("test provenance", back.provenance());
            assertArrayEquals(theta, back.theta());
            assertArrayEquals(run(family.withWeights(theta)).x(), run(LearnedOptimizers.load(file)).x(), 0.0);
        }
    }

    @Test
    void corruptFileIsRejectedByChecksum() throws IOException {
        Optimus family = new Optimus(SMALL);
        byte[] bytes = LearnedWeights.of(family, family.initialTheta(1), "").toBytes();
        bytes[bytes.length / 2] ^= 0x10;
        Path file = dir.resolve("corrupt.bin");
        Files.write(file, bytes);
        WeightsFileException e = assertThrows(WeightsFileException.class, () -> LearnedWeights.read(file));
        assertTrue(e.getMessage().contains("corrupt.bin") && e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void truncatedOrForeignFilesAreRejected() throws IOException {
        Optimus family = new Optimus(SMALL);
        byte[] bytes = LearnedWeights.of(family, family.initialTheta(1), "").toBytes();
        Path truncated = dir.resolve("truncated.bin");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertThrows(WeightsFileException.class, () -> LearnedWeights.read(truncated));
        Path foreign = dir.resolve("foreign.bin");
        Files.writeString(foreign, "this is not a weights file at all, but long enough to be read");
        WeightsFileException e = assertThrows(WeightsFileException.class, () -> LearnedWeights.read(foreign));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
    }

    @Test
    void mismatchedArchitectureIsRejectedWithAClearMessage() {
        Optimus family = new Optimus(SMALL);
        Map<String, String> wrong = new HashMap<>(family.configHeader());
        wrong.put("modelDim", "16");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LearnedWeights(LearnedOptimizerKind.OPTIMUS, wrong, "", family.initialTheta(1)));
        assertTrue(e.getMessage().contains("meta-parameters"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new AdafactorMlp(AdafactorMlpConfig.defaults()).withWeights(family.initialTheta(1)));
    }

    @Test
    void missingResourceSaysWhichOne() {
        WeightsFileException e = assertThrows(WeightsFileException.class,
                () -> LearnedOptimizers.readResource(LearnedWeightsTest.class, "/no/such/weights.bin"));
        assertTrue(e.getMessage().contains("/no/such/weights.bin"), e.getMessage());
    }
}
