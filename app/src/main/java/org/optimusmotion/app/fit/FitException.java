package org.optimusmotion.app.fit;

/** A fit could not start or run; the message is for the user (names what is missing). */
public final class FitException extends Exception {

    public FitException(String message) {
        super(message);
    }

    public FitException(String message, Throwable cause) {
        super(message, cause);
    }
}
