package org.broadsheet.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.broadsheet.article.Problem;
import org.broadsheet.search.SearchHit;
import org.broadsheet.settings.Settings;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.settings.SettingsStore;
import org.broadsheet.testing.TestArchive;
import static org.broadsheet.testing.OnFxThread.read;
import static org.broadsheet.testing.OnFxThread.waitUntil;
import org.broadsheet.ui.archive.ProblemsWindow;
import org.broadsheet.ui.archive.StatusBarView;
import org.broadsheet.ui.search.ResultListView;
import org.broadsheet.ui.search.SearchBarView;
import org.broadsheet.ui.task.FxTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Opening other archives in the window, their skipped files, and what the window remembers. */
@ExtendWith(ApplicationExtension.class)
class ArchiveOpeningTest {

    @TempDir
    Path config;

    @TempDir
    Path archives;

    private Stage stage;
    private FxTaskExecutor executor;
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Files.writeString(config.resolve("settings.json"), "{\"lastQuery\": \"hafnium\", \"recentArchives\": [");
        executor = new FxTaskExecutor();
        window = new MainWindow(stage, executor, new SettingsStore(config), SessionFactory.inMemory());
        window.show(TestArchive.SEEDS);
    }

    @Stop
    void stop() {
        window.close();
        executor.shutdown();
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownIds(FxRobot robot) {
        return read(() -> {
            ListView<SearchHit> list = robot.lookup("#" + ResultListView.LIST_ID).queryAs(ListView.class);
            return list.getItems().stream().map(SearchHit::id).toList();
        });
    }

    private Path messyArchive() {
        Path folder = archives.resolve("messy");
        TestArchive.in(folder)
                .article("good.txt", "May 1st, 2021 at 10:00 IST", "A good story", "It reads well.")
                .file("empty.txt", "")
                .bytes("binary.txt", new byte[] {0, 1, 2, 3, 0, 0})
                .file("feed.jsonl", "{\"title\": \"From a feed\"}\nnot json\n");
        return folder;
    }

    @Test
    void saysADamagedSettingsFileWasSetAside(FxRobot robot) throws TimeoutException {
        waitUntil(() -> !robot.lookup("#" + StatusBarView.NOTICE_ID).queryAs(Label.class).getText().isEmpty());
        assertTrue(read(() -> robot.lookup("#" + StatusBarView.NOTICE_ID).queryAs(Label.class).getText())
                .startsWith("Your settings file was damaged"));
    }

    @Test
    void opensAnotherArchiveAndListsItsSkippedFiles(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        Platform.runLater(() -> window.open(messyArchive()));
        waitUntil(() -> shownIds(robot).size() == 2 && shownIds(robot).contains("good"));
        assertTrue(shownIds(robot).contains("feed#1"));
        Hyperlink problems = robot.lookup("#" + StatusBarView.PROBLEMS_LINK_ID).queryAs(Hyperlink.class);
        waitUntil(() -> "3 files skipped".equals(problems.getText()));
        assertEquals("messy \u2014 Broadsheet", stage.getTitle());

        robot.clickOn(problems);
        @SuppressWarnings("unchecked")
        TableView<Problem> table = robot.lookup("#" + ProblemsWindow.TABLE_ID).queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 3);
        assertEquals(List.of("binary.txt", "empty.txt", "feed.jsonl#2"),
                read(() -> table.getItems().stream().map(Problem::file).toList()));
        assertEquals("binary file (not text)", read(() -> table.getItems().get(0).reason()));
    }

    @Test
    void remembersTheRecentArchivesAndTheLastQuery(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        Path messy = messyArchive();
        Platform.runLater(() -> window.open(messy));
        waitUntil(() -> shownIds(robot).contains("good"));
        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID).write("story");
        waitUntil(() -> shownIds(robot).equals(List.of("good")));

        WaitForAsyncUtils.asyncFx(() -> window.close());
        WaitForAsyncUtils.waitForFxEvents();
        Settings saved = new SettingsStore(config).load().settings();
        assertEquals(List.of(messy.toString(), TestArchive.SEEDS.toAbsolutePath().toString()), saved.recentArchives());
        assertEquals("story", saved.lastQuery());
    }

    @Test
    void startsWithTheQueryItWasClosedWith(FxRobot robot) throws Exception {
        Path otherConfig = Files.createDirectory(config.resolve("other"));
        new SettingsStore(otherConfig).save(Settings.defaults().withLastQuery("navalny"));
        Stage secondStage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get();
        MainWindow second = WaitForAsyncUtils.<MainWindow>asyncFx(() -> {
            MainWindow opened = new MainWindow(secondStage, executor, new SettingsStore(otherConfig), SessionFactory.inMemory());
            opened.show(TestArchive.SEEDS);
            return opened;
        }).get();
        try {
            TextField field = robot.from(secondStage.getScene().getRoot())
                    .lookup("#" + SearchBarView.QUERY_FIELD_ID).queryAs(TextField.class);
            assertEquals("navalny", read(field::getText));
            @SuppressWarnings("unchecked")
            ListView<SearchHit> list = robot.from(secondStage.getScene().getRoot())
                    .lookup("#" + ResultListView.LIST_ID).queryAs(ListView.class);
            waitUntil(() -> list.getItems().size() == 1);
            assertEquals("000_1e1bfa49edc9e94a", read(() -> list.getItems().get(0).id()));
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                second.close();
                secondStage.close();
            }).get();
        }
    }
}
