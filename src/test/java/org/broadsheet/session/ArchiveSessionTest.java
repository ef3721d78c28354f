package org.broadsheet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.article.Problem;
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

    @Test
    void neverWritesIntoTheArchive() throws Exception {
        TestArchive.in(folder).withSeeds();
        List<Path> before;
        try (var files = Files.walk(folder)) {
            before = files.toList();
        }
        long modified = Files.getLastModifiedTime(folder).toMillis();
        try (ArchiveSession session = ArchiveSession.open(folder)) {
            session.ingest(IngestListener.NONE);
        }
        try (var files = Files.walk(folder)) {
            assertEquals(before, files.toList());
        }
        assertEquals(modified, Files.getLastModifiedTime(folder).toMillis());
    }

    @Test
    void refusesAFolderThatIsMissingOrAFile() throws Exception {
        assertThrows(NoSuchFileException.class, () -> ArchiveSession.open(folder.resolve("missing")));
        Path file = Files.writeString(folder.resolve("file.txt"), "x");
        assertThrows(NotDirectoryException.class, () -> ArchiveSession.open(file));
    }
}
