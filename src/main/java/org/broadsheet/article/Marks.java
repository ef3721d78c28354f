package org.broadsheet.article;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a user has marked on one article: a star, tags, a note, whether it was read.
 *
 * @param tags    as the user wrote them, each once whatever its case, in alphabetical order
 * @param note    the note, or null without one
 * @param changed whether the article's text changed after it was marked (its file was edited)
 */
public record Marks(boolean starred, List<String> tags, String note, boolean read, boolean changed) {

    public static final Marks NONE = new Marks(false, List.of(), null, false, false);

    public Marks {
        tags = tags.stream().sorted(Comparator.comparing(Marks::tagKey).thenComparing(Comparator.naturalOrder()))
                .toList();
        note = note == null || note.isBlank() ? null : note;
    }

    /**
     * What tags are compared by: {@code Election}, {@code election} and {@code ELECTION} are one tag; so are a
     * tag typed with a composed or a decomposed accent.
     */
    public static String tagKey(String tag) {
        return Normalizer.normalize(tag.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    public boolean hasTag(String tag) {
        String key = tagKey(tag);
        return tags.stream().anyMatch(own -> tagKey(own).equals(key));
    }

    public boolean hasNote() {
        return note != null;
    }

    /** Whether there is nothing to keep: unmarked and unread. */
    public boolean isEmpty() {
        return !starred && tags.isEmpty() && note == null && !read;
    }
}
