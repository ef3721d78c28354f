package org.broadsheet.session;

/**
 * Work on an index failed for no reason of storage or damage: a bug. It is logged with its trace where it is
 * handled; users are told in a plain sentence that an internal error stopped the work.
 */
public final class IndexBugException extends RuntimeException {

    IndexBugException(Throwable cause) {
        super("an internal error stopped work on the index", cause);
    }
}
