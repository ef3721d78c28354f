package org.broadsheet.search;

/** A query that cannot be run, with one sentence that tells the user what to change. */
public final class InvalidQueryException extends Exception {

    public InvalidQueryException(String message) {
        super(message);
    }

    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
