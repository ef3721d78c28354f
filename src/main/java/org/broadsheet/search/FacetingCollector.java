package org.broadsheet.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.util.FixedBitSet;
import org.broadsheet.index.ArticleDocuments;
import org.broadsheet.index.IndexSchema;

/**
 * One pass over every article the query matches: applies the date and author filters, hands the articles
 * that pass to the top-hits collector, counts them, and counts bylines and publication days for the facets.
 * The filters are applied here rather than as query clauses so that each facet can be counted without its
 * own filter ({@link SearchRequest.FacetScope#OTHER_FILTERS}) in the same pass. Not thread-safe: one per
 * slice of the index, made and added up by {@link FacetingCollectorManager}.
 */
final class FacetingCollector implements Collector {

    private static final int NO_DAY = Integer.MIN_VALUE;

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
        NumericDocValues days = DocValues.getNumeric(context.reader(), IndexSchema.DAY);
        SortedDocValues authors = DocValues.getSorted(context.reader(), IndexSchema.AUTHOR_NAME);
        FixedBitSet wantedAuthors = wantedAuthorOrds(authors);
        int[] leafAuthorCounts = new int[authors.getValueCount()];
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) throws IOException {
                if (topLeaf != null) {
                    topLeaf.setScorer(scorer);
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                int day = days.advanceExact(doc) ? (int) days.longValue() : NO_DAY;
                int author = authors.advanceExact(doc) ? authors.ordValue() : -1;
                boolean inDates = !filters.hasDates() || (day != NO_DAY && day >= filters.fromDay() && day <= filters.toDay());
                boolean byAuthor = wantedAuthors == null || (author >= 0 && wantedAuthors.get(author));
                if (inDates && byAuthor) {
                    total++;
                    if (topLeaf != null) {
                        topLeaf.collect(doc);
                    }
                }
                if (author >= 0 && inDates && (byAuthor || countFacetsWithoutOwnFilter)) {
                    leafAuthorCounts[author]++;
                }
                if (day != NO_DAY && byAuthor && (inDates || countFacetsWithoutOwnFilter)) {
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
                        authorCounts.merge(authors.lookupOrd(ord).utf8ToString(), leafAuthorCounts[ord], Integer::sum);
                    }
                }
            }
        };
    }

    /** The ordinals of this segment's bylines that the author filter keeps, or null without one. */
    private FixedBitSet wantedAuthorOrds(SortedDocValues authors) throws IOException {
        if (filters.authorKey() == null) {
            return null;
        }
        FixedBitSet wanted = new FixedBitSet(Math.max(1, authors.getValueCount()));
        for (int ord = 0; ord < authors.getValueCount(); ord++) {
            if (ArticleDocuments.authorKey(authors.lookupOrd(ord).utf8ToString()).equals(filters.authorKey())) {
                wanted.set(ord);
            }
        }
        return wanted;
    }
}
