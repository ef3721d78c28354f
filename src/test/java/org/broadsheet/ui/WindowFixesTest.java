package org.broadsheet.ui;

import static org.broadsheet.testing.OnFxThread.read;
import static org.broadsheet.testing.OnFxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeoutException;

import atlantafx.base.theme.Styles;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SortOrder;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.settings.SettingsStore;
import org.broadsheet.testing.TestArchive;
import org.broadsheet.ui.archive.ProblemsWindow;
import org.broadsheet.ui.archive.StatusBarView;
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
import org.testfx.util.WaitForAsyncUtils;

/** The bugs a new user hit in the window, each shown fixed, on the sample archive and on one made here. */
@ExtendWith(ApplicationExtension.class)
class WindowFixesTest {

    private static final String NEWER = "001_191ff7a9de4b3ca6";
    private static final String OLDER = "000_1e1bfa49edc9e94a";

    private FxTaskExecutor executor;
    private MainWindow window;
    private Stage stage;

    @TempDir
    Path config;

    @TempDir
    Path archives;

    @Start
    void start(Stage stage) {
        this.stage = stage;
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
        return read(() -> results(robot).getItems().stream().map(hit -> hit == null ? "" : hit.id()).toList());
    }

    private static String text(FxRobot robot, String id) {
        return read(() -> robot.lookup("#" + id).queryAs(javafx.scene.control.Labeled.class).getText());
    }

    private static StyleClassedTextArea reader(FxRobot robot) {
        return robot.lookup("#" + ReaderView.TEXT_ID).queryAs(StyleClassedTextArea.class);
    }

    private void openRow(FxRobot robot, int row) {
        robot.clickOn(robot.lookup(".result-cell").nth(row).<Node>query());
    }

    @Test
    void anArticleOpenedAfterOneThatStartsWithAMatchIsNotPaintedAsOne(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID).write("chinese");
        waitUntil(() -> shownIds(robot).get(0).equals(OLDER));
        openRow(robot, 0);
        waitUntil(() -> reader(robot).getText().startsWith("Chinese foreign ministry"));
        assertEquals(List.of("match"), read(() -> List.copyOf(reader(robot).getStyleOfChar(1))), "the match is marked");
        openRow(robot, 1);
        waitUntil(() -> reader(robot).getText().startsWith("Microsoft after India"));
        String shown = read(() -> reader(robot).getText());
        int marked = read(() -> {
            int count = 0;
            for (int i = 0; i < shown.length(); i++) {
                if (!reader(robot).getStyleOfChar(i).isEmpty()) {
                    count++;
                }
            }
            return count;
        });
        int matched = shown.split("(?i)chinese", -1).length - 1;
        assertTrue(marked <= matched * "Chinese".length(), "only the matches are marked: " + marked + " characters");
    }

    @Test
    void aDateThatIsNoDateIsMarkedAndSaysWhyAndAMonthOrYearIsItsWholeSpan(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        DatePicker from = robot.lookup("#" + SearchBarView.FROM_ID).queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#" + SearchBarView.TO_ID).queryAs(DatePicker.class);
        robot.clickOn(from).write("1987-13-45").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, ResultListView.QUERY_ERROR_ID).contains("no month 13"));
        assertTrue(read(() -> from.getEditor().getPseudoClassStates().contains(Styles.STATE_DANGER)));
        assertEquals(2, shownIds(robot).size(), "no filter was applied");
        assertNull(read(from::getValue));

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2021-03").type(KeyCode.ENTER);
        waitUntil(() -> LocalDate.of(2021, 3, 1).equals(from.getValue()));
        assertEquals("", text(robot, ResultListView.QUERY_ERROR_ID));
        assertTrue(read(() -> !from.getEditor().getPseudoClassStates().contains(Styles.STATE_DANGER)));
        robot.clickOn(to).write("2021").type(KeyCode.ENTER);
        waitUntil(() -> LocalDate.of(2021, 12, 31).equals(to.getValue()));
        assertEquals(2, shownIds(robot).size());
    }

    @Test
    void theCalendarOfAnEmptyDateOpensOnTheNewestListedArticlesMonth(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        DatePicker from = robot.lookup("#" + SearchBarView.FROM_ID).queryAs(DatePicker.class);
        Platform.runLater(from::show);
        waitUntil(from::isShowing);
        assertEquals(LocalDate.of(2021, 3, 4), read(from::getValue), "the calendar shows March 2021, not today");
        Platform.runLater(from::hide);
        waitUntil(() -> !from.isShowing());
        assertNull(read(from::getValue), "nothing was picked");
        assertEquals(2, shownIds(robot).size());
    }

    @Test
    void theSkippedFilesWindowShowsWholePathsCopiesThemAndClosesWithEscape(FxRobot robot) throws Exception {
        waitUntil(() -> shownIds(robot).size() == 2);
        Path messy = archives.resolve("messy");
        TestArchive.in(messy).article("good.txt", null, "A good story", "Text.")
                .file("a/rather/long/path/to/a/file/that/is/empty.txt", "");
        Platform.runLater(() -> window.open(messy));
        waitUntil(() -> !text(robot, StatusBarView.PROBLEMS_LINK_ID).isEmpty());
        robot.clickOn("#" + StatusBarView.PROBLEMS_LINK_ID);
        waitUntil(() -> robot.lookup("#" + ProblemsWindow.TABLE_ID).tryQuery().isPresent());
        TableView<?> table = robot.lookup("#" + ProblemsWindow.TABLE_ID).queryAs(TableView.class);
        TableColumn<?, ?> file = read(() -> table.getColumns().get(0));
        assertTrue(read(file::getWidth) >= 220, "the file column shows the path: " + read(file::getWidth));
        assertTrue(robot.lookup("#" + ProblemsWindow.CLOSE_ID).tryQuery().isPresent(), "there is a Close button");
        Window problems = read(() -> table.getScene().getWindow());
        robot.clickOn(table).press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        waitUntil(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString() != null
                && javafx.scene.input.Clipboard.getSystemClipboard().getString().contains("that/is/empty.txt"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !problems.isShowing());
    }

    @Test
    void theSortControlSaysWhatTheListDoesAndNeverMovesTheSearchField(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        @SuppressWarnings("unchecked")
        ComboBox<SortOrder> sort = robot.lookup("#" + SearchBarView.SORT_ID).queryAs(ComboBox.class);
        assertEquals(SortOrder.NEWEST, read(sort::getValue), "without a query the list is newest first");
        TextField field = robot.lookup("#" + SearchBarView.QUERY_FIELD_ID).queryAs(TextField.class);
        double width = read(field::getWidth);
        robot.clickOn(field).write("china");
        waitUntil(() -> sort.getValue() == SortOrder.RELEVANCE);
        Platform.runLater(() -> sort.setValue(SortOrder.OLDEST));
        waitUntil(() -> shownIds(robot).equals(List.of(OLDER, NEWER)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, read(field::getWidth), 0.5, "choosing an order never moves the search field");
    }

    @Test
    void aTimelineRangeThatLeavesTheArticleOutClosesItInTheReader(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        openRow(robot, 1);
        waitUntil(() -> reader(robot).getText().startsWith("Chinese"));
        Region bars = robot.lookup("#" + TimelineView.BARS_ID).queryAs(Region.class);
        Bounds box = read(() -> bars.localToScreen(bars.getBoundsInLocal()));
        robot.clickOn(new Point2D(box.getMinX() + box.getWidth() * 0.9, box.getMinY() + box.getHeight() * 0.8),
                MouseButton.PRIMARY);
        waitUntil(() -> shownIds(robot).equals(List.of(NEWER)));
        waitUntil(() -> reader(robot).getText().isEmpty());
        assertTrue(text(robot, ReaderView.MESSAGE_ID).startsWith("Select an article"));
    }

    @Test
    void aQueryErrorTakesTheCountsPlaceAndTheEmptyListSaysNothingOld(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID).write("zirconium");
        waitUntil(() -> shownIds(robot).isEmpty());
        assertTrue(text(robot, ResultListView.EMPTY_ID).startsWith("No articles match"));
        Node list = results(robot);
        double top = read(() -> list.localToScene(0, 0).getY());
        TextField field = robot.lookup("#" + SearchBarView.QUERY_FIELD_ID).queryAs(TextField.class);
        Platform.runLater(() -> field.appendText(" title:"));
        waitUntil(() -> text(robot, ResultListView.QUERY_ERROR_ID).startsWith("title: needs a word after it"));
        assertEquals("", text(robot, ResultListView.EMPTY_ID), "the old query's empty message is gone");
        assertEquals(top, read(() -> list.localToScene(0, 0).getY()), 0.5, "nothing moved down");
    }

    @Test
    void eachArchiveKeepsItsOwnQueryAndDates(FxRobot robot) throws Exception {
        waitUntil(() -> shownIds(robot).size() == 2);
        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID).write("navalny").type(KeyCode.ENTER);
        waitUntil(() -> shownIds(robot).equals(List.of(OLDER)));
        Path other = archives.resolve("other");
        TestArchive.in(other).article("harbour.txt", "March 1st, 2021 at 10:00 IST", "Harbour news", "Ships.");
        Platform.runLater(() -> window.open(other));
        TextField field = robot.lookup("#" + SearchBarView.QUERY_FIELD_ID).queryAs(TextField.class);
        waitUntil(() -> shownIds(robot).equals(List.of("harbour")));
        assertEquals("", read(field::getText), "another archive starts with its own search");
        Platform.runLater(() -> window.open(TestArchive.SEEDS));
        waitUntil(() -> shownIds(robot).equals(List.of(OLDER)));
        assertEquals("navalny", read(field::getText));
    }

    @Test
    void severalAuthorsCanBeChosenAndTheListOfThemFiltered(FxRobot robot) throws Exception {
        Path many = archives.resolve("many");
        TestArchive files = TestArchive.in(many);
        for (int i = 0; i < 60; i++) {
            files.file("a" + i + ".txt", "Harbour story " + i + "\n\nReported by: Writer " + i + "\n\nText.");
        }
        Platform.runLater(() -> window.open(many));
        waitUntil(() -> shownIds(robot).size() == 60);
        robot.clickOn("#" + FacetFilters.ID);
        ListView<?> authors = robot.lookup("#" + FacetFilters.LIST_ID).queryAs(ListView.class);
        waitUntil(() -> authors.getItems().size() == 60);
        robot.clickOn("#" + FacetFilters.FILTER_ID).write("Writer 5");
        waitUntil(() -> authors.getItems().size() == 11);
        robot.clickOn("Writer 5  (1)");
        robot.clickOn("Writer 51  (1)");
        waitUntil(() -> shownIds(robot).size() == 2);
        assertEquals("2 authors", read(() -> robot.lookup("#" + FacetFilters.ID).queryAs(Button.class).getText()));
    }

    @Test
    void anArchiveWithoutBylinesHasASmallDisabledAuthorControl(FxRobot robot) throws Exception {
        Path plain = archives.resolve("plain");
        TestArchive.in(plain).article("a.txt", null, "No byline", "Text.");
        Platform.runLater(() -> window.open(plain));
        waitUntil(() -> shownIds(robot).equals(List.of("a")));
        Button authors = robot.lookup("#" + FacetFilters.ID).queryAs(Button.class);
        waitUntil(authors::isDisabled);
        assertEquals("No bylines", read(authors::getText));
    }

    @Test
    void theDarkThemeIsChosenFromTheViewMenuAndRemembered(FxRobot robot) throws Exception {
        waitUntil(() -> shownIds(robot).size() == 2);
        robot.clickOn("View").clickOn("Theme").clickOn("Dark");
        waitUntil(() -> Application.getUserAgentStylesheet().contains("dark"));
        WaitForAsyncUtils.asyncFx(() -> window.close()).get().get();
        assertEquals("dark", new SettingsStore(config).load().settings().theme());
    }

    @Test
    void theReaderSaysWhereTheArticleComesFromAndOffersItsFile(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        openRow(robot, 0);
        TextField file = robot.lookup("#" + ReaderView.FILE_ID).queryAs(TextField.class);
        waitUntil(() -> (NEWER + ".txt").equals(file.getText()));
        assertTrue(robot.lookup("#" + ReaderView.OPEN_ORIGINAL_ID).tryQuery().isPresent());
        assertTrue(robot.lookup("#" + ReaderView.SHOW_IN_FOLDER_ID).tryQuery().isPresent());
    }

    @Test
    void atEightHundredBySixHundredTheArticleHasMostOfTheRoom(FxRobot robot) throws TimeoutException {
        waitUntil(() -> shownIds(robot).size() == 2);
        Platform.runLater(() -> {
            stage.setWidth(800);
            stage.setHeight(600);
        });
        waitUntil(() -> stage.getWidth() == 800);
        openRow(robot, 0);
        waitUntil(() -> reader(robot).getText().startsWith("Microsoft"));
        waitUntil(() -> robot.lookup("#" + ReaderView.SIMILAR_ID).tryQuery().map(Node::isVisible).orElse(false));
        Node similar = robot.lookup(".reader-similar-scroll").query();
        double similarHeight = read(() -> similar.getBoundsInParent().getHeight());
        double textHeight = read(() -> reader(robot).getHeight());
        assertTrue(textHeight > 2 * similarHeight, "text " + textHeight + ", similar " + similarHeight);
        // The list kept its width from 1280 pixels wide, but not more than half of the smaller window.
        double listWidth = read(() -> robot.lookup(".result-pane").queryAs(Region.class).getWidth());
        assertTrue(listWidth <= 400, "list " + listWidth);
    }
}
