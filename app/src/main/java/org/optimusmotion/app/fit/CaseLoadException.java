package org.optimusmotion.app.fit;

/**
 * A case could not be opened: the message is one or two sentences for the user (what is missing or
 * does not match, naming the file), never a stack trace.
 */
public final class CaseLoadException extends Exception {

    public CaseLoadException(String message) {
        super(message);
    }

    public CaseLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
