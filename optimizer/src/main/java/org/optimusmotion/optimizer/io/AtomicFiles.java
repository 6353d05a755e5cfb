package org.optimusmotion.optimizer.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Writes files so that a reader (or a crash) never sees half a file: the content goes to a temporary
 * file in the same directory, which is then renamed over the target.
 */
public final class AtomicFiles {

    /** Produces the content of a text file. */
    @FunctionalInterface
    public interface TextContent {
        /** Writes the whole content to {@code out}. */
        void writeTo(java.io.Writer out) throws IOException;
    }

    /** Writes the content of an output stream. */
    @FunctionalInterface
    public interface StreamWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFiles() {
    }

    /** Atomically replaces {@code target} with {@code text} (UTF-8), creating parent directories. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Atomically replaces {@code target} with the UTF-8 text that {@code content} writes. */
    public static void writeText(Path target, TextContent content) throws IOException {
        write(target, out -> {
            java.io.Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Atomically replaces {@code target} with {@code bytes}, creating parent directories. */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Atomically replaces {@code target} with what {@code writer} writes, creating parent directories. */
    public static void write(Path target, StreamWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "is a folder, not a file");
        }
        Path tmp;
        try {
            // Not Files.createTempFile: it makes the file rw------- whatever the umask.
            tmp = dir.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            Files.createFile(tmp);
        } catch (IOException e) {
            // The JDK names the temporary file; the user needs to hear about the file they asked for.
            FileSystemException f = new FileSystemException(absolute.toString(), null,
                    "cannot be written in " + dir + " (" + (e instanceof FileSystemException fe && fe.getReason() != null
                            ? fe.getReason() : e.getClass().getSimpleName()) + ")");
            f.initCause(e);
            throw f;
        }
        try {
            keepPermissions(tmp, absolute);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.writeTo(out);
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

    /** A replaced file keeps its permissions; a new one has what the umask gave the temporary file. */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (Files.exists(target) && Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        }
    }
}
