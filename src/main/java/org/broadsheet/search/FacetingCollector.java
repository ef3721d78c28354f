package org.broadsheet.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.util.FixedBitSet;
import org.broadsheet.index.ArticleDocuments;
import org.broadsheet.task.Cancellation;

/**
 * One pass over the articles a query matches: applies the date, author, source and tag filters (reading days,
 * bylines and outlets from {@link FacetColumns}, tags from {@link MarkedDocs}), and hands the articles that pass
 * to the top-hits collector. When it counts facets it sees every match, counts those that pass, and counts
 * bylines, outlets, tags and publication days; when it only fetches a page it lets Lucene skip articles that
 * cannot make the page.
 * The filters are applied here rather than as query clauses so that each facet can be counted without its
 * own filter ({@link SearchRequest.FacetScope#OTHER_FILTERS}) in the same pass, and so that every page of a
 * list is ranked by the very same query. Gives up with {@link SearchCancelledException} when cancelled. Not
 * thread-safe: one per slice of the index, made and added up by {@link FacetingCollectorManager}.
 */
final class FacetingCollector implements Collector {

    /** How many matches are collected between looks at the cancellation. */
    private static final int CANCEL_CHECK_MASK = 4095;

    private final TopFieldCollector top;
    private final Filters filters;
    private final MarkedDocs marked;
    private final Collapse collapse;
    private final StoryPicker picker;
    private final Facets facets;
    private final Cancellation cancellation;
    private final DayCounts countsByDay;
    private final Map<String, Integer> authorCounts = new HashMap<>();
    private final Map<String, Integer> sourceCounts = new HashMap<>();
    private final int[] tagCounts;
    private int total;

    /**
     * @param top    the collector of the best hits among those that pass the filters, or null when the best
     *               hits are found by another pass
     * @param facets what to count, or null to count nothing and only fill {@code top}
     */
    FacetingCollector(TopFieldCollector top, Filters filters, MarkedDocs marked, Collapse collapse, Facets facets,
                      Cancellation cancellation) {
        this.top = top;
        this.filters = filters;
        this.marked = marked;
        this.collapse = collapse;
        this.picker = collapse != null && collapse.picking() ? new StoryPicker(collapse.stories(), collapse.order())
                : null;
        this.tagCounts = new int[marked.tagNames().length];
        this.facets = facets;
        this.cancellation = cancellation;
        this.countsByDay = facets == null ? null : new DayCounts(facets.firstDay(), facets.dayCount());
    }

    /**
     * The filters beside the query.
     *
     * @param fromDay   first day to include, as days since 1970, or {@link Integer#MIN_VALUE}
     * @param toDay     last day to include, or {@link Integer#MAX_VALUE}
     * @param authorKeys the bylines to keep, as {@link ArticleDocuments#facetKey}; empty for all
     * @param sourceKeys the outlets to keep, as {@link ArticleDocuments#facetKey}; empty for all
     * @param tagKeys    the tags to keep, any of them, as {@code Marks.tagKey}; empty for all
     */
    record Filters(int fromDay, int toDay, Set<String> authorKeys, Set<String> sourceKeys, Set<String> tagKeys) {
        boolean hasDates() {
            return fromDay != Integer.MIN_VALUE || toDay != Integer.MAX_VALUE;
        }
    }

    /**
     * A list with one row per story: first, a pass that picks each story's version to show
     * ({@link #picking}), then passes that keep only those versions and the articles that are alone.
     *
     * @param representatives for each story, the global document that stands for it, or -1; null while picking
     * @param seen            where the picking pass notes every match of the query, for the passes after it;
     *                        null after picking
     */
    record Collapse(Stories stories, SortOrder order, int[] representatives, SeenMatches seen) {
        static Collapse picking(Stories stories, SortOrder order, SeenMatches seen) {
            return new Collapse(stories, order, null, seen);
        }

        /** The passes after picking, which show these versions. */
        Collapse showing(int[] chosen) {
            return new Collapse(stories, order, chosen, null);
        }

        boolean picking() {
            return representatives == null;
        }
    }

    /**
     * What to count besides the total.
     *
     * @param withoutOwnFilter whether each facet ignores its own filter
     * @param firstDay         the earliest publication day in the index, as days since 1970
     * @param dayCount         how many days the index spans
     */
    record Facets(boolean withoutOwnFilter, int firstDay, int dayCount) {
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

    Map<String, Integer> sourceCounts() {
        return sourceCounts;
    }

    /** The picker of this slice, while picking each story's version; else null. */
    StoryPicker picker() {
        return picker;
    }

    /** How many passing articles have each tag, by the ordinals of {@link MarkedDocs#tagNames}. */
    int[] tagCounts() {
        return tagCounts;
    }

    DayCounts countsByDay() {
        return countsByDay;
    }

    @Override
    public ScoreMode scoreMode() {
        if (picker != null && picker.needsScores()) {
            return ScoreMode.COMPLETE;
        }
        if (top == null) {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
        if (facets == null) {
            return top.scoreMode();
        }
        // Every match must be seen to be counted, so no hit may be skipped as uncompetitive.
        return top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        if (cancellation.isCancelled()) {
            throw new SearchCancelledException();
        }
        LeafCollector topLeaf = top == null ? null : top.getLeafCollector(context);
        FacetColumns columns = FacetColumns.of(context.reader());
        int[] days = columns.days;
        int[] authors = columns.authors.ords();
        int[] sources = columns.sources.ords();
        boolean[] wantedAuthors = wanted(columns.authors, filters.authorKeys());
        boolean[] wantedSources = wanted(columns.sources, filters.sourceKeys());
        int[] entries = marked.entries(context);
        boolean[] wantedTags = filters.tagKeys().isEmpty() ? null : marked.wantedTags(filters.tagKeys());
        int[] leafAuthorCounts = facets == null ? null : new int[columns.authors.names().length];
        int[] leafSourceCounts = facets == null ? null : new int[columns.sources.names().length];
        boolean withoutOwnFilter = facets != null && facets.withoutOwnFilter();
        StoryPicker.Leaf pickLeaf = picker == null ? null : picker.leaf(context);
        int[] storyOfDoc = collapse == null || collapse.picking() ? null : collapse.stories().storiesOf(context);
        int[] representatives = storyOfDoc == null ? null : collapse.representatives();
        int docBase = context.docBase;
        FixedBitSet matchesSeen = collapse == null || collapse.seen() == null ? null : collapse.seen().of(context);
        return new LeafCollector() {
            private int seen;

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                if (topLeaf != null) {
                    topLeaf.setScorer(scorer);
                }
                if (pickLeaf != null) {
                    pickLeaf.setScorer(scorer);
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                if ((++seen & CANCEL_CHECK_MASK) == 0 && cancellation.isCancelled()) {
                    throw new SearchCancelledException();
                }
                if (matchesSeen != null) {
                    matchesSeen.set(doc);
                }
                int day = days[doc];
                int author = authors[doc];
                int source = sources[doc];
                boolean inDates = !filters.hasDates() || (day != FacetColumns.NO_DAY && day >= filters.fromDay()
                        && day <= filters.toDay());
                boolean byAuthor = wantedAuthors == null || (author >= 0 && wantedAuthors[author]);
                boolean bySource = wantedSources == null || (source >= 0 && wantedSources[source]);
                int entry = entries == null ? -1 : entries[doc];
                boolean byTags = wantedTags == null || (entry >= 0 && hasAny(marked.tagOrdinals(entry), wantedTags));
                boolean passes = inDates && byAuthor && bySource && byTags;
                if (pickLeaf != null && passes) {
                    pickLeaf.offer(doc);
                }
                // In a collapsed list only each story's chosen version is listed, and counted.
                int story = storyOfDoc == null ? -1 : storyOfDoc[doc];
                if (story >= 0 && representatives[story] != docBase + doc) {
                    return;
                }
                if (passes) {
                    total++;
                    if (topLeaf != null) {
                        topLeaf.collect(doc);
                    }
                }
                if (leafAuthorCounts == null) {
                    return;
                }
                if (author >= 0 && inDates && bySource && byTags && (byAuthor || withoutOwnFilter)) {
                    leafAuthorCounts[author]++;
                }
                if (source >= 0 && inDates && byAuthor && byTags && (bySource || withoutOwnFilter)) {
                    leafSourceCounts[source]++;
                }
                if (day != FacetColumns.NO_DAY && byAuthor && bySource && byTags && (inDates || withoutOwnFilter)) {
                    countsByDay.add(day);
                }
                if (entry >= 0 && inDates && byAuthor && bySource && (byTags || withoutOwnFilter)) {
                    for (int tag : marked.tagOrdinals(entry)) {
                        tagCounts[tag]++;
                    }
                }
            }

            /** Only a page's pass may skip: a counting pass must see every match. */
            @Override
            public DocIdSetIterator competitiveIterator() throws IOException {
                return leafAuthorCounts == null && topLeaf != null ? topLeaf.competitiveIterator() : null;
            }

            @Override
            public void finish() throws IOException {
                if (topLeaf != null) {
                    topLeaf.finish();
                }
                if (leafAuthorCounts == null) {
                    return;
                }
                addUp(leafAuthorCounts, columns.authors.names(), authorCounts);
                addUp(leafSourceCounts, columns.sources.names(), sourceCounts);
            }
        };
    }

    private static boolean hasAny(int[] tags, boolean[] wanted) {
        for (int tag : tags) {
            if (wanted[tag]) {
                return true;
            }
        }
        return false;
    }

    /** Adds a segment's counts by ordinal to the counts by name. */
    private static void addUp(int[] counts, String[] names, Map<String, Integer> byName) {
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
                byName.merge(names[ord], counts[ord], Integer::sum);
            }
        }
    }

    /** Which of this segment's values a filter keeps, by ordinal, or null without the filter. */
    private static boolean[] wanted(FacetColumns.Keywords column, Set<String> keys) {
        if (keys.isEmpty()) {
            return null;
        }
        boolean[] wanted = new boolean[column.names().length];
        for (int ord = 0; ord < wanted.length; ord++) {
            wanted[ord] = keys.contains(ArticleDocuments.facetKey(column.names()[ord]));
        }
        return wanted;
    }
}
