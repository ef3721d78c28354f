package org.broadsheet.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One search: the query as typed and the filters beside it.
 *
 * @param query         the user's query; blank means every article
 * @param from          first day to include, inclusive, compared with the publication date as printed; or null
 * @param to            last day to include, inclusive; or null
 * @param sort          the order, or null for the default (relevance with a query, newest without)
 * @param offset        how many hits of the ordered result to skip
 * @param limit         how many hits to return at most
 * @param authors       only articles with one of these bylines (compared ignoring case); empty for all
 * @param sources       only articles from one of these outlets (compared ignoring case); empty for all
 * @param tags          only articles with one of these tags (compared ignoring case); empty for all
 * @param whileTyping   whether the query is still being typed, so that its last word matches as a prefix
 * @param facetScope    which filters the author, source and tag counts and the timeline respect
 * @param collapse      whether each story is listed once, by one of its versions, rather than every version
 */
public record SearchRequest(String query, LocalDate from, LocalDate to, SortOrder sort, int offset, int limit,
                            Set<String> authors, Set<String> sources, Set<String> tags, boolean whileTyping,
                            FacetScope facetScope, boolean collapse) {

    /** Which filters the author, source and tag counts and the timeline respect. */
    public enum FacetScope {
        /** Every filter: the counts describe exactly the articles found. */
        ALL_FILTERS,
        /**
         * Every filter but their own: the author counts ignore the author filter, the source counts the source
         * filter, the tag counts the tag filter and the timeline the dates, so that the window can show the
         * other authors, sources and tags and the dates around a chosen range.
         */
        OTHER_FILTERS
    }

    public static final int DEFAULT_LIMIT = 100;

    public SearchRequest {
        query = Objects.requireNonNullElse(query, "");
        authors = cleaned(authors);
        sources = cleaned(sources);
        tags = cleaned(tags);
        facetScope = Objects.requireNonNullElse(facetScope, FacetScope.ALL_FILTERS);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
    }

    private static Set<String> cleaned(Set<String> names) {
        return names == null ? Set.of() : names.stream().filter(Objects::nonNull).map(String::strip)
                .filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Every article, newest first, the first {@link #DEFAULT_LIMIT}. */
    public static SearchRequest all() {
        return new SearchRequest("", null, null, null, 0, DEFAULT_LIMIT, Set.of(), Set.of(), Set.of(), false,
                FacetScope.ALL_FILTERS, false);
    }

    public static SearchRequest of(String query) {
        return all().withQuery(query);
    }

    public SearchRequest withQuery(String newQuery) {
        return new SearchRequest(newQuery, from, to, sort, offset, limit, authors, sources, tags,
                whileTyping, facetScope, collapse);
    }

    public SearchRequest withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchRequest(query, newFrom, newTo, sort, offset, limit, authors, sources, tags,
                whileTyping, facetScope, collapse);
    }

    public SearchRequest withSort(SortOrder newSort) {
        return new SearchRequest(query, from, to, newSort, offset, limit, authors, sources, tags,
                whileTyping, facetScope, collapse);
    }

    public SearchRequest withPage(int newOffset, int newLimit) {
        return new SearchRequest(query, from, to, sort, newOffset, newLimit, authors, sources, tags,
                whileTyping, facetScope, collapse);
    }

    /** Only articles by this byline; null or blank for every author. */
    public SearchRequest withAuthor(String newAuthor) {
        return withAuthors(newAuthor == null ? Set.of() : Set.of(newAuthor));
    }

    public SearchRequest withAuthors(Set<String> newAuthors) {
        return new SearchRequest(query, from, to, sort, offset, limit, newAuthors, sources, tags,
                whileTyping, facetScope, collapse);
    }

    /** Only articles from one of these outlets; empty for every source. */
    public SearchRequest withSources(Set<String> newSources) {
        return new SearchRequest(query, from, to, sort, offset, limit, authors, newSources, tags,
                whileTyping, facetScope, collapse);
    }

    /** Only articles with one of these tags; empty for every article. */
    public SearchRequest withTags(Set<String> newTags) {
        return new SearchRequest(query, from, to, sort, offset, limit, authors, sources, newTags,
                whileTyping, facetScope, collapse);
    }

    public SearchRequest whileTyping(boolean typing) {
        return new SearchRequest(query, from, to, sort, offset, limit, authors, sources, tags, typing, facetScope,
                collapse);
    }

    public SearchRequest withFacetScope(FacetScope scope) {
        return new SearchRequest(query, from, to, sort, offset, limit, authors, sources, tags,
                whileTyping, scope, collapse);
    }

    /** Each story once, by the version the order puts first; or every version. */
    public SearchRequest withCollapse(boolean once) {
        return new SearchRequest(query, from, to, sort, offset, limit, authors, sources, tags,
                whileTyping, facetScope, once);
    }

    public boolean hasDates() {
        return from != null || to != null;
    }

    public boolean hasQuery() {
        return !query.isBlank();
    }

    /** The order actually used: the one asked for, else relevance with a query and newest without. */
    public SortOrder effectiveSort() {
        return Optional.ofNullable(sort).orElse(hasQuery() ? SortOrder.RELEVANCE : SortOrder.NEWEST);
    }
}
