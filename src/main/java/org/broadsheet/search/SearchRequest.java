package org.broadsheet.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One search: the query as typed and the filters beside it.
 *
 * @param query         the user's query; blank means every article
 * @param from          first day to include, inclusive, compared with the publication date as printed; or null
 * @param to            last day to include, inclusive; or null
 * @param sort          the order, or null for the default (relevance with a query, newest without)
 * @param offset        how many hits of the ordered result to skip
 * @param limit         how many hits to return at most
 * @param whileTyping   whether the query is still being typed, so that its last word matches as a prefix
 */
public record SearchRequest(String query, LocalDate from, LocalDate to, SortOrder sort, int offset, int limit,
                            boolean whileTyping) {

    public static final int DEFAULT_LIMIT = 100;

    public SearchRequest {
        query = Objects.requireNonNullElse(query, "");
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    /** Every article, newest first, the first {@link #DEFAULT_LIMIT}. */
    public static SearchRequest all() {
        return new SearchRequest("", null, null, null, 0, DEFAULT_LIMIT, false);
    }

    public static SearchRequest of(String query) {
        return all().withQuery(query);
    }

    public SearchRequest withQuery(String newQuery) {
        return new SearchRequest(newQuery, from, to, sort, offset, limit, whileTyping);
    }

    public SearchRequest withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchRequest(query, newFrom, newTo, sort, offset, limit, whileTyping);
    }

    public SearchRequest withSort(SortOrder newSort) {
        return new SearchRequest(query, from, to, newSort, offset, limit, whileTyping);
    }

    public SearchRequest withPage(int newOffset, int newLimit) {
        return new SearchRequest(query, from, to, sort, newOffset, newLimit, whileTyping);
    }

    public SearchRequest whileTyping(boolean typing) {
        return new SearchRequest(query, from, to, sort, offset, limit, typing);
    }

    public boolean hasQuery() {
        return !query.isBlank();
    }

    /** The order actually used: the one asked for, else relevance with a query and newest without. */
    public SortOrder effectiveSort() {
        return Optional.ofNullable(sort).orElse(hasQuery() ? SortOrder.RELEVANCE : SortOrder.NEWEST);
    }
}
