package org.broadsheet.ui;

import static org.broadsheet.testing.OnFxThread.read;
import static org.broadsheet.testing.OnFxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.broadsheet.article.Marks;
import org.broadsheet.marks.SavedSearch;
import org.broadsheet.search.SearchHit;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.settings.SettingsStore;
import org.broadsheet.testing.TestArchive;
import org.broadsheet.ui.marks.ArticleMarksView;
import org.broadsheet.ui.marks.SavedSearchesView;
import org.broadsheet.ui.search.FacetFilters;
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

/** Keeping what one finds, in the window: stars, tags, notes and read state, the tag filter, saved searches. */
@ExtendWith(ApplicationExtension.class)
class MarksWindowTest {

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

    private static Marks marksOf(FxRobot robot, String id) {
        return read(() -> results(robot).getItems().stream().filter(hit -> hit != null && hit.id().equals(id))
                .findFirst().map(SearchHit::marks).orElse(null));
    }

    private static void waitForList(FxRobot robot) throws TimeoutException {
        waitUntil(() -> results(robot).getItems().size() == 2 && results(robot).getItems().get(0) != null);
    }

    private void openRow(FxRobot robot, int row) {
        robot.clickOn(robot.lookup(".result-cell").nth(row).<Node>query());
    }

    @Test
    void theReadersBarStarsTagsAndNotesTheArticleAndTheListShowsIt(FxRobot robot) throws TimeoutException {
        waitForList(robot);
        openRow(robot, 0);
        waitUntil(() -> robot.lookup("#" + ArticleMarksView.STAR_ID).tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#" + ArticleMarksView.STAR_ID);
        waitUntil(() -> marksOf(robot, NEWER).starred());
        ComboBox<?> addTag = robot.lookup("#" + ArticleMarksView.ADD_TAG_ID).queryAs(ComboBox.class);
        robot.clickOn(addTag).write("Cyber war").type(KeyCode.ENTER);
        waitUntil(() -> marksOf(robot, NEWER).tags().equals(List.of("Cyber war")));
        robot.clickOn("#" + ArticleMarksView.NOTE_BUTTON_ID);
        robot.clickOn("#" + ArticleMarksView.NOTE_ID).write("Check who said what");
        robot.clickOn("#" + ArticleMarksView.STAR_ID);
        waitUntil(() -> "Check who said what".equals(marksOf(robot, NEWER).note()));
        waitUntil(() -> !marksOf(robot, NEWER).starred());
        Label tags = robot.lookup(".result-tags").queryAs(Label.class);
        assertEquals("#Cyber war", read(tags::getText), "the row shows the article's tags");
        assertEquals("Check who said what",
                read(() -> robot.lookup("#" + ArticleMarksView.NOTE_ID).queryAs(TextArea.class).getText()));
    }

    @Test
    void anOpenedArticleIsReadAfterAMomentAndItsRowTurnsPlain(FxRobot robot) throws TimeoutException {
        waitForList(robot);
        PseudoClass readRow = PseudoClass.getPseudoClass("read");
        assertTrue(read(() -> robot.lookup(".result-cell").queryAll().stream()
                .noneMatch(cell -> cell.getPseudoClassStates().contains(readRow))), "nothing is read yet");
        openRow(robot, 1);
        waitUntil(() -> marksOf(robot, OLDER).read());
        waitUntil(() -> robot.lookup(".result-cell").queryAll().stream()
                .anyMatch(cell -> cell.getPseudoClassStates().contains(readRow)));
        assertEquals("Mark Unread", read(() -> robot.lookup("#" + ArticleMarksView.READ_ID).queryAs(Button.class).getText()));
        robot.clickOn("#" + ArticleMarksView.READ_ID);
        waitUntil(() -> !marksOf(robot, OLDER).read());
    }

    @Test
    void severalSelectedRowsAreStarredAndMarkedWithOneKey(FxRobot robot) throws TimeoutException {
        waitForList(robot);
        openRow(robot, 0);
        robot.press(KeyCode.SHIFT).clickOn(robot.lookup(".result-cell").nth(1).<Node>query()).release(KeyCode.SHIFT);
        waitUntil(() -> results(robot).getSelectionModel().getSelectedIndices().size() == 2);
        System.err.println("FOCUS " + read(() -> String.valueOf(results(robot).getScene().getFocusOwner())));
        robot.type(KeyCode.S);
        waitUntil(() -> marksOf(robot, NEWER).starred() && marksOf(robot, OLDER).starred());
        robot.type(KeyCode.S);
        waitUntil(() -> !marksOf(robot, NEWER).starred() && !marksOf(robot, OLDER).starred());
        robot.type(KeyCode.U);
        waitUntil(() -> marksOf(robot, NEWER).read() && marksOf(robot, OLDER).read());
        assertEquals(2, read(() -> results(robot).getSelectionModel().getSelectedIndices().size()),
                "marking keeps the selection");
    }

    @Test
    void theTagFilterAndTagQueriesNarrowTheList(FxRobot robot) throws TimeoutException {
        waitForList(robot);
        openRow(robot, 1);
        robot.clickOn(robot.lookup("#" + ArticleMarksView.ADD_TAG_ID).<Node>query()).write("Russia").type(KeyCode.ENTER);
        waitUntil(() -> marksOf(robot, OLDER).tags().equals(List.of("Russia")));
        Button tags = robot.lookup("#" + FacetFilters.TAGS_ID).queryAs(Button.class);
        waitUntil(() -> !tags.isDisabled());
        robot.clickOn(tags);
        ListView<?> offered = robot.lookup("#" + FacetFilters.TAGS_LIST_ID).queryAs(ListView.class);
        waitUntil(() -> offered.getItems().size() == 1);
        robot.clickOn(offered).type(KeyCode.DOWN).type(KeyCode.SPACE);
        robot.clickOn(tags);
        waitUntil(() -> results(robot).getItems().size() == 1);
        assertEquals("Russia", read(tags::getText));
        robot.clickOn(tags);
        robot.clickOn("All tags");
        robot.clickOn(tags);
        waitUntil(() -> results(robot).getItems().size() == 2);
        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID).write("-tag:russia").type(KeyCode.ENTER);
        waitUntil(() -> results(robot).getItems().size() == 1 && results(robot).getItems().get(0) != null
                && results(robot).getItems().get(0).id().equals(NEWER));
    }

    @Test
    void aSavedSearchIsListedWithItsCountAndOpensInOneClick(FxRobot robot) throws TimeoutException {
        waitForList(robot);
        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID).write("navalny").type(KeyCode.ENTER);
        waitUntil(() -> results(robot).getItems().size() == 1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().map(Node::isFocused).orElse(false));
        robot.targetWindow(robot.window("Save Search")).type(KeyCode.END).write(" story").type(KeyCode.ENTER);
        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID).type(KeyCode.ESCAPE);
        waitUntil(() -> results(robot).getItems().size() == 2);
        robot.clickOn("#" + SavedSearchesView.ID);
        ListView<?> saved = robot.lookup("#" + SavedSearchesView.SAVED_LIST_ID).queryAs(ListView.class);
        waitUntil(() -> saved.getItems().size() == 1);
        assertEquals("navalny story", read(() -> ((SavedSearch) saved.getItems().get(0)).name()));
        waitUntil(() -> robot.lookup(".saved-count").tryQuery().map(node -> ((Label) node).getText().equals("1"))
                .orElse(false));
        ListView<?> recent = robot.lookup("#" + SavedSearchesView.RECENT_LIST_ID).queryAs(ListView.class);
        assertEquals("navalny", read(() -> recent.getItems().get(0)), "the query is offered again");
        robot.clickOn("navalny story");
        waitUntil(() -> results(robot).getItems().size() == 1);
        assertEquals("navalny", read(() -> robot.lookup("#" + SearchBarView.QUERY_FIELD_ID)
                .queryAs(javafx.scene.control.TextField.class).getText()));
    }
}
