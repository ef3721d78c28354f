package org.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.broadsheet.index.IndexSchema;

/**
 * Each article's publication day, byline and outlet, per segment, as plain arrays: every search counts them for
 * every match, and reading them from doc values cost more than finding the matches. A segment's arrays are made
 * the first time a search needs them and dropped when the segment closes; a segment never changes, so they
 * never go stale. About 12 bytes per article. Thread-safe.
 */
final class FacetColumns {

    static final int NO_DAY = Integer.MIN_VALUE;

    private static final Map<IndexReader.CacheKey, FacetColumns> CACHE = new ConcurrentHashMap<>();

    /** Days since 1970 of each document, or {@link #NO_DAY}. */
    final int[] days;
    final Keywords authors;
    final Keywords sources;

    /**
     * One keyword of each document, as an ordinal into the segment's sorted values.
     *
     * @param ords  each document's ordinal into {@code names}, or -1 when it has none
     * @param names the segment's values, as written
     */
    record Keywords(int[] ords, String[] names) {
    }

    private FacetColumns(int[] days, Keywords authors, Keywords sources) {
        this.days = days;
        this.authors = authors;
        this.sources = sources;
    }

    static FacetColumns of(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return read(reader);
        }
        try {
            return CACHE.computeIfAbsent(helper.getKey(), key -> {
                helper.addClosedListener(CACHE::remove);
                try {
                    return read(reader);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static FacetColumns read(LeafReader reader) throws IOException {
        int documents = reader.maxDoc();
        int[] days = new int[documents];
        Arrays.fill(days, NO_DAY);
        NumericDocValues dayValues = DocValues.getNumeric(reader, IndexSchema.DAY);
        for (int doc = dayValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dayValues.nextDoc()) {
            days[doc] = (int) dayValues.longValue();
        }
        return new FacetColumns(days, keywords(reader, IndexSchema.AUTHOR_NAME),
                keywords(reader, IndexSchema.SOURCE_NAME));
    }

    private static Keywords keywords(LeafReader reader, String field) throws IOException {
        int[] ords = new int[reader.maxDoc()];
        Arrays.fill(ords, -1);
        SortedDocValues values = DocValues.getSorted(reader, field);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            ords[doc] = values.ordValue();
        }
        String[] names = new String[values.getValueCount()];
        for (int ord = 0; ord < names.length; ord++) {
            names[ord] = values.lookupOrd(ord).utf8ToString();
        }
        return new Keywords(ords, names);
    }
}
