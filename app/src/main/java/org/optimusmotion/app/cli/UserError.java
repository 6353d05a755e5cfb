package org.optimusmotion.app.cli;

/**
 * A problem with what the user gave us (a file, an option, a value). The command line prints its
 * message and exits with {@link #EXIT_CODE}, without a stack trace.
 */
public class UserError extends RuntimeException {

    public static final int EXIT_CODE = 2;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
