package org.optimusmotion.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The output folder a command was given with {@code --out}, created before any work starts, so that a
 * name that cannot be a folder fails in the first second rather than after the computing.
 */
final class OutputFolder {

    private final Path path;
    private final boolean created;

    private OutputFolder(Path path, boolean created) {
        this.path = path;
        this.created = created;
    }

    /** Removes the folder when this command created it and a failure left nothing in it. */
    void removeIfCreatedAndEmpty() {
        if (!created) {
            return;
        }
        try (var entries = Files.list(path)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            // Only tidying up after a failure that is being reported already.
        }
    }

    /** Creates {@code out} (and its parents) if needed; a user error when it cannot hold the outputs. */
    static OutputFolder prepare(Path out) {
        if (out.toString().isBlank()) {
            throw new UserError("--out is empty: name the output folder");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError(out + ": is a file, but --out needs a folder");
        }
        boolean created = !Files.exists(out);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UserError(out + ": cannot create the output folder (" + UserErrorHandler.message(e) + ")", e);
        }
        if (!Files.isWritable(out)) {
            throw new UserError(out + ": the output folder is not writable");
        }
        return new OutputFolder(out, created);
    }
}
