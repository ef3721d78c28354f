package org.broadsheet.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.broadsheet.index.ArticleDocuments;

/**
 * One pass over every article the query matches: applies the date and author filters (reading days and
 * bylines from {@link FacetColumns}), hands the articles that pass to the top-hits collector, counts them, and
 * counts bylines and publication days for the facets.
 * The filters are applied here rather than as query clauses so that each facet can be counted without its
 * own filter ({@link SearchRequest.FacetScope#OTHER_FILTERS}) in the same pass. Not thread-safe: one per
 * slice of the index, made and added up by {@link FacetingCollectorManager}.
 */
final class FacetingCollector implements Collector {

    private final TopFieldCollector top;
    private final Filters filters;
    private final boolean countFacetsWithoutOwnFilter;
    private final int firstDay;
    private final int[] countsByDay;
    private final Map<String, Integer> authorCounts = new HashMap<>();
    private int total;

    /**
     * @param top       the collector of the best hits among those that pass the filters, or null when the
     *                  best hits are found by another pass
     * @param firstDay  the earliest publication day in the index, as days since 1970
     * @param dayCount  how many days the index spans
     */
    FacetingCollector(TopFieldCollector top, Filters filters, boolean countFacetsWithoutOwnFilter, int firstDay,
                      int dayCount) {
        this.top = top;
        this.filters = filters;
        this.countFacetsWithoutOwnFilter = countFacetsWithoutOwnFilter;
        this.firstDay = firstDay;
        this.countsByDay = new int[dayCount];
    }

    /**
     * The filters beside the query.
     *
     * @param fromDay   first day to include, as days since 1970, or {@link Integer#MIN_VALUE}
     * @param toDay     last day to include, or {@link Integer#MAX_VALUE}
     * @param authorKey the byline to keep, as {@link ArticleDocuments#authorKey}, or null for all
     */
    record Filters(int fromDay, int toDay, String authorKey) {
        boolean hasDates() {
            return fromDay != Integer.MIN_VALUE || toDay != Integer.MAX_VALUE;
        }
    }

    TopFieldCollector top() {
        return top;
    }

    int total() {
        return total;
    }

    Map<String, Integer> authorCounts() {
        return authorCounts;
    }

    int[] countsByDay() {
        return countsByDay;
    }

    @Override
    public ScoreMode scoreMode() {
        // Every match must be seen to be counted, so no hit may be skipped as uncompetitive.
        return top != null && top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        LeafCollector topLeaf = top == null ? null : top.getLeafCollector(context);
        FacetColumns columns = FacetColumns.of(context.reader());
        int[] days = columns.days;
        int[] authors = columns.authorOrds;
        boolean[] wantedAuthors = wantedAuthors(columns);
        int[] leafAuthorCounts = new int[columns.authorNames.length];
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) throws IOException {
                if (topLeaf != null) {
                    topLeaf.setScorer(scorer);
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                int day = days[doc];
                int author = authors[doc];
                boolean inDates = !filters.hasDates() || (day != FacetColumns.NO_DAY && day >= filters.fromDay()
                        && day <= filters.toDay());
                boolean byAuthor = wantedAuthors == null || (author >= 0 && wantedAuthors[author]);
                if (inDates && byAuthor) {
                    total++;
                    if (topLeaf != null) {
                        topLeaf.collect(doc);
                    }
                }
                if (author >= 0 && inDates && (byAuthor || countFacetsWithoutOwnFilter)) {
                    leafAuthorCounts[author]++;
                }
                if (day != FacetColumns.NO_DAY && byAuthor && (inDates || countFacetsWithoutOwnFilter)) {
                    countsByDay[day - firstDay]++;
                }
            }

            @Override
            public void finish() throws IOException {
                if (topLeaf != null) {
                    topLeaf.finish();
                }
                for (int ord = 0; ord < leafAuthorCounts.length; ord++) {
                    if (leafAuthorCounts[ord] > 0) {
                        authorCounts.merge(columns.authorNames[ord], leafAuthorCounts[ord], Integer::sum);
                    }
                }
            }
        };
    }

    /** Which of this segment's bylines the author filter keeps, by ordinal, or null without one. */
    private boolean[] wantedAuthors(FacetColumns columns) {
        if (filters.authorKey() == null) {
            return null;
        }
        boolean[] wanted = new boolean[columns.authorNames.length];
        for (int ord = 0; ord < wanted.length; ord++) {
            wanted[ord] = ArticleDocuments.authorKey(columns.authorNames[ord]).equals(filters.authorKey());
        }
        return wanted;
    }
}
