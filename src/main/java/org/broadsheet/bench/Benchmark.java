package org.broadsheet.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;

import org.broadsheet.search.ArchiveSearch;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SearchResult;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.task.Cancellation;
import org.broadsheet.versions.MinHash;
import org.broadsheet.versions.Shingles;

/**
 * Measures Broadsheet on a synthetic archive: building the index from nothing, starting again over the
 * same archive, the searches the window makes as a user types, and, once a share of the articles is marked,
 * the searches by marks; and, on the same archive, the plainest Lucene indexer, for comparison. Works in a
 * temporary folder that it deletes afterwards.
 */
public final class Benchmark {

    private final int articles;
    private final long seed;
    private final SyntheticArchive.Body body;
    private final SyntheticFormat format;

    public Benchmark(int articles, long seed, SyntheticArchive.Body body, SyntheticFormat format) {
        this.articles = articles;
        this.seed = seed;
        this.body = body;
        this.format = format;
    }

    public BenchmarkReport run() throws IOException {
        Path root = Files.createTempDirectory("broadsheet-bench-");
        try (HeapPeak heap = new HeapPeak()) {
            Path archive = root.resolve("archive");
            SyntheticArchive generator = new SyntheticArchive(seed, body);
            long bytes = generator.write(archive, articles, format);

            SessionFactory sessions = SessionFactory.storedIn(root.resolve("cache"), root.resolve("data"));

            // Each clock stops when the archive is searchable; closing (which lets background merges finish) is
            // not part of it.
            double cold;
            double grouping;
            long coldStart = System.nanoTime();
            try (ArchiveSession session = sessions.open(archive)) {
                session.ingest(IngestListener.NONE);
                cold = seconds(System.nanoTime() - coldStart);
                grouping = session.lastGrouping() == null ? 0 : session.lastGrouping().took().toNanos() / 1e9;
            }

            double warm;
            BenchmarkReport.QueryTimes queries;
            BenchmarkReport.Versions versions;
            BenchmarkMarks.Marked marked;
            BenchmarkReport.QueryTimes byMarks;
            long warmStart = System.nanoTime();
            try (ArchiveSession session = sessions.open(archive)) {
                session.ingest(IngestListener.NONE);
                warm = seconds(System.nanoTime() - warmStart);
                queries = timeQueries(session.searcher(), BenchmarkQueries.of(generator, seed + 1),
                        BenchmarkQueries.of(generator, seed));
                versions = new BenchmarkReport.Versions(generator.versionsWritten(), folded(session),
                        round(grouping, 3), round(signatureSeconds(session), 3));
                // Marks come after: the word queries are timed as an archive nobody has marked yet answers them.
                marked = BenchmarkMarks.apply(session);
                byMarks = timeQueries(session.searcher(), BenchmarkMarks.queries(generator, seed + 1),
                        BenchmarkMarks.queries(generator, seed));
            }
            long heapPeak = heap.peakMegabytes();
            // Last, with the session closed: its merges and threads must not slow the baseline down. In a JVM of
            // its own, which neither finds Lucene's code compiled by Broadsheet's builds nor counts in its heap.
            // The plain indexer reads text files only.
            BenchmarkReport.Baseline plain = null;
            Double ratio = null;
            if (format == SyntheticFormat.TEXT) {
                double baseline = BaselineIndexer.indexInOwnJvm(archive,
                        Files.createDirectory(root.resolve("baseline")));
                plain = new BenchmarkReport.Baseline(round(baseline, 3), round(articles / baseline, 0));
                ratio = round(cold / baseline, 2);
            }
            return new BenchmarkReport(articles, bytes, Runtime.getRuntime().availableProcessors(),
                    round(cold, 3), round(articles / cold, 0), round(warm, 3), queries, heapPeak,
                    new BenchmarkReport.Marked(marked.articles(), round(marked.seconds(), 3), byMarks), versions,
                    plain, ratio);
        } finally {
            deleteRecursively(root);
        }
    }

    /** How many articles a collapsed list of every article hides behind the versions that show their stories. */
    private static int folded(ArchiveSession session) throws IOException {
        try {
            SearchResult all = session.searcher().search(SearchRequest.all().withPage(0, 0).withCollapse(true));
            return all.total() - all.stories();
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("listing every article needs no query", e);
        }
    }

    /** The time the shingles and bands of every article take on one thread, articles read apart. */
    private static double signatureSeconds(ArchiveSession session) throws IOException {
        long[] nanos = {0};
        try {
            session.searcher().eachMatch(SearchRequest.all(), found -> {
                long start = System.nanoTime();
                MinHash.bandKeys(Shingles.hashes(found.article()));
                nanos[0] += System.nanoTime() - start;
            }, Cancellation.NEVER);
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("listing every article needs no query", e);
        }
        return seconds(nanos[0]);
    }

    /**
     * Untimed passes over a set of other queries of the same kinds first, so that the JIT has compiled the search
     * code when timing starts. Other queries, not the timed ones: Lucene caches a query it has seen a few times,
     * and a timed query must cost what a new keystroke costs.
     */
    static final int WARM_UP_PASSES = 2;

    /** The time each query takes on this searcher, after the warm-up queries, as percentiles. */
    public static BenchmarkReport.QueryTimes timeQueries(ArchiveSearch searcher, List<SearchRequest> warmUp,
                                                         List<SearchRequest> queries) throws IOException {
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (SearchRequest query : warmUp) {
                search(searcher, query);
            }
        }
        double[] millis = new double[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            search(searcher, queries.get(i));
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return new BenchmarkReport.QueryTimes(millis.length, round(percentile(millis, 50), 2),
                round(percentile(millis, 99), 2), round(millis[millis.length - 1], 2));
    }

    private static void search(ArchiveSearch searcher, SearchRequest query) throws IOException {
        try {
            searcher.search(query);
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("a benchmark query is invalid: " + query.query(), e);
        }
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double seconds(long nanos) {
        return nanos / 1_000_000_000.0;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
