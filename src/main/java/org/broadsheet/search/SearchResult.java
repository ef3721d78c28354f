package org.broadsheet.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total how many articles match, of which {@code hits} is the requested page
 */
public record SearchResult(int total, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
