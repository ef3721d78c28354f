package org.broadsheet.search;

import java.io.IOException;
import java.util.List;

import org.broadsheet.task.Cancellation;

/**
 * One result list: what a search found (its total, facets and first page) and the way to its later pages,
 * which come from the same state of the archive as the first one, so that a list never shows a row twice or
 * skips one while the archive changes underneath it. Made by {@link ArchiveSearch#list}; page through it from
 * any thread.
 *
 * @param request the search; {@link SearchRequest#limit()} is the page size
 * @param first   the total, the first page of hits, the author counts and the timeline
 */
public record SearchListing(SearchRequest request, SearchResult first, Pages pages) {

    /** The pages of a list, from the state of the archive its first page came from. */
    public interface Pages {

        /**
         * The hits of page {@code page} (0 is the first).
         *
         * @throws org.broadsheet.index.SnapshotExpiredException when that state is no longer kept: search again
         * @throws SearchCancelledException when cancelled meanwhile
         */
        List<SearchHit> page(int page, Cancellation cancellation) throws IOException;
    }

    /** How many rows the list holds: one per story when collapsed, else one per article. */
    public int total() {
        return first.listed();
    }

    public int pageSize() {
        return Math.max(1, request.limit());
    }

    /** The hits of a page; page 0 is known already. */
    public List<SearchHit> page(int page, Cancellation cancellation) throws IOException {
        return page == 0 ? first.hits() : pages.page(page, cancellation);
    }
}
