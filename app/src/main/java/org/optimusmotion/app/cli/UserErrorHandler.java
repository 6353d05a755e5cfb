package org.optimusmotion.app.cli;

import picocli.CommandLine;

/**
 * Turns exceptions from commands into messages. Known user errors (bad input, files that cannot be
 * read) print one line and exit 2; anything else is a bug and keeps its stack trace, exit 1.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof UserError || ex instanceof IllegalArgumentException
                || ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
            cmd.getErr().println("error: " + ex.getMessage());
            return UserError.EXIT_CODE;
        }
        ex.printStackTrace(cmd.getErr());
        return 1;
    }
}
