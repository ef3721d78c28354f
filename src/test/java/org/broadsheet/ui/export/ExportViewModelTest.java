package org.broadsheet.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.export.ExportFormat;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.task.CurrentThreadTaskExecutor;
import org.broadsheet.task.QueuedTaskExecutor;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports from the window: in the background, every match, cancellable, never half written. */
class ExportViewModelTest {

    private static final int ARTICLES = 1_200;

    @TempDir
    Path folder;

    @TempDir
    Path out;

    private ArchiveSession session;
    private final List<String> told = new ArrayList<>();

    @BeforeEach
    void openArchive() throws Exception {
        TestArchive archive = TestArchive.in(folder);
        for (int i = 0; i < ARTICLES; i++) {
            archive.file("a" + i + ".txt", "Updated March 3rd, 2021 at 10:00 IST\n\nReport " + i
                    + "\n\nThe harbour was busy.\n\nShips came in.\n");
        }
        session = ArchiveSession.open(folder);
        session.ingest(IngestListener.NONE);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
    }

    @Test
    void writesEveryMatchAndSaysHowMany() throws Exception {
        ExportViewModel model = new ExportViewModel(new CurrentThreadTaskExecutor(), told::add);
        Path file = out.resolve("all.jsonl");
        model.exportMatches(session.searcher(), SearchRequest.of("harbour"), file, ExportFormat.JSONL, false, folder);
        assertEquals(ARTICLES, Files.readAllLines(file).size(), "every match, not the list's first page");
        assertEquals(List.of("1,200 articles exported to all.jsonl."), told);
        assertFalse(model.runningProperty().get());
    }

    @Test
    void aCancelledExportWritesNothing() throws Exception {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ExportViewModel model = new ExportViewModel(executor, told::add);
        Path file = out.resolve("all.csv");
        model.exportMatches(session.searcher(), SearchRequest.all(), file, ExportFormat.CSV, true, folder);
        assertTrue(model.runningProperty().get());
        model.cancel();
        executor.runAll();
        assertFalse(Files.exists(file));
        try (var left = Files.list(out)) {
            assertEquals(0, left.count(), "no partial file is left");
        }
        assertEquals(List.of("The export was cancelled; nothing was written."), told);
    }

    @Test
    void refusesToWriteIntoTheArchive() throws Exception {
        ExportViewModel model = new ExportViewModel(new CurrentThreadTaskExecutor(), told::add);
        model.exportArticles(session.searcher(), List.of("a1"), folder.resolve("export.ris"), ExportFormat.RIS, false,
                folder);
        assertFalse(Files.exists(folder.resolve("export.ris")));
        assertEquals(1, told.size());
        assertTrue(told.get(0).startsWith("Not exported: ") && told.get(0).contains("is inside the archive"), told.get(0));
    }
}
