package org.broadsheet.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.collections.ListChangeListener;
import org.broadsheet.search.SearchHit;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.testing.TestArchive;
import org.broadsheet.task.QueuedTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list of every hit, loaded a page at a time; tested without JavaFX running. */
class ResultListTest {

    private static final int ARTICLES = 3 * ResultList.PAGE_SIZE + 17;

    @TempDir
    static Path folder;

    private static ArchiveSession session;

    @BeforeAll
    static void writeArchive() throws IOException {
        TestArchive archive = TestArchive.in(folder);
        for (int i = 0; i < ARTICLES; i++) {
            archive.article(String.format("a%04d.txt", i), "March 1st, 2021 at " + String.format("%02d:%02d", i / 60 % 24, i % 60)
                    + " IST", "Story number " + i, "Common words here.");
        }
        session = ArchiveSession.open(folder);
        session.ingest(IngestListener.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        session.close();
    }

    private static SearchViewModel model(QueuedTaskExecutor executor) {
        SearchViewModel model = new SearchViewModel(executor);
        model.searcherProperty().set(session.searcher());
        model.archiveLoadingProperty().set(false);
        executor.runAll();
        return model;
    }

    @Test
    void isAsLongAsEveryMatchButHoldsOnlyTheFirstPageAtFirst() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        SearchViewModel model = model(executor);
        assertEquals(ARTICLES, model.hits().size());
        assertNotNull(model.hits().get(ResultList.PAGE_SIZE - 1));
        assertNull(model.hits().get(ResultList.PAGE_SIZE), "a row beyond the first page is loading");
        assertEquals(1, executor.size(), "and its page was asked for");
    }

    @Test
    void loadsAPageWhenARowOfItIsLookedAtAndSaysWhichRowsChanged() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        SearchViewModel model = model(executor);
        List<int[]> replaced = new ArrayList<>();
        model.hits().addListener((ListChangeListener<SearchHit>) change -> {
            while (change.next()) {
                replaced.add(new int[] {change.getFrom(), change.getTo()});
            }
        });
        int last = ARTICLES - 1;
        assertNull(model.hits().get(last));
        executor.runAll();
        assertNotNull(model.hits().get(last));
        assertEquals(3 * ResultList.PAGE_SIZE, replaced.get(0)[0]);
        assertEquals(ARTICLES, replaced.get(replaced.size() - 1)[1]);
    }

    @Test
    void holdsEveryHitOnceInOrder() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        SearchViewModel model = model(executor);
        for (int i = 0; i < ARTICLES; i++) {
            model.hits().get(i);
        }
        executor.runAll();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < ARTICLES; i++) {
            ids.add(model.hits().get(i).id());
        }
        assertEquals(ARTICLES, ids.size());
        assertEquals("a" + String.format("%04d", ARTICLES - 1), model.hits().get(0).id(), "newest first");
    }

    @Test
    void findsARowWithoutLoadingEveryPage() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        SearchViewModel model = model(executor);
        SearchHit first = model.hits().get(0);
        SearchHit stranger = new SearchHit("not-listed", "T", List.of(), null, null, null, first.snippet(), null, "not-listed.txt", "0", null, 1, null);
        assertEquals(0, model.hits().indexOf(first));
        assertEquals(-1, model.hits().indexOf(stranger));
        assertEquals(false, model.hits().contains(stranger));
        assertEquals(0, executor.size(), "no page was asked for");
    }

    @Test
    void dropsAPageThatArrivesForAnEarlierSearch() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        SearchViewModel model = model(executor);
        assertNull(model.hits().get(2 * ResultList.PAGE_SIZE));
        model.queryProperty().set("number");
        model.commitQuery();
        executor.runAt(executor.size() - 1); // the new search ends first
        executor.runAll(); // the old page load ends last
        assertEquals(ARTICLES, model.hits().size());
        assertTrue(model.hits().get(0).title().startsWith("Story number"));
        assertNull(model.hits().get(2 * ResultList.PAGE_SIZE), "the old page was not kept for the new search");
    }
}
