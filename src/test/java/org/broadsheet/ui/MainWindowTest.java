package org.broadsheet.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.broadsheet.search.SearchHit;
import org.broadsheet.settings.SettingsStore;
import org.broadsheet.testing.TestArchive;
import org.broadsheet.ui.reader.ReaderView;
import org.broadsheet.ui.search.ResultListView;
import org.broadsheet.ui.search.SearchBarView;
import org.broadsheet.ui.task.FxTaskExecutor;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The window over the sample archive, driven as a user would: typing, picking dates, clicking. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final String NEWER = "001_191ff7a9de4b3ca6";
    private static final String OLDER = "000_1e1bfa49edc9e94a";

    private FxTaskExecutor executor;
    private MainWindow window;

    @TempDir
    Path config;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        window = new MainWindow(stage, executor, new SettingsStore(config));
        window.show(TestArchive.SEEDS);
    }

    @Stop
    void stop() {
        window.close();
        executor.shutdown();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static ListView<SearchHit> results(FxRobot robot) {
        return robot.lookup("#" + ResultListView.LIST_ID).queryAs(ListView.class);
    }

    private static List<String> shownIds(FxRobot robot) {
        return results(robot).getItems().stream().map(SearchHit::id).toList();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void opensOnTheWholeArchiveNewestFirst(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).equals(List.of(NEWER, OLDER)));
        assertEquals("2 articles", text(robot, ResultListView.COUNT_ID));
        assertTrue(robot.lookup("#status").queryAs(Label.class).getText().contains("2 articles"));
    }

    @Test
    void typingAQueryNarrowsTheListAndTheReaderMarksTheWords(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID).write("navalny");
        waitUntil(() -> shownIds(robot).equals(List.of(OLDER)));
        assertEquals("1 article", text(robot, ResultListView.COUNT_ID));

        robot.clickOn(robot.lookup(".result-cell").nth(0).<Node>query());
        StyleClassedTextArea reader = robot.lookup("#" + ReaderView.TEXT_ID).queryAs(StyleClassedTextArea.class);
        waitUntil(() -> reader.getText().startsWith("Chinese foreign ministry on Navalny"));
        waitUntil(() -> !text(robot, ReaderView.MATCH_LABEL_ID).isEmpty());
        String matches = text(robot, ReaderView.MATCH_LABEL_ID);
        assertTrue(matches.matches("\\d+ matches"), matches);

        robot.type(KeyCode.F3);
        waitUntil(() -> text(robot, ReaderView.MATCH_LABEL_ID).startsWith("1 of "));
    }

    @Test
    void pickingADateRangeNarrowsTheList(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        robot.clickOn("#" + SearchBarView.FROM_ID).write("2021-03-04").type(KeyCode.ENTER);
        waitUntil(() -> shownIds(robot).equals(List.of(NEWER)));
        assertEquals("1 article", text(robot, ResultListView.COUNT_ID));

        robot.clickOn("#" + SearchBarView.TO_ID).write("2021-03-04").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#" + SearchBarView.TO_ID).queryAs(DatePicker.class).getValue() != null);
        assertEquals(List.of(NEWER), shownIds(robot));

        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID).write("navalny");
        waitUntil(() -> shownIds(robot).isEmpty());
        assertEquals("No articles match \u201Cnavalny\u201D on 4 Mar 2021.", text(robot, ResultListView.EMPTY_ID));
    }

    @Test
    void aQueryThatCannotBeReadIsExplainedAndTheResultsStay(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID).write("microsoft");
        waitUntil(() -> "2 articles".equals(text(robot, ResultListView.COUNT_ID)) && !shownIds(robot).isEmpty());
        robot.write(" \"hackers");
        waitUntil(() -> !text(robot, SearchBarView.QUERY_ERROR_ID).isEmpty());
        assertTrue(text(robot, SearchBarView.QUERY_ERROR_ID).contains("quote"));
        assertEquals(2, shownIds(robot).size());
    }
}
