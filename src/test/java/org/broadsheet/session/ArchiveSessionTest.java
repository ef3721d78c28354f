package org.broadsheet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;

import org.broadsheet.article.Problem;
import org.broadsheet.index.IndexOpener;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveSessionTest {

    @TempDir
    Path folder;

    @Test
    void readsEveryArticleAndReportsUnreadableFilesWithTheirReason() throws Exception {
        TestArchive.in(folder)
                .article("a.txt", "March 1st, 2021 at 10:00 IST", "First", "Text.")
                .file("empty.txt", "")
                .file("furniture-only.txt", "Advertisement\n| Image:self\n")
                .article("deep/er/b.txt", null, "Second", "Text.");
        try (ArchiveSession session = ArchiveSession.open(folder)) {
            IngestProgress finished = session.ingest(IngestListener.NONE);
            assertEquals(4, finished.filesDone());
            assertEquals(2, finished.articles());
            assertEquals(2, session.articleCount());
            assertEquals(List.of(new Problem("empty.txt", "empty file"),
                    new Problem("furniture-only.txt", "no article text in the file")), session.problems());
            assertEquals(List.of("a", "deep/er/b"), session.searcher().search(SearchRequest.all().withSort(null))
                    .hits().stream().map(hit -> hit.id()).sorted().toList());
        }
    }

    @Test
    void reportsProgressAndFinishesWithEveryFileDone() throws Exception {
        TestArchive.in(folder).withSeeds();
        List<IngestProgress> reports = new ArrayList<>();
        try (ArchiveSession session = ArchiveSession.open(folder)) {
            session.ingest(reports::add);
        }
        IngestProgress last = reports.get(reports.size() - 1);
        assertTrue(last.finished());
        assertEquals(2, last.filesDone());
        assertEquals(1.0, last.fraction());
    }

    /** The whole life of a stored session, as the window has it: open, read, verify, watch, change, close. */
    @Test
    void neverWritesIntoTheArchive(@TempDir Path cache) throws Exception {
        TestArchive.in(folder).withSeeds().file("broken.json", "[{\"title\": \"One\"}, oops");
        Map<Path, FileTime> before = snapshotOfTheArchive();
        FileTime folderTime = Files.getLastModifiedTime(folder);
        try (ArchiveSession session = ArchiveSession.open(folder, new IndexOpener(cache), ArchiveSession.Options.defaults())) {
            session.ingest(IngestListener.NONE);
            session.verifyIndex(IngestListener.NONE);
            Semaphore changed = new Semaphore(0);
            session.watch(changed::release);
            session.applyChanges(List.of(folder.resolve("broken.json"), folder));
            assertEquals(3, session.searcher().search(SearchRequest.all()).total());
        }
        try (ArchiveSession again = ArchiveSession.open(folder, new IndexOpener(cache), ArchiveSession.Options.defaults())) {
            again.ingest(IngestListener.NONE);
        }
        assertEquals(before, snapshotOfTheArchive());
        assertEquals(folderTime, Files.getLastModifiedTime(folder));
    }

    /** Every path in the archive with its modification time. */
    private Map<Path, FileTime> snapshotOfTheArchive() throws IOException {
        Map<Path, FileTime> times = new TreeMap<>();
        try (var files = Files.walk(folder)) {
            for (Path path : files.toList()) {
                times.put(path, Files.getLastModifiedTime(path));
            }
        }
        return times;
    }

    @Test
    void refusesAFolderThatIsMissingOrAFile() throws Exception {
        assertThrows(NoSuchFileException.class, () -> ArchiveSession.open(folder.resolve("missing")));
        Path file = Files.writeString(folder.resolve("file.txt"), "x");
        assertThrows(NotDirectoryException.class, () -> ArchiveSession.open(file));
    }
}
