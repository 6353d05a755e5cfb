package org.optimusmotion.optimizer.classic.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.optimizer.classic.Adam;
import org.optimusmotion.optimizer.classic.Bfgs;
import org.optimusmotion.optimizer.classic.OptimizerKind;

class TunedRatesTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsThroughJson() throws IOException {
        TunedRates rates = TunedRates.empty("grid 1e-5..1, 200 steps")
                .with("rosenbrock", OptimizerKind.ADAM, 0.01)
                .with("rosenbrock", OptimizerKind.GD, 1e-4)
                .with("ackley", OptimizerKind.GDM, 0.003);
        Path file = dir.resolve("sub/tuned-rates.json");
        rates.write(file);
        TunedRates back = TunedRates.read(file);
        assertEquals(rates, back);
        assertEquals(0.01, back.rate("rosenbrock", OptimizerKind.ADAM).getAsDouble());
        assertEquals(Adam.withLearningRate(0.01), back.optimizerFor(OptimizerKind.ADAM, "rosenbrock"));
        assertEquals(Bfgs.defaults(), back.optimizerFor(OptimizerKind.BFGS, "rosenbrock"));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }

    @Test
    void missingRateIsAClearError() {
        TunedRates rates = TunedRates.empty("").with("ackley", OptimizerKind.GD, 0.1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rates.optimizerFor(OptimizerKind.ADAM, "levy"));
        assertEquals("no tuned learning rate for adam on function 'levy'; tuned functions: [ackley]", e.getMessage());
    }

    @Test
    void badFilesNameTheFileAndEntry() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"rates\": {\"levy\": {\"adam\": -1}}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TunedRates.read(file));
        assertEquals(file + ": rates.levy.adam: rate must be finite and > 0, was -1.0", e.getMessage());

        Files.writeString(file, "{\"rates\": {\"levy\": {\"bfgs\": 0.1}}}");
        e = assertThrows(IllegalArgumentException.class, () -> TunedRates.read(file));
        assertTrue(e.getMessage().contains("bfgs has no learning rate"), e.getMessage());

        Files.writeString(file, "{\"rates\": ");
        e = assertThrows(IllegalArgumentException.class, () -> TunedRates.read(file));
        assertTrue(e.getMessage().startsWith(file + ": not valid JSON"), e.getMessage());
    }
}
