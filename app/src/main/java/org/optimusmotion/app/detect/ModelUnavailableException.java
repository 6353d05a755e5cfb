package org.optimusmotion.app.detect;

/** A pose model that cannot be found, read or loaded; the message says which file and why. */
public final class ModelUnavailableException extends Exception {

    public ModelUnavailableException(String message) {
        super(message);
    }

    public ModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
