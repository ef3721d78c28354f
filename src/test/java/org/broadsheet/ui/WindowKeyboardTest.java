package org.broadsheet.ui;

import static org.broadsheet.testing.OnFxThread.read;
import static org.broadsheet.testing.OnFxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.broadsheet.search.SearchHit;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.settings.SettingsStore;
import org.broadsheet.testing.TestArchive;
import org.broadsheet.ui.marks.SavedSearchesView;
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

/** The window from the keyboard alone, in a sensible order, every control named for a screen reader. */
@ExtendWith(ApplicationExtension.class)
class WindowKeyboardTest {

    private FxTaskExecutor executor;
    private MainWindow window;
    private Stage stage;

    @TempDir
    Path config;

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

    private void waitForTheList(FxRobot robot) throws TimeoutException {
        waitUntil(() -> results(robot).getItems().size() == 2 && results(robot).getItems().get(0) != null);
    }

    /** The id of the node that has the focus, or of its nearest ancestor with one. */
    private String focused() {
        return read(() -> {
            for (Node node = stage.getScene().getFocusOwner(); node != null; node = node.getParent()) {
                if (node.getId() != null) {
                    return node.getId();
                }
            }
            return "";
        });
    }

    private StyleClassedTextArea readerText(FxRobot robot) {
        return robot.lookup("#" + ReaderView.TEXT_ID).queryAs(StyleClassedTextArea.class);
    }

    @Test
    void tabGoesThroughTheWindowInReadingOrderAndShiftTabComesBack(FxRobot robot) throws TimeoutException {
        waitForTheList(robot);
        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID);
        List<String> order = new ArrayList<>();
        order.add(focused());
        for (int i = 0; i < 8; i++) {
            robot.type(KeyCode.TAB);
            order.add(focused());
        }
        // The tag filter is skipped while nothing is tagged: a disabled control takes no focus.
        assertEquals(List.of(SearchBarView.QUERY_FIELD_ID, SavedSearchesView.ID, SearchBarView.FROM_ID,
                SearchBarView.TO_ID, SearchBarView.SORT_ID, SearchBarView.COLLAPSE_ID, FacetFilters.ID, TimelineView.ID, ResultListView.LIST_ID),
                order);

        robot.type(KeyCode.ENTER);
        waitUntil(() -> readerText(robot).isFocused());
        robot.type(KeyCode.TAB);
        waitUntil(() -> !readerText(robot).isFocused());
        assertTrue(focused().startsWith("reader-similar") || focused().equals(ReaderView.SIMILAR_ID), focused());
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> readerText(robot).isFocused());
    }

    @Test
    void downInTheSearchFieldGoesToTheListEnterOpensAndEscapeComesBack(FxRobot robot) throws TimeoutException {
        waitForTheList(robot);
        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID).type(KeyCode.DOWN);
        waitUntil(() -> results(robot).isFocused());
        assertEquals(0, read(() -> results(robot).getSelectionModel().getSelectedIndex()), "the first row is picked");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> readerText(robot).isFocused() && readerText(robot).getText().startsWith("Chinese"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> results(robot).isFocused());
    }

    @Test
    void theTimelinePicksDatesFromTheKeyboard(FxRobot robot) throws TimeoutException {
        waitForTheList(robot);
        Node timeline = robot.lookup("#" + TimelineView.ID).query();
        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID);
        for (int i = 0; i < 7; i++) {
            robot.type(KeyCode.TAB);
        }
        waitUntil(timeline::isFocused);
        robot.type(KeyCode.LEFT).type(KeyCode.ENTER);
        waitUntil(() -> results(robot).getItems().size() == 1);
        assertEquals("000_1e1bfa49edc9e94a", read(() -> results(robot).getItems().get(0).id()));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> results(robot).getItems().size() == 2);
    }

    @Test
    void everyControlHasANameForAScreenReader(FxRobot robot) throws TimeoutException {
        waitForTheList(robot);
        robot.clickOn(robot.lookup(".result-cell").nth(0).<Node>query());
        waitUntil(() -> readerText(robot).getText().startsWith("Microsoft"));
        List<String> unnamed = read(() -> {
            List<String> missing = new ArrayList<>();
            collectUnnamed(stage.getScene().getRoot(), missing);
            return missing;
        });
        assertEquals(List.of(), unnamed);
    }

    /** Focusable controls that neither show a text nor have an accessible one. */
    private static void collectUnnamed(Node node, List<String> missing) {
        if (!node.isVisible()) {
            return;
        }
        if (node.isFocusTraversable()) {
            boolean named = node.getAccessibleText() != null && !node.getAccessibleText().isBlank()
                    || node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                    || node instanceof TextInputControl input && input.getPromptText() != null
                    && !input.getPromptText().isBlank();
            if (!named) {
                missing.add(node.getClass().getSimpleName() + "#" + node.getId() + node.getStyleClass());
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectUnnamed(child, missing);
            }
        }
    }

    @Test
    void f1ListsEveryShortcutAndEscapeClosesIt(FxRobot robot) throws TimeoutException {
        waitForTheList(robot);
        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID).type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#" + HelpWindows.SHORTCUTS_TABLE_ID).tryQuery().isPresent());
        TableView<?> table = robot.lookup("#" + HelpWindows.SHORTCUTS_TABLE_ID).queryAs(TableView.class);
        assertEquals(Shortcuts.all().size(), read(() -> table.getItems().size()));
        Window help = read(() -> table.getScene().getWindow());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !help.isShowing());
    }

    @Test
    void altLeftAndRightGoBackAndForwardThroughTheArticlesOpened(FxRobot robot) throws TimeoutException {
        waitForTheList(robot);
        robot.clickOn(robot.lookup(".result-cell").nth(0).<Node>query());
        waitUntil(() -> readerText(robot).getText().startsWith("Microsoft"));
        waitUntil(() -> robot.lookup("#" + ReaderView.SIMILAR_ID + " .hyperlink").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#" + ReaderView.SIMILAR_ID + " .hyperlink").<Node>query());
        waitUntil(() -> readerText(robot).getText().startsWith("Chinese"));
        assertEquals(1, read(() -> results(robot).getSelectionModel().getSelectedIndex()),
                "the list shows which article is open");
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        waitUntil(() -> readerText(robot).getText().startsWith("Microsoft"));
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        waitUntil(() -> readerText(robot).getText().startsWith("Chinese"));
    }

    @Test
    void ctrlPlusMakesTheArticleLargerAndTheSizeIsRemembered(FxRobot robot) throws Exception {
        waitForTheList(robot);
        robot.clickOn(robot.lookup(".result-cell").nth(0).<Node>query());
        waitUntil(() -> readerText(robot).getText().startsWith("Microsoft"));
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitUntil(() -> readerText(robot).getStyleClass().contains("reader-zoom-125"));
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> window.close()).get().get();
        assertEquals(1.25, new SettingsStore(config).load().settings().readerZoom());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        waitUntil(() -> readerText(robot).getStyleClass().contains("reader-zoom-100"));
    }
}
