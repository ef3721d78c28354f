package org.broadsheet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.archive.ArchiveReader;
import org.broadsheet.index.ArticleIndex;
import org.broadsheet.index.IndexOpener;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SearchListing;
import org.broadsheet.search.SearchPipeline;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.task.ThreadedTaskExecutor;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session as the window runs it: started in the background, read while lists are open, closed without the
 * window waiting, its failures told in words. Reading is held at a chosen file, so that the test sees the
 * session in the middle of its work.
 */
class SessionLifecycleTest {

    private static final int FILES = 200;
    /** Held here: the ingest cannot finish until the test lets it. */
    private static final String HELD = String.format("a%04d.txt", 150);
    private static final String EARLY = String.format("a%04d.txt", 10);

    @TempDir
    Path archive;

    @TempDir
    Path cache;

    private final CountDownLatch reachedHeldFile = new CountDownLatch(1);
    private final CountDownLatch letHeldFileBeRead = new CountDownLatch(1);
    private final AtomicLong earlyFileRead = new AtomicLong();
    private final ArchiveReader reader = new ArchiveReader();

    @BeforeEach
    void writeArchive() {
        TestArchive files = TestArchive.in(archive);
        for (int i = 0; i < FILES; i++) {
            String word = String.format("a%04d.txt", i).equals(EARLY) ? "quokka" : "harbour";
            files.article(String.format("a%04d.txt", i), "March 3rd, 2021 at 10:00 IST", "Story " + i,
                    "A " + word + " story.");
        }
    }

    @AfterEach
    void release() {
        letHeldFileBeRead.countDown();
    }

    private ArchiveSession heldAt(String heldFile) throws IOException {
        return heldAt(heldFile, ArchiveSession.Options.defaults());
    }

    private ArchiveSession heldAt(String heldFile, ArchiveSession.Options options) throws IOException {
        return ArchiveSession.openReading(archive, new IndexOpener(cache), options, file -> {
            if (file.relativePath().equals(heldFile)) {
                reachedHeldFile.countDown();
                await(letHeldFileBeRead);
            }
            var read = reader.read(file);
            if (file.relativePath().equals(EARLY)) {
                earlyFileRead.set(System.nanoTime());
            }
            return read;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS), "waited too long");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Records what a session says. */
    private static final class Heard implements SessionEvents {
        final BlockingQueue<ArchiveContents> contents = new LinkedBlockingQueue<>();
        final AtomicReference<String> failure = new AtomicReference<>();
        final CountDownLatch failed = new CountDownLatch(1);

        @Override
        public void progressed(IngestProgress progress) {
        }

        @Override
        public void contentsChanged(ArchiveContents now) {
            contents.add(now);
        }

        ArchiveContents next() throws InterruptedException {
            ArchiveContents next = contents.poll(30, TimeUnit.SECONDS);
            assertTrue(next != null, "the session said nothing");
            return next;
        }

        @Override
        public void failed(String message) {
            failure.set(message);
            failed.countDown();
        }
    }

    /**
     * One reading thread, held first before the early file until the list has been refreshed once (so the
     * quick first refresh of an ingest cannot be what shows it), then at the held file until the test ends.
     */
    @Test
    void aMatchReadDuringTheFirstIngestShowsInAnOpenListWithinTwoSeconds() throws Exception {
        CountDownLatch beforeEarly = new CountDownLatch(1);
        String justBeforeEarly = String.format("a%04d.txt", 5);
        ArchiveSession.Options oneThread = new ArchiveSession.Options(1, Duration.ofMillis(500), Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ofSeconds(10));
        try (ArchiveSession session = ArchiveSession.openReading(archive, new IndexOpener(cache), oneThread, file -> {
                    if (file.relativePath().equals(justBeforeEarly)) {
                        await(beforeEarly);
                    }
                    if (file.relativePath().equals(HELD)) {
                        reachedHeldFile.countDown();
                        await(letHeldFileBeRead);
                    }
                    var read = reader.read(file);
                    if (file.relativePath().equals(EARLY)) {
                        earlyFileRead.set(System.nanoTime());
                    }
                    return read;
                });
             ThreadedTaskExecutor executor = new ThreadedTaskExecutor()) {
            CountDownLatch found = new CountDownLatch(1);
            AtomicLong foundAt = new AtomicLong();
            SearchPipeline pipeline = new SearchPipeline(executor, session.searcher(), new SearchPipeline.Listener() {
                @Override
                public void listed(SearchListing listing, Map<Integer, List<SearchHit>> pages, boolean refreshed) {
                    if (listing.total() == 1 && foundAt.get() == 0) {
                        foundAt.set(System.nanoTime());
                        found.countDown();
                    }
                }

                @Override
                public void failed(SearchRequest request, Exception failure) {
                    throw new AssertionError(failure);
                }
            });
            CountDownLatch firstRefresh = new CountDownLatch(1);
            session.searcher().addChangeListener(firstRefresh::countDown);
            executor.onUiThread(() -> pipeline.submit(SearchRequest.of("quokka")));
            session.start(new Heard());
            await(firstRefresh);
            beforeEarly.countDown();
            await(reachedHeldFile);
            await(found);
            Duration shownAfter = Duration.ofNanos(foundAt.get() - earlyFileRead.get());
            assertTrue(shownAfter.compareTo(Duration.ofSeconds(2)) <= 0, "shown " + shownAfter + " after it was read");
            executor.onUiThread(pipeline::close);
            letHeldFileBeRead.countDown();
        }
    }

    @Test
    void closingInTheBackgroundReturnsAtOnceAndStopsTheIngest() throws Exception {
        ArchiveSession session = heldAt(HELD, new ArchiveSession.Options(1, Duration.ofMillis(500),
                Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(10)));
        session.start(new Heard());
        await(reachedHeldFile);
        CompletableFuture<Void> closed = session.closeInBackground();
        assertFalse(closed.isDone(), "closing waits for the ingest to stop, but not on the caller's thread");
        letHeldFileBeRead.countDown();
        closed.get(30, TimeUnit.SECONDS);
        try (ArchiveSession again = ArchiveSession.open(archive, new IndexOpener(cache), ArchiveSession.Options.defaults())) {
            int kept = again.articleCount();
            assertTrue(kept > 0 && kept < FILES, "what was read before closing was committed: " + kept);
            again.ingest(IngestListener.NONE);
            assertEquals(FILES, again.articleCount());
        }
    }

    @Test
    void aBugWhileReadingIsToldAsAnInternalErrorNotAsADiskProblem() throws Exception {
        try (ArchiveSession session = ArchiveSession.openReading(archive, new IndexOpener(cache),
                ArchiveSession.Options.defaults(), file -> {
                    throw new IllegalStateException("boom at " + file.relativePath());
                })) {
            Heard heard = new Heard();
            session.start(heard);
            await(heard.failed);
            String message = heard.failure.get();
            assertTrue(message.startsWith("Reading the archive stopped because of an internal error"), message);
            assertFalse(message.contains("boom") || message.contains("Exception"), message);
            assertEquals(ArticleIndex.Storage.DISK, session.storage(), "a bug is not taken for a failing disk");
            assertEquals(List.of(), session.notices());
        }
    }

    @Test
    void aRescanAskedForWhileStartingRunsOnceAfterTheStart() throws Exception {
        try (ArchiveSession session = heldAt(HELD)) {
            Heard heard = new Heard();
            session.start(heard);
            await(reachedHeldFile);
            session.rescan(heard);
            session.rescan(heard);
            TestArchive.in(archive).article("late.txt", null, "Late story", "Added while the archive was read.");
            letHeldFileBeRead.countDown();
            assertEquals(FILES, heard.next().articles(), "the start read what it had listed");
            ArchiveContents afterRescan = heard.next();
            assertEquals(FILES + 1, afterRescan.articles(), "the rescan found the file added meanwhile");
            assertEquals(List.of(), afterRescan.notices(), "no second index was opened");
            assertEquals(null, heard.contents.poll(), "the two requests made one rescan");
        }
    }

    @Test
    void readsAFileAgainThatCouldNotBeReadForReasonsOfTheMoment() throws Exception {
        Path file = archive.resolve(EARLY);
        try (ArchiveSession session = ArchiveSession.openReading(archive, new IndexOpener(cache),
                ArchiveSession.Options.defaults(), this::unreadableEarlyFile)) {
            session.ingest(IngestListener.NONE);
            assertEquals(FILES - 1, session.articleCount());
            assertTrue(session.problems().get(0).retryable());
        }
        try (ArchiveSession session = ArchiveSession.open(archive, new IndexOpener(cache),
                ArchiveSession.Options.defaults())) {
            IngestProgress progress = session.ingest(IngestListener.NONE);
            assertEquals(1, progress.filesTotal(), "only the file that failed is read again, though unchanged");
            assertEquals(FILES, session.articleCount());
            assertEquals(List.of(), session.problems());
        }
        assertTrue(Files.isRegularFile(file));
    }

    private org.broadsheet.archive.FileReadResult unreadableEarlyFile(ArchiveFile file) {
        if (file.relativePath().equals(EARLY)) {
            return reader.read(new ArchiveFile(file.relativePath(), file.archive().resolve("gone"), file.size(),
                    file.modifiedMillis()));
        }
        return reader.read(file);
    }
}
