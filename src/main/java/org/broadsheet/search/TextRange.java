package org.broadsheet.search;

/** A span of characters in a piece of text, {@code start} inclusive and {@code end} exclusive. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
