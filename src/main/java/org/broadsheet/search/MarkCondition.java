package org.broadsheet.search;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.broadsheet.article.Marks;

/**
 * A condition on the user's marks, as the query language writes it: {@code tag:NAME}, {@code tag:pre*},
 * {@code is:starred}, {@code is:read}, {@code has:note}, {@code has:tag}, {@code note:word}. It is answered from the marks,
 * not from the index.
 *
 * @param value     the tag's key, or its start, for {@link Kind#TAG} and {@link Kind#TAG_PREFIX}
 * @param noteWords for {@link Kind#NOTE}: each word of the query, as the forms of it a note may contain
 */
record MarkCondition(Kind kind, String value, List<Set<String>> noteWords) {

    enum Kind { TAG, TAG_PREFIX, STARRED, READ, HAS_NOTE, HAS_TAG, NOTE }

    MarkCondition {
        noteWords = List.copyOf(noteWords);
    }

    static MarkCondition of(Kind kind) {
        return new MarkCondition(kind, "", List.of());
    }

    static MarkCondition tag(String tag, boolean prefix) {
        return new MarkCondition(prefix ? Kind.TAG_PREFIX : Kind.TAG, Marks.tagKey(tag), List.of());
    }

    /**
     * Whether an article's marks meet the condition.
     *
     * @param noteTerms the terms of the article's note as the text is analysed; asked only for {@link Kind#NOTE}
     */
    boolean test(Marks marks, Supplier<Set<String>> noteTerms) {
        return switch (kind) {
            case TAG -> marks.tags().stream().anyMatch(tag -> Marks.tagKey(tag).equals(value));
            case TAG_PREFIX -> marks.tags().stream().anyMatch(tag -> Marks.tagKey(tag).startsWith(value));
            case STARRED -> marks.starred();
            case READ -> marks.read();
            case HAS_NOTE -> marks.hasNote();
            case HAS_TAG -> !marks.tags().isEmpty();
            case NOTE -> marks.hasNote() && hasEveryWord(noteTerms.get());
        };
    }

    private boolean hasEveryWord(Set<String> terms) {
        return noteWords.stream().allMatch(forms -> forms.stream().anyMatch(terms::contains));
    }

    @Override
    public String toString() {
        return switch (kind) {
            case TAG -> "tag:" + value;
            case TAG_PREFIX -> "tag:" + value + "*";
            case STARRED -> "is:starred";
            case READ -> "is:read";
            case HAS_NOTE -> "has:note";
            case HAS_TAG -> "has:tag";
            case NOTE -> "note:" + noteWords;
        };
    }
}
