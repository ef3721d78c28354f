package org.broadsheet.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total    how many articles match, of which {@code hits} is the requested page
 * @param authors  the bylines of the matching articles with their counts, most frequent first
 * @param tags     the tags of the matching articles with their counts, most frequent first
 * @param timeline the matching articles over time, by publication date
 */
public record SearchResult(int total, List<SearchHit> hits, List<AuthorCount> authors, List<TagCount> tags,
                           Timeline timeline) {

    public SearchResult {
        hits = List.copyOf(hits);
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }
}
