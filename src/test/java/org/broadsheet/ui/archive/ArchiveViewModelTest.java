package org.broadsheet.ui.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.broadsheet.article.Problem;
import org.broadsheet.marks.MarkStore;
import org.broadsheet.search.ArchiveSearch;
import org.broadsheet.session.ArchiveContents;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.OpenArchive;
import org.broadsheet.session.SessionEvents;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.task.QueuedTaskExecutor;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which archive is open, tested without JavaFX running. */
class ArchiveViewModelTest {

    @TempDir
    Path folder;

    @Test
    void readingTheArchiveAgainWhileItOpensOpensNoSecondSession() throws Exception {
        TestArchive.in(folder).withSeeds();
        AtomicInteger opened = new AtomicInteger();
        SessionFactory counting = archive -> {
            opened.incrementAndGet();
            return ArchiveSession.open(archive);
        };
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ArchiveViewModel model = new ArchiveViewModel(executor, counting);
        model.open(folder);
        model.reopen();
        model.reopen();
        assertEquals(1, executor.size(), "only the opening itself is under way");
        executor.runAll();
        assertEquals(1, opened.get());
        model.close().get();
    }

    @Test
    void opensASharedArchiveAndSaysWhatItHolds() throws Exception {
        SessionFactory sessions = new SessionFactory() {
            @Override
            public ArchiveSession open(Path archive) {
                throw new AssertionError("no folder is opened");
            }

            @Override
            public OpenArchive openShared(String nodes, String collection, String user, String password) {
                assertEquals(List.of("http://solr:8983/solr", "news", "ann", "secret"),
                        List.of(nodes, collection, user, password));
                return new HeldShared(collection);
            }
        };
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ArchiveViewModel model = new ArchiveViewModel(executor, sessions);
        List<String> told = new java.util.ArrayList<>();
        model.onSharedOpened((nodes, collection, user) -> told.addAll(List.of(nodes, collection, user)));
        model.openShared("http://solr:8983/solr", "news", "ann", "secret");
        assertEquals("news \u2014 Broadsheet", model.titleProperty().get());
        assertEquals("Opening news at http://solr:8983/solr\u2026", model.statusProperty().get());
        executor.runAll();
        assertEquals("news", model.sessionProperty().get().name());
        assertNull(model.folderProperty().get());
        assertEquals("3 articles in news (shared)", model.statusProperty().get());
        assertEquals("1 file skipped", model.problemsTextProperty().get());
        assertEquals(List.of("http://solr:8983/solr", "news", "ann"), told);
        model.close().get();
    }

    @Test
    void saysWhyASharedArchiveCouldNotBeOpenedInItsOwnWords() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ArchiveViewModel model = new ArchiveViewModel(executor, SessionFactory.inMemory());
        model.openShared("ftp://solr", "news", "", "");
        executor.runAll();
        assertNull(model.sessionProperty().get());
        assertTrue(model.statusProperty().get().startsWith("\"ftp://solr\" is not a Solr node's address"),
                model.statusProperty().get());
        assertFalse(model.loadingProperty().get());
    }

    /** A shared archive that holds three articles and one problem, and says so as soon as it starts. */
    private static final class HeldShared implements OpenArchive {
        private final String name;
        private final MarkStore marks = MarkStore.inMemory();

        HeldShared(String name) {
            this.name = name;
        }

        @Override
        public Path folder() {
            return null;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public ArchiveSearch searcher() {
            return null;
        }

        @Override
        public MarkStore marks() {
            return marks;
        }

        @Override
        public List<String> notices() {
            return List.of();
        }

        @Override
        public void start(SessionEvents events) {
            rescan(events);
        }

        @Override
        public void rescan(SessionEvents events) {
            events.contentsChanged(new ArchiveContents(3, List.of(new Problem("broken.json", "not JSON", false)),
                    List.of(), ArchiveContents.Kept.SHARED, true));
        }

        @Override
        public CompletableFuture<Void> closeInBackground() {
            marks.close();
            return CompletableFuture.completedFuture(null);
        }
    }

    @Test
    void saysWhyAnArchiveCouldNotBeOpenedWithoutTheSystemsWords() {
        String message = ArchiveViewModel.openFailure(folder, new IOException("EIO: strange low-level failure"));
        assertTrue(message.startsWith("Could not open " + folder), message);
        assertFalse(message.contains("EIO") || message.contains("Exception"), message);
        assertTrue(message.contains("broadsheet.log"), message);
    }
}
