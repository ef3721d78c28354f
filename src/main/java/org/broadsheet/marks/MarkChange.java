package org.broadsheet.marks;

import java.util.Objects;
import java.util.Set;

/**
 * What to change in the marks of some articles; what it leaves null or empty stays as it is.
 *
 * @param starred    the star to set, or null
 * @param addTags    tags to add
 * @param removeTags tags to take off, compared ignoring case
 * @param note       the note to set, blank to remove it, or null to leave it
 * @param read       the read state to set, or null
 */
public record MarkChange(Boolean starred, Set<String> addTags, Set<String> removeTags, String note, Boolean read) {

    public MarkChange {
        addTags = Set.copyOf(Objects.requireNonNullElse(addTags, Set.of()));
        removeTags = Set.copyOf(Objects.requireNonNullElse(removeTags, Set.of()));
    }

    public static MarkChange star(boolean starred) {
        return new MarkChange(starred, Set.of(), Set.of(), null, null);
    }

    public static MarkChange addTag(String tag) {
        return new MarkChange(null, Set.of(tag), Set.of(), null, null);
    }

    public static MarkChange removeTag(String tag) {
        return new MarkChange(null, Set.of(), Set.of(tag), null, null);
    }

    public static MarkChange note(String note) {
        return new MarkChange(null, Set.of(), Set.of(), Objects.requireNonNullElse(note, ""), null);
    }

    public static MarkChange read(boolean read) {
        return new MarkChange(null, Set.of(), Set.of(), null, read);
    }

    /** Whether the user changed what they keep about the article, not just whether they read it. */
    boolean changesMarks() {
        return starred != null || !addTags.isEmpty() || !removeTags.isEmpty() || note != null;
    }

    public boolean isEmpty() {
        return !changesMarks() && read == null;
    }
}
