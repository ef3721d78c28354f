package org.broadsheet.search;

import java.util.Collections;
import java.util.List;

/**
 * Where a query matched inside one article, part by part, with offsets into each part's own text.
 *
 * @param paragraphs one list per body paragraph, in order
 */
public record ArticleMatches(List<TextRange> title, List<TextRange> standfirst, List<List<TextRange>> paragraphs) {

    public ArticleMatches {
        title = List.copyOf(title);
        standfirst = List.copyOf(standfirst);
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
    }

    public static ArticleMatches none(int paragraphCount) {
        return new ArticleMatches(List.of(), List.of(), Collections.nCopies(paragraphCount, List.of()));
    }

    /** How many separate matches there are in the whole article. */
    public int count() {
        return title.size() + standfirst.size() + paragraphs.stream().mapToInt(List::size).sum();
    }
}
