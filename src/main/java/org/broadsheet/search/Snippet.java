package org.broadsheet.search;

import java.util.List;

/** The passage of an article that best shows why it matched, with the matching words marked. */
public record Snippet(String text, List<TextRange> highlights) {

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    public static Snippet plain(String text) {
        return new Snippet(text, List.of());
    }
}
