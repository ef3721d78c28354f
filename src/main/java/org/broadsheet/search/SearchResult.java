package org.broadsheet.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total    how many articles match; of what the list holds, {@code hits} is the requested page
 * @param authors  the bylines of the matching articles with their counts, most frequent first
 * @param sources  the outlets of the matching articles with their counts, most frequent first
 * @param tags     the tags of the matching articles with their counts, most frequent first
 * @param timeline the matching articles over time, by publication date
 * @param stories  in a collapsed list, how many stories the matching articles are, one row each; else -1
 */
public record SearchResult(int total, List<SearchHit> hits, List<AuthorCount> authors,
                           List<SourceCount> sources, List<TagCount> tags, Timeline timeline, int stories) {

    public SearchResult {
        hits = List.copyOf(hits);
        authors = List.copyOf(authors);
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
    }

    public boolean isCollapsed() {
        return stories >= 0;
    }

    /** How many rows the list holds: the stories of a collapsed list, else the articles. */
    public int listed() {
        return isCollapsed() ? stories : total;
    }
}
