package org.broadsheet.session;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.store.AlreadyClosedException;
import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.archive.ArchiveListing;
import org.broadsheet.archive.ArchiveReader;
import org.broadsheet.archive.ArchiveScanner;
import org.broadsheet.archive.FileReadResult;
import org.broadsheet.article.Problem;
import org.broadsheet.index.ArticleIndex;
import org.broadsheet.search.ArticleSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One archive folder opened for reading: its index, the ingest that fills it from the folder's files, and
 * the searcher over it. The window and the command line both work through this. Thread-safe: one thread
 * ingests while others search what is already indexed.
 */
public final class ArchiveSession implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveSession.class);

    /** How often an ingest makes new articles searchable and reports progress. */
    private static final Duration REFRESH_INTERVAL = Duration.ofMillis(250);

    private final Path folder;
    private final ArticleIndex index;
    private final ArticleSearcher searcher;
    private final ArchiveScanner scanner = new ArchiveScanner();
    private final ArchiveReader reader = new ArchiveReader();
    private volatile List<Problem> scanProblems = List.of();
    private volatile boolean closed;

    private ArchiveSession(Path folder, ArticleIndex index) {
        this.folder = folder;
        this.index = index;
        this.searcher = new ArticleSearcher(index);
    }

    /**
     * Opens the archive in a folder; nothing is read until {@link #ingest}.
     *
     * @throws NoSuchFileException   when the folder does not exist
     * @throws NotDirectoryException when the path is not a folder
     */
    public static ArchiveSession open(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new NoSuchFileException(absolute.toString());
        }
        if (!Files.isDirectory(absolute)) {
            throw new NotDirectoryException(absolute.toString());
        }
        return new ArchiveSession(absolute, ArticleIndex.inMemory());
    }

    public Path folder() {
        return folder;
    }

    public ArticleSearcher searcher() {
        return searcher;
    }

    /**
     * Reads every article file of the folder into the index, making articles searchable as it goes.
     * Returns early, without error, when the session is closed meanwhile.
     *
     * @throws IOException when the folder itself can no longer be listed
     */
    public IngestProgress ingest(IngestListener listener) throws IOException {
        long started = System.nanoTime();
        ArchiveListing listing = scanner.scan(folder);
        scanProblems = listing.problems();
        int total = listing.files().size();
        int done = 0;
        int articles = 0;
        long lastRefresh = System.nanoTime();
        try {
            for (ArchiveFile file : listing.files()) {
                if (closed) {
                    break;
                }
                FileReadResult result = reader.read(file);
                index.putFile(file.relativePath(), result);
                done++;
                articles += result.articles().size();
                if (System.nanoTime() - lastRefresh >= REFRESH_INTERVAL.toNanos()) {
                    index.refresh();
                    lastRefresh = System.nanoTime();
                    listener.progressed(new IngestProgress(done, total, articles, since(started), false));
                }
            }
            index.refresh();
        } catch (AlreadyClosedException e) {
            if (!closed) {
                throw e;
            }
        }
        IngestProgress finished = new IngestProgress(done, total, articles, since(started), true);
        LOG.info("Indexed {} articles from {} files of {} in {} ms", articles, done, folder,
                finished.elapsed().toMillis());
        listener.progressed(finished);
        return finished;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Every file, record or folder that could not be read, with the reason, in path order. */
    public List<Problem> problems() throws IOException {
        List<Problem> problems = new ArrayList<>(scanProblems);
        problems.addAll(index.problems());
        problems.sort(Comparator.comparing(Problem::file));
        return problems;
    }

    /** How many articles are searchable now. */
    public int articleCount() throws IOException {
        return index.articleCount();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        index.close();
    }
}
