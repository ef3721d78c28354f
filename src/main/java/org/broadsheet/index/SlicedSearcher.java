package org.broadsheet.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that splits the index into one slice per core, with about as many documents in each, and
 * searches the slices at once: a search that must visit most of the archive (a phrase of common words, a
 * short prefix) finishes in a fraction of the time. Small searches cost little more.
 */
final class SlicedSearcher extends IndexSearcher {

    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** Shared by every index of the process; daemon threads, so they never keep the application alive. */
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(CORES, new SearchThreads());

    SlicedSearcher(IndexReader reader) {
        super(reader, THREADS);
    }

    /** Makes the searchers a {@code SearcherManager} hands out. */
    static SearcherFactory factory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new SlicedSearcher(reader);
            }
        };
    }

    /** Segments go, largest first, to the slice that holds the fewest documents so far. */
    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        int count = Math.min(CORES, leaves.size());
        if (count <= 1) {
            return new LeafSlice[] {new LeafSlice(new ArrayList<>(leaves))};
        }
        List<List<LeafReaderContext>> slices = new ArrayList<>();
        long[] documents = new long[count];
        for (int i = 0; i < count; i++) {
            slices.add(new ArrayList<>());
        }
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt((LeafReaderContext leaf) -> leaf.reader().maxDoc()).reversed());
        for (LeafReaderContext leaf : bySize) {
            int smallest = 0;
            for (int i = 1; i < count; i++) {
                if (documents[i] < documents[smallest]) {
                    smallest = i;
                }
            }
            slices.get(smallest).add(leaf);
            documents[smallest] += leaf.reader().maxDoc();
        }
        return slices.stream().filter(slice -> !slice.isEmpty()).map(LeafSlice::new).toArray(LeafSlice[]::new);
    }

    private static final class SearchThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "broadsheet-search-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
