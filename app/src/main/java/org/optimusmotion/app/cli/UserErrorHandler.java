package org.optimusmotion.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Turns exceptions from commands into messages. Known user errors (bad input, files that cannot be
 * read or written) print one line and exit 2; anything else is a bug and keeps its stack trace, exit 1.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        Throwable e = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (e instanceof UserError || e instanceof IllegalArgumentException || e instanceof IOException) {
            cmd.getErr().println("error: " + message(e));
            return UserError.EXIT_CODE;
        }
        ex.printStackTrace(cmd.getErr());
        return 1;
    }

    /**
     * The exception's message, naming the file when the JDK's own does not: a file-system exception's
     * message is often just the path ("out: File exists" arrives as "out").
     */
    static String message(Throwable e) {
        if (!(e instanceof FileSystemException f) || f.getFile() == null) {
            return e.getMessage();
        }
        String file = f.getFile();
        if (e instanceof FileAlreadyExistsException) {
            Path p = Path.of(file);
            return Files.isDirectory(p) ? file + ": already exists" : file + ": is a file, but a folder is needed here";
        }
        if (e instanceof NoSuchFileException) {
            return file + ": no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return file + ": permission denied";
        }
        return f.getReason() == null ? file + ": " + e.getClass().getSimpleName() : file + ": " + f.getReason();
    }
}
