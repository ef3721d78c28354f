package org.broadsheet.index;

/**
 * An index was asked for a searcher after it had been replaced or closed. Whoever asked should look up the
 * current index again: a session replaces its index after damage or a failing disk.
 */
public final class IndexRetiredException extends IllegalStateException {

    IndexRetiredException() {
        super("this index has been replaced or closed");
    }
}
