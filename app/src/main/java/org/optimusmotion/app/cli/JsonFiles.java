package org.optimusmotion.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.optimusmotion.optimizer.io.AtomicFiles;

/** Writes JSON reports atomically ({@link AtomicFiles}). */
final class JsonFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFiles() {
    }

    static void writeAtomically(Path file, Object value) {
        try {
            AtomicFiles.write(file, out -> MAPPER.writeValue(out, value));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + UserErrorHandler.message(e), e);
        }
    }
}
