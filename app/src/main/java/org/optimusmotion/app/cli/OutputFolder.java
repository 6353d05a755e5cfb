package org.optimusmotion.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The output folder a command was given with {@code --out}, created before any work starts, so that a
 * name that cannot be a folder fails in the first second rather than after the computing.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /** Creates {@code out} (and its parents) if needed; a user error when it cannot hold the outputs. */
    static Path prepare(Path out) {
        if (out.toString().isBlank()) {
            throw new UserError("--out is empty: name the output folder");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError(out + ": is a file, but --out needs a folder");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UserError(out + ": cannot create the output folder (" + UserErrorHandler.message(e) + ")", e);
        }
        if (!Files.isWritable(out)) {
            throw new UserError(out + ": the output folder is not writable");
        }
        return out;
    }
}
