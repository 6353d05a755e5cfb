package org.optimusmotion.physics.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files atomically: content goes to a temporary file in the same directory, which is then
 * moved over the target with {@link StandardCopyOption#ATOMIC_MOVE}. Readers never see a half-written
 * file, and a failed write leaves the previous file untouched.
 */
public final class AtomicFiles {

    /** Produces the content of a text file. */
    @FunctionalInterface
    public interface TextContent {
        /** Writes the whole content to {@code out}. */
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes UTF-8 text produced by {@code content} to {@code target}, atomically. */
    public static void writeText(Path target, TextContent content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes a string to {@code target}, atomically. */
    public static void writeString(Path target, String text) throws IOException {
        writeText(target, out -> out.write(text));
    }
}
