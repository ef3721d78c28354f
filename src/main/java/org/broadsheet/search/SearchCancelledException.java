package org.broadsheet.search;

/**
 * A search gave up because a newer one superseded it. Never shown to a user: whoever cancelled the search
 * has already moved on to the next one.
 */
public final class SearchCancelledException extends RuntimeException {

    public SearchCancelledException() {
        super("the search was superseded", null, false, false);
    }
}
