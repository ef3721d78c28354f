package org.broadsheet.ui.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.marks.MarkStore;
import org.broadsheet.search.HighlightedArticle;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.task.CurrentThreadTaskExecutor;
import org.broadsheet.task.QueuedTaskExecutor;
import org.broadsheet.task.TaskExecutor;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's marks: what its bar changes is saved, and an article opened is read after a moment. */
class ArticleMarksViewModelTest {

    private static final String NAVALNY = "000_1e1bfa49edc9e94a";
    private static final String MICROSOFT = "001_191ff7a9de4b3ca6";

    @TempDir
    Path folder;

    private ArchiveSession session;
    private final List<String> told = new ArrayList<>();

    @BeforeEach
    void openArchive() throws Exception {
        TestArchive.in(folder).withSeeds();
        session = ArchiveSession.open(folder);
        session.ingest(IngestListener.NONE);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
    }

    private HighlightedArticle article(String id) throws Exception {
        return session.searcher().read(id, "", false).orElseThrow();
    }

    private ArticleMarksViewModel model(TaskExecutor executor) {
        MarksViewModel marks = new MarksViewModel(executor, told::add);
        marks.storeProperty().set(session.marks());
        return new ArticleMarksViewModel(marks, executor);
    }

    @Test
    void savesWhatTheBarChangesOnTheOpenArticle() throws Exception {
        ArticleMarksViewModel model = model(new CurrentThreadTaskExecutor());
        model.markReadOnOpenProperty().set(false);
        model.show(article(NAVALNY));
        model.toggleStar();
        model.addTag("Russia");
        model.addTag("  ");
        model.saveNote("Ask the ministry");
        MarkStore store = session.marks();
        assertTrue(store.marksOf(NAVALNY).starred());
        assertEquals(List.of("Russia"), store.marksOf(NAVALNY).tags());
        assertEquals("Ask the ministry", store.marksOf(NAVALNY).note());
        assertEquals(store.marksOf(NAVALNY), model.marksProperty().get());
        model.removeTag("russia");
        model.saveNote("");
        assertEquals(List.of(), store.marksOf(NAVALNY).tags());
        assertEquals(null, store.marksOf(NAVALNY).note());
        assertFalse(store.marksOf(NAVALNY).read(), "reading on open was turned off");
        assertEquals(List.of(), told);
    }

    @Test
    void anArticleIsReadOnlyOnceItStayedOpenForAMoment() throws Exception {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ArticleMarksViewModel model = model(executor);
        executor.runAll();
        model.show(article(NAVALNY));
        assertEquals(ArticleMarksViewModel.READ_AFTER, executor.queued().get(0).delay());
        model.show(article(MICROSOFT));
        executor.runAll();
        assertFalse(session.marks().marksOf(NAVALNY).read(), "left before the moment was up");
        assertTrue(session.marks().marksOf(MICROSOFT).read());
        assertTrue(model.marksProperty().get().read());
    }

    @Test
    void aNoteBeingWrittenIsSavedOnItsArticleWhenAnotherOpens() throws Exception {
        ArticleMarksViewModel model = model(new CurrentThreadTaskExecutor());
        model.markReadOnOpenProperty().set(false);
        String[] draft = {null};
        model.draftNote(() -> draft[0]);
        model.show(article(NAVALNY));
        draft[0] = "Half-written thought";
        model.show(article(MICROSOFT));
        assertEquals("Half-written thought", session.marks().marksOf(NAVALNY).note());
        assertEquals(null, session.marks().marksOf(MICROSOFT).note());
    }

    @Test
    void aRefusedChangeIsToldInOneSentence() throws Exception {
        ArticleMarksViewModel model = model(new CurrentThreadTaskExecutor());
        model.show(article(NAVALNY));
        model.addTag("x".repeat(500));
        assertEquals(List.of("A tag can have at most 100 characters; this one has 500."), told);
    }
}
