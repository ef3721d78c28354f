package org.broadsheet.ui;

import static org.broadsheet.testing.OnFxThread.read;
import static org.broadsheet.testing.OnFxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.broadsheet.marks.MarkStore;
import org.broadsheet.search.ArchiveSearch;
import org.broadsheet.search.SearchHit;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.OpenArchive;
import org.broadsheet.session.SessionEvents;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.settings.SettingsStore;
import org.broadsheet.testing.TestArchive;
import org.broadsheet.ui.archive.SharedArchiveDialog;
import org.broadsheet.ui.archive.StatusBarView;
import org.broadsheet.ui.reader.ReaderView;
import org.broadsheet.ui.search.ResultListView;
import org.broadsheet.ui.task.FxTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * Opening a shared archive from the keyboard: File ▸ Open Shared Archive…'s dialog, then the list, status and
 * reader of an archive with no folder on this computer (here the sample's index, standing in for a collection).
 */
@ExtendWith(ApplicationExtension.class)
class SharedArchiveWindowTest {

    private final List<String> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
    private FxTaskExecutor executor;
    private MainWindow window;

    @TempDir
    Path config;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        SessionFactory sessions = new SessionFactory() {
            @Override
            public ArchiveSession open(Path folder) throws IOException {
                return ArchiveSession.open(folder);
            }

            @Override
            public OpenArchive openShared(String nodes, String collection, String user, String password)
                    throws IOException {
                asked.addAll(List.of(nodes, collection, user, password));
                return new Elsewhere(ArchiveSession.open(TestArchive.SEEDS), collection);
            }
        };
        window = new MainWindow(stage, executor, new SettingsStore(config), sessions);
        window.show(TestArchive.SEEDS);
    }

    @Stop
    void stop() {
        window.close();
        executor.shutdown();
    }

    @Test
    void opensASharedArchiveFromTheKeyboardAndReadsIt(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#" + StatusBarView.STATUS_ID).queryAs(Label.class).getText()
                .startsWith("2 articles"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#" + SharedArchiveDialog.NODES_ID).tryQuery().isPresent());
        robot.clickOn("#" + SharedArchiveDialog.NODES_ID).write("http://solr:8983/solr").type(KeyCode.TAB)
                .write("news").type(KeyCode.TAB).write("ann").type(KeyCode.TAB).write("secret").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#" + StatusBarView.STATUS_ID).queryAs(Label.class).getText()
                .equals("2 articles in news (shared)"));
        assertEquals(List.of("http://solr:8983/solr", "news", "ann", "secret"), asked);
        @SuppressWarnings("unchecked")
        ListView<SearchHit> list = robot.lookup("#" + ResultListView.LIST_ID).queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 2);
        assertEquals("news \u2014 Broadsheet", read(() -> ((Stage) list.getScene().getWindow()).getTitle()));
        robot.clickOn(list).type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#" + ReaderView.FILE_ID).tryQuery().map(Node::isVisible).orElse(false));
        // Its files are on the publisher's computer: nothing offers to open them here.
        assertFalse(read(() -> robot.lookup("#" + ReaderView.OPEN_ORIGINAL_ID).query().isVisible()));
        assertFalse(read(() -> robot.lookup("#" + ReaderView.SHOW_IN_FOLDER_ID).query().isVisible()));
    }

    /** An archive whose articles are searched as a folder's are, but which has no folder on this computer. */
    private static final class Elsewhere implements OpenArchive {
        private final ArchiveSession session;
        private final String name;

        Elsewhere(ArchiveSession session, String name) {
            this.session = session;
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
            return session.searcher();
        }

        @Override
        public MarkStore marks() {
            return session.marks();
        }

        @Override
        public List<String> notices() {
            return List.of();
        }

        @Override
        public void start(SessionEvents events) {
            session.start(new SessionEvents() {
                @Override
                public void progressed(org.broadsheet.session.IngestProgress update) {
                    events.progressed(update);
                }

                @Override
                public void contentsChanged(org.broadsheet.session.ArchiveContents contents) {
                    events.contentsChanged(new org.broadsheet.session.ArchiveContents(contents.articles(),
                            contents.problems(), contents.notices(),
                            org.broadsheet.session.ArchiveContents.Kept.SHARED, true));
                }

                @Override
                public void failed(String message) {
                    events.failed(message);
                }
            });
        }

        @Override
        public void rescan(SessionEvents events) {
            session.rescan(events);
        }

        @Override
        public CompletableFuture<Void> closeInBackground() {
            return session.closeInBackground();
        }
    }
}
