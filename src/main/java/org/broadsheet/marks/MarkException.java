package org.broadsheet.marks;

/** A mark could not be set or saved; the message says why, in words for the user. */
public final class MarkException extends Exception {

    public MarkException(String message) {
        super(message);
    }

    public MarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
