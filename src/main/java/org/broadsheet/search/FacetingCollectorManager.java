package org.broadsheet.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Makes one {@link FacetingCollector} per slice of the index, so that slices are searched at once, and adds
 * up what they found. Use one per search.
 */
final class FacetingCollectorManager implements CollectorManager<FacetingCollector, FacetingCollectorManager.Collected> {

    private final TopFieldCollectorManager top;
    private final FacetingCollector.Filters filters;
    private final boolean countFacetsWithoutOwnFilter;
    private final int firstDay;
    private final int dayCount;

    /**
     * @param sort     the order of the best hits to keep, or null to keep none, when another pass finds them
     * @param hits     how many of the best hits to keep
     * @param firstDay the earliest publication day in the index, as days since 1970
     * @param dayCount how many days the index spans
     */
    FacetingCollectorManager(Sort sort, int hits, FacetingCollector.Filters filters,
                             boolean countFacetsWithoutOwnFilter, int firstDay, int dayCount) {
        // Every match is counted anyway, so the top collector may as well count them exactly.
        this.top = sort == null ? null : new TopFieldCollectorManager(sort, hits, null, Integer.MAX_VALUE, true);
        this.filters = filters;
        this.countFacetsWithoutOwnFilter = countFacetsWithoutOwnFilter;
        this.firstDay = firstDay;
        this.dayCount = dayCount;
    }

    /**
     * What every slice found, added up.
     *
     * @param top the best hits, or null when none were kept
     */
    record Collected(TopFieldDocs top, int total, Map<String, Integer> authorCounts, int firstDay, int[] countsByDay) {
    }

    @Override
    public FacetingCollector newCollector() {
        return new FacetingCollector(top == null ? null : top.newCollector(), filters, countFacetsWithoutOwnFilter,
                firstDay, dayCount);
    }

    @Override
    public Collected reduce(Collection<FacetingCollector> collectors) throws IOException {
        List<TopFieldCollector> tops = top == null ? List.of() : collectors.stream().map(FacetingCollector::top).toList();
        int total = 0;
        Map<String, Integer> authors = new HashMap<>();
        int[] days = new int[dayCount];
        for (FacetingCollector collector : collectors) {
            total += collector.total();
            collector.authorCounts().forEach((name, count) -> authors.merge(name, count, Integer::sum));
            int[] counted = collector.countsByDay();
            for (int i = 0; i < days.length; i++) {
                days[i] += counted[i];
            }
        }
        return new Collected(top == null ? null : top.reduce(tops), total, authors, firstDay, days);
    }
}
