package org.broadsheet.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.broadsheet.marks.MarkStore;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.shared.SharedArchive;
import org.broadsheet.shared.SharedArchiveException;
import org.broadsheet.shared.SolrArchiveSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A shared archive open in the window: its SolrCloud collection searched through {@link SolrArchiveSearch},
 * the user's marks on its articles kept on this computer. Publishers keep the collection up to date; the
 * session only tells what it holds, when it opens and when asked again (Ctrl+R).
 */
public final class SharedSession implements OpenArchive {

    private static final Logger LOG = LoggerFactory.getLogger(SharedSession.class);

    private final SolrArchiveSearch searcher;
    private final MarkStore marks;
    private final ExecutorService jobs = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "broadsheet-shared");
        thread.setDaemon(true);
        return thread;
    });

    private SharedSession(SolrArchiveSearch searcher, MarkStore marks) {
        this.searcher = searcher;
        this.marks = marks;
        searcher.useMarks(marks::marksOf);
        marks.addChangeListener(searcher::marksChanged);
    }

    /**
     * Connects to the archive's collection.
     *
     * @param marks where the user's marks on it are kept; closed with the session
     * @throws ArchiveUnavailableException saying, in a line, why it cannot be searched
     */
    public static SharedSession open(SharedArchive archive, MarkStore marks) throws ArchiveUnavailableException {
        try {
            return new SharedSession(SolrArchiveSearch.open(archive), marks);
        } catch (SharedArchiveException e) {
            marks.close();
            throw new ArchiveUnavailableException(e.getMessage(), e);
        }
    }

    @Override
    public Path folder() {
        return null;
    }

    @Override
    public String name() {
        return searcher.archive().collection();
    }

    @Override
    public SolrArchiveSearch searcher() {
        return searcher;
    }

    @Override
    public MarkStore marks() {
        return marks;
    }

    @Override
    public List<String> notices() {
        return marks.notices();
    }

    @Override
    public void start(SessionEvents events) {
        rescan(events);
        marks.watch(ArchiveSession.MARKS_WATCH_INTERVAL.toMillis());
    }

    @Override
    public void rescan(SessionEvents events) {
        jobs.execute(() -> {
            try {
                int articles = searcher.search(SearchRequest.all().withPage(0, 0)).total();
                events.contentsChanged(new ArchiveContents(articles, searcher.problems(), new ArrayList<>(notices()),
                        ArchiveContents.Kept.SHARED, true));
            } catch (SharedArchiveException e) {
                events.failed(e.getMessage());
            } catch (IOException | InvalidQueryException | RuntimeException e) {
                LOG.warn("Could not count the articles of {}", searcher.archive(), e);
                events.failed("Could not count the articles of " + searcher.archive().describe());
            }
        });
    }

    @Override
    public CompletableFuture<Void> closeInBackground() {
        jobs.shutdownNow();
        return CompletableFuture.runAsync(() -> {
            try (MarkStore closingMarks = marks) {
                searcher.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not close {} cleanly", searcher.archive(), e);
            }
        });
    }
}
