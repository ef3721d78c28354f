package org.broadsheet.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.broadsheet.task.Cancellation;

/**
 * Makes one {@link FacetingCollector} per slice of the index, so that slices are searched at once, and adds
 * up what they found. Use one per search.
 */
final class FacetingCollectorManager implements CollectorManager<FacetingCollector, FacetingCollectorManager.Collected> {

    private final TopFieldCollectorManager top;
    private final FacetingCollector.Filters filters;
    private final MarkedDocs marked;
    private final FacetingCollector.Collapse collapse;
    private final FacetingCollector.Facets facets;
    private final Cancellation cancellation;

    /**
     * A pass that counts every match and its facets.
     *
     * @param sort the order of the best hits to keep, or null to keep none, when another pass finds them
     * @param hits how many of the best hits to keep
     */
    static FacetingCollectorManager counting(Sort sort, int hits, FacetingCollector.Filters filters, MarkedDocs marked,
                                             FacetingCollector.Collapse collapse, FacetingCollector.Facets facets,
                                             Cancellation cancellation) {
        // Every match is counted anyway, so the top collector may as well count them exactly.
        return new FacetingCollectorManager(sort == null ? null
                : new TopFieldCollectorManager(sort, hits, null, Integer.MAX_VALUE, true), filters, marked, collapse,
                facets, cancellation);
    }

    /**
     * A pass that only finds the best {@code hits} that pass the filters, after {@code after} (or from the
     * start when null), letting Lucene skip what cannot make them.
     */
    static FacetingCollectorManager page(Sort sort, int hits, FieldDoc after, FacetingCollector.Filters filters,
                                         MarkedDocs marked, FacetingCollector.Collapse collapse,
                                         Cancellation cancellation) {
        return new FacetingCollectorManager(new TopFieldCollectorManager(sort, hits, after, hits, true), filters,
                marked, collapse, null, cancellation);
    }

    private FacetingCollectorManager(TopFieldCollectorManager top, FacetingCollector.Filters filters,
                                     MarkedDocs marked, FacetingCollector.Collapse collapse,
                                     FacetingCollector.Facets facets, Cancellation cancellation) {
        this.top = top;
        this.filters = filters;
        this.marked = marked;
        this.collapse = collapse;
        this.facets = facets;
        this.cancellation = cancellation;
    }

    /**
     * What every slice found, added up.
     *
     * @param top             the best hits, or null when none were kept
     * @param representatives each story's chosen version, from a picking pass; else null
     */
    record Collected(TopFieldDocs top, int total, Map<String, Integer> authorCounts, Map<String, Integer> sourceCounts,
                     Map<String, Integer> tagCounts, DayCounts countsByDay, int[] representatives) {
    }

    @Override
    public FacetingCollector newCollector() throws IOException {
        return new FacetingCollector(top == null ? null : top.newCollector(), filters, marked, collapse, facets,
                cancellation);
    }

    @Override
    public Collected reduce(Collection<FacetingCollector> collectors) throws IOException {
        List<TopFieldCollector> tops = top == null ? List.of() : collectors.stream().map(FacetingCollector::top).toList();
        int total = 0;
        Map<String, Integer> authors = new HashMap<>();
        Map<String, Integer> sources = new HashMap<>();
        DayCounts days = facets == null ? null : new DayCounts(facets.firstDay(), facets.dayCount());
        int[] tags = new int[marked.tagNames().length];
        for (FacetingCollector collector : collectors) {
            total += collector.total();
            for (int tag = 0; tag < tags.length; tag++) {
                tags[tag] += collector.tagCounts()[tag];
            }
            collector.authorCounts().forEach((name, count) -> authors.merge(name, count, Integer::sum));
            collector.sourceCounts().forEach((name, count) -> sources.merge(name, count, Integer::sum));
            if (days != null) {
                days.addAll(collector.countsByDay());
            }
        }
        Map<String, Integer> tagCounts = new HashMap<>();
        for (int tag = 0; tag < tags.length; tag++) {
            if (tags[tag] > 0) {
                tagCounts.put(marked.tagNames()[tag], tags[tag]);
            }
        }
        int[] representatives = collapse != null && collapse.picking()
                ? StoryPicker.merged(collectors.stream().map(FacetingCollector::picker).toList(), collapse.stories().count())
                : null;
        return new Collected(top == null ? null : top.reduce(tops), total, authors, sources, tagCounts, days,
                representatives);
    }
}
