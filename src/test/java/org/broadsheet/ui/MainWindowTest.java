package org.broadsheet.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.broadsheet.search.SearchHit;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.settings.SettingsStore;
import org.broadsheet.testing.TestArchive;
import static org.broadsheet.testing.OnFxThread.read;
import static org.broadsheet.testing.OnFxThread.waitUntil;
import org.broadsheet.ui.reader.ReaderView;
import org.broadsheet.ui.search.FacetFilters;
import org.broadsheet.ui.search.ResultListView;
import org.broadsheet.ui.search.SearchBarView;
import org.broadsheet.ui.search.TimelineView;
import org.broadsheet.ui.task.FxTaskExecutor;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

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
        window = new MainWindow(stage, executor, new SettingsStore(config), SessionFactory.inMemory());
        window.show(TestArchive.SEEDS);
    }

    @Stop
    void stop() {
        window.close();
        executor.shutdown();
    }

    @SuppressWarnings("unchecked")
    private static ListView<SearchHit> results(FxRobot robot) {
        return robot.lookup("#" + ResultListView.LIST_ID).queryAs(ListView.class);
    }

    private static List<String> shownIds(FxRobot robot) {
        return read(() -> results(robot).getItems().stream().map(SearchHit::id).toList());
    }

    private static String text(FxRobot robot, String id) {
        return read(() -> robot.lookup("#" + id).queryAs(Label.class).getText());
    }

    @Test
    void opensOnTheWholeArchiveNewestFirst(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).equals(List.of(NEWER, OLDER)));
        assertEquals("2 articles", text(robot, ResultListView.COUNT_ID));
        assertTrue(text(robot, "status").contains("2 articles"));
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

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE)
                .type(KeyCode.ENTER);
        waitUntil(() -> shownIds(robot).size() == 2);
        robot.clickOn("#" + SearchBarView.TO_ID).write("2021-03-03").type(KeyCode.ENTER);
        waitUntil(() -> shownIds(robot).equals(List.of(OLDER)));

        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID).write("pandya");
        waitUntil(() -> shownIds(robot).isEmpty());
        assertEquals("No articles match \u201Cpandya\u201D until 3 Mar 2021.", text(robot, ResultListView.EMPTY_ID));
    }

    /** Where the timeline's bars are on the screen, once both articles are listed and their two days drawn. */
    private static Bounds timelineOnScreen(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        Region bars = robot.lookup("#" + TimelineView.BARS_ID).queryAs(Region.class);
        waitUntil(() -> bars.getChildrenUnmodifiable().size() == 2 && bars.getWidth() > 0);
        return read(() -> bars.localToScreen(bars.getBoundsInLocal()));
    }

    @Test
    void draggingAcrossTheTimelinePicksTheDatesAndClickingABarPicksOnePeriod(FxRobot robot) throws TimeoutException {
        Bounds box = timelineOnScreen(robot);
        double y = box.getMinY() + box.getHeight() * 0.8;
        robot.drag(new Point2D(box.getMinX() + box.getWidth() * 0.1, y), MouseButton.PRIMARY)
                .dropTo(new Point2D(box.getMinX() + box.getWidth() * 0.9, y));
        DatePicker from = robot.lookup("#" + SearchBarView.FROM_ID).queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#" + SearchBarView.TO_ID).queryAs(DatePicker.class);
        waitUntil(() -> LocalDate.of(2021, 3, 3).equals(from.getValue()) && LocalDate.of(2021, 3, 4).equals(to.getValue()));
        assertEquals(2, shownIds(robot).size());

        robot.clickOn(new Point2D(box.getMinX() + box.getWidth() * 0.9, y));
        waitUntil(() -> LocalDate.of(2021, 3, 4).equals(from.getValue()));
        waitUntil(() -> shownIds(robot).equals(List.of(NEWER)));
        assertEquals(LocalDate.of(2021, 3, 4), read(to::getValue));
    }

    @Test
    void pointingAtABarOfTheTimelineTellsItsDayAndCount(FxRobot robot) throws TimeoutException {
        Bounds box = timelineOnScreen(robot);
        double y = box.getMinY() + box.getHeight() * 0.8;
        robot.moveTo(new Point2D(box.getMinX() + box.getWidth() * 0.2, y))
                .moveTo(new Point2D(box.getMinX() + box.getWidth() * 0.9, y));
        waitUntil(() -> shownTooltip(robot, "4 Mar 2021: 1 article").isPresent());
        double shownAt = read(() -> shownTooltip(robot, "4 Mar 2021: 1 article").orElseThrow().getScene().getWindow().getX());
        robot.moveTo(new Point2D(box.getMinX() + box.getWidth() * 0.2, y));
        waitUntil(() -> shownTooltip(robot, "3 Mar 2021: 1 article").isPresent());
        assertTrue(read(() -> shownTooltip(robot, "3 Mar 2021: 1 article").orElseThrow().getScene().getWindow().getX())
                < shownAt, "the tooltip follows the pointer to the bar it tells of");
    }

    private static Optional<Node> shownTooltip(FxRobot robot, String text) {
        return robot.lookup(".tooltip").queryAll().stream()
                .filter(tip -> tip.isVisible() && tip instanceof Labeled label && text.equals(label.getText()))
                .findFirst();
    }

    @Test
    void choosingAnAuthorNarrowsTheList(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        robot.clickOn("#" + FacetFilters.ID);
        robot.clickOn("Jay Pandya  (1)");
        waitUntil(() -> shownIds(robot).equals(List.of(NEWER)));
        assertEquals("Jay Pandya", read(() -> robot.lookup("#" + FacetFilters.ID).queryAs(Button.class).getText()));
        robot.clickOn("All authors");
        waitUntil(() -> shownIds(robot).size() == 2);
    }

    @Test
    void aSimilarArticleIsAClickAway(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        robot.clickOn(robot.lookup(".result-cell").nth(0).<Node>query());
        StyleClassedTextArea reader = robot.lookup("#" + ReaderView.TEXT_ID).queryAs(StyleClassedTextArea.class);
        waitUntil(() -> reader.getText().startsWith("Microsoft after India"));
        waitUntil(() -> robot.lookup("#" + ReaderView.SIMILAR_ID + " .hyperlink").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#" + ReaderView.SIMILAR_ID + " .hyperlink").<Node>query());
        waitUntil(() -> reader.getText().startsWith("Chinese foreign ministry on Navalny"));
    }

    @Test
    void aQueryThatCannotBeReadIsExplainedAndTheResultsStay(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID).write("microsoft");
        waitUntil(() -> "2 articles".equals(text(robot, ResultListView.COUNT_ID)) && !shownIds(robot).isEmpty());
        robot.write(" \"hackers");
        waitUntil(() -> !text(robot, ResultListView.QUERY_ERROR_ID).isEmpty());
        assertTrue(text(robot, ResultListView.QUERY_ERROR_ID).contains("quote"));
        assertEquals(2, shownIds(robot).size());
    }
}
