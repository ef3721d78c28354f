package org.broadsheet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.broadsheet.archive.ArchiveReader;
import org.broadsheet.article.Problem;
import org.broadsheet.index.ArticleIndex;
import org.broadsheet.index.IndexOpener;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SearchResult;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole archive with one hostile file in it: everything else loads, and the hostile file is one problem. */
class HostileArchiveTest {

    @TempDir
    Path archive;

    @TempDir
    Path cache;

    private ArchiveSession stored() throws Exception {
        return ArchiveSession.open(archive, new IndexOpener(cache), ArchiveSession.Options.defaults());
    }

    private TestArchive withGoodArticles() {
        TestArchive files = TestArchive.in(archive);
        for (int i = 0; i < 20; i++) {
            files.article("good" + i + ".txt", "March " + (1 + i) + "th, 2021 at 10:00 IST", "Harbour news " + i,
                    "Ships came in.");
        }
        return files;
    }

    @Test
    void aBylineLongerThanLuceneCanHoldFailsNothingElse() throws Exception {
        String byline = "Reporter".repeat(5_000);
        withGoodArticles()
                .file("long-byline.txt", "Harbour title\n\nReported by: " + byline + "\n\nText.")
                .file("long-byline.json", "[{\"title\": \"Harbour record\", \"text\": \"x\", \"author\": \"" + byline + "\"}]");
        try (ArchiveSession session = stored()) {
            session.ingest(IngestListener.NONE);
            assertEquals(22, session.searcher().search(SearchRequest.of("harbour")).total());
        }
    }

    @Test
    void datesFromAnotherMillenniumNeitherFailTheIngestNorSlowTheTimeline() throws Exception {
        withGoodArticles().file("dates.json", """
                [{"title": "Harbour far future", "text": "x", "date": "+999999999-12-31T23:59:59Z"},
                 {"title": "Harbour far past", "text": "x", "date": "-5000000-01-01"},
                 {"title": "Harbour overflow", "text": "x", "date": 1e308},
                 {"title": "Harbour first year", "text": "x", "date": "1000-01-01"},
                 {"title": "Harbour last year", "text": "x", "date": "2999-12-31"}]
                """);
        try (ArchiveSession session = stored()) {
            session.ingest(IngestListener.NONE);
            SearchResult all = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> session.searcher().search(SearchRequest.of("harbour")));
            assertEquals(25, all.total());
            assertTrue(all.timeline().buckets().size() <= 2_000, "a bar a year at most");
            assertEquals(3, session.problems().stream().filter(problem -> problem.reason().contains("undated")).count());
        }
    }

    @Test
    void neverKeepsTheIndexInsideTheArchiveThroughALink() throws Exception {
        withGoodArticles();
        Path linkedCache = cache.resolve("linked");
        Files.createDirectories(archive.resolve(".cache"));
        Files.createSymbolicLink(linkedCache, archive.resolve(".cache"));
        try (ArchiveSession session = ArchiveSession.open(archive, new IndexOpener(linkedCache),
                ArchiveSession.Options.defaults())) {
            session.ingest(IngestListener.NONE);
            assertEquals(ArticleIndex.Storage.MEMORY, session.storage());
            assertTrue(session.notices().get(0).contains("it would be inside the archive"), session.notices().toString());
        }
        try (var inside = Files.list(archive.resolve(".cache"))) {
            assertEquals(0, inside.count(), "nothing was written into the archive");
        }
    }

    @Test
    void saysItsResultsArePartialWhileAnotherWindowStillBuildsTheIndex() throws Exception {
        withGoodArticles();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ArchiveReader reader = new ArchiveReader();
        ArchiveSession.Options eager = new ArchiveSession.Options(1, Duration.ofMillis(20), Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ZERO);
        try (ArchiveSession first = ArchiveSession.openReading(archive, new IndexOpener(cache), eager, file -> {
            if (file.relativePath().equals("good5.txt")) {
                held.countDown();
                awaitQuietly(release);
            }
            return reader.read(file);
        })) {
            first.start(new SessionEventsAdapter());
            assertTrue(held.await(30, TimeUnit.SECONDS));
            try (ArchiveSession second = stored()) {
                assertEquals(ArticleIndex.Storage.DISK_READ_ONLY, second.storage());
                second.ingest(IngestListener.NONE);
                assertFalse(second.isComplete(), "the first window is still reading");
                release.countDown();
                first.ingest(IngestListener.NONE);
                second.ingest(IngestListener.NONE);
                assertTrue(second.isComplete());
                assertEquals(20, second.articleCount());
            }
        } finally {
            release.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hears nothing in particular. */
    private static final class SessionEventsAdapter implements SessionEvents {
        @Override
        public void progressed(IngestProgress progress) {
        }

        @Override
        public void contentsChanged(ArchiveContents contents) {
        }

        @Override
        public void failed(String message) {
        }
    }

    @Test
    void refusesAnArchiveFolderThatIsNotGiven() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                org.junit.jupiter.api.Assertions.assertThrows(java.nio.file.NoSuchFileException.class,
                        () -> ArchiveSession.open(Path.of(""))));
    }

    @Test
    void listsALinkLeadingOutOfTheArchiveAsAProblem(@TempDir Path elsewhere) throws Exception {
        withGoodArticles();
        Path secret = Files.writeString(elsewhere.resolve("passwd.txt"), "Secret\n\nroot:x:0:0");
        Files.createSymbolicLink(archive.resolve("passwd.txt"), secret);
        try (ArchiveSession session = stored()) {
            session.ingest(IngestListener.NONE);
            assertEquals(0, session.searcher().search(SearchRequest.of("root")).total());
            assertEquals(List.of(new Problem("passwd.txt", "link leads outside the archive")), session.problems());
        }
    }
}
