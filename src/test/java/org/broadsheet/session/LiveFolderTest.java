package org.broadsheet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.broadsheet.article.Problem;
import org.broadsheet.index.IndexOpener;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files added, changed or removed while an archive is open appear, update or vanish without a restart. */
class LiveFolderTest {

    @TempDir
    Path archive;

    @TempDir
    Path cache;

    private ArchiveSession session;
    private final Semaphore changes = new Semaphore(0);

    @BeforeEach
    void openAndWatch() throws Exception {
        TestArchive.in(archive).article("first.txt", "March 1st, 2021 at 10:00 IST", "Harbour opens", "Ships came in.");
        session = ArchiveSession.open(archive, new IndexOpener(cache), ArchiveSession.Options.defaults());
        session.ingest(IngestListener.NONE);
        session.watch(changes::release);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
    }

    /** Waits for the watch to apply batches until the condition holds; the watch reports each batch it applied. */
    private void awaitChange(Check condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.holds()) {
            long left = deadline - System.nanoTime();
            assertTrue(left > 0 && changes.tryAcquire(left, TimeUnit.NANOSECONDS), "the change never showed");
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private List<String> titles(String query) throws Exception {
        return session.searcher().search(SearchRequest.of(query)).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void showsAnAddedFile() throws Exception {
        TestArchive.in(archive).article("second.txt", null, "Harbour expands", "A new quay.");
        awaitChange(() -> titles("expands").equals(List.of("Harbour expands")));
    }

    @Test
    void updatesAChangedFile() throws Exception {
        Path file = archive.resolve("first.txt");
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, "Harbour closes\n\nNo ships today.\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 10_000));
        awaitChange(() -> titles("harbour").equals(List.of("Harbour closes")));
    }

    @Test
    void dropsARemovedFileAndARemovedFolder() throws Exception {
        TestArchive.in(archive).article("news/deep/third.txt", null, "Harbour dredged", "Deeper now.");
        awaitChange(() -> titles("dredged").size() == 1);
        Files.delete(archive.resolve("first.txt"));
        Files.delete(archive.resolve("news/deep/third.txt"));
        Files.delete(archive.resolve("news/deep"));
        awaitChange(() -> session.articleCount() == 0);
    }

    @Test
    void readsAFolderCopiedInWithFilesAlreadyInside() throws Exception {
        Path staging = Files.createTempDirectory("staging");
        TestArchive.in(staging).article("one.txt", null, "Harbour one", "Text.").article("sub/two.txt", null,
                "Harbour two", "Text.");
        Files.move(staging, archive.resolve("copied"));
        awaitChange(() -> session.articleCount() == 3);
    }

    @Test
    void readsAFileOnceWhenABatchNamesItAndItsNewFolder() throws Exception {
        TestArchive.in(archive).article("new/story.txt", null, "Harbour story", "Text.");
        session.applyChanges(List.of(archive.resolve("new"), archive.resolve("new/story.txt")));
        assertEquals(List.of("Harbour story"), titles("story"));
    }

    @Test
    void takesAPathThatVanishedForRemovedAndKeepsTheIndex() throws Exception {
        session.applyChanges(List.of(archive.resolve("first.txt")));
        Files.delete(archive.resolve("first.txt"));
        session.applyChanges(List.of(archive.resolve("first.txt"), archive.resolve("gone/never-there.txt")));
        assertEquals(0, session.articleCount());
        assertEquals(List.of(), session.notices(), "nothing was taken for damage to the index");
    }

    @Test
    void leavesTheIndexAloneWhenTheArchiveFolderIsAway() throws Exception {
        Path away = archive.resolveSibling(archive.getFileName() + "-away");
        Files.move(archive, away);
        try {
            assertThrows(NoSuchFileException.class, () -> session.ingest(IngestListener.NONE));
            assertEquals(1, session.articleCount(), "the stored articles are still there");
            assertEquals(List.of(), session.notices());
        } finally {
            Files.move(away, archive);
        }
        session.ingest(IngestListener.NONE);
        assertEquals(List.of("Harbour opens"), titles("harbour"));
    }

    @Test
    void listsABadNewFileAsAProblemAndIgnoresHiddenOnes() throws Exception {
        TestArchive.in(archive).file("broken.txt", "").file(".hidden/secret.txt", "Secret\n\nText.")
                .article("visible.txt", null, "Harbour visible", "Text.");
        awaitChange(() -> session.articleCount() == 2 && !session.problems().isEmpty());
        assertEquals(List.of(new Problem("broken.txt", "empty file")), session.problems());
        assertEquals(List.of(), titles("secret"));
    }
}
