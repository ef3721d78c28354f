package org.broadsheet.ui;

import static org.broadsheet.testing.OnFxThread.read;
import static org.broadsheet.testing.OnFxThread.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.broadsheet.search.SearchHit;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.settings.SettingsStore;
import org.broadsheet.testing.StoryCorpus;
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

/** A story scraped three times, in the window: listed once, its versions one click away, and compared. */
@ExtendWith(ApplicationExtension.class)
class VersionsWindowTest {

    private FxTaskExecutor executor;
    private MainWindow window;

    @TempDir
    Path config;

    @TempDir
    Path archive;

    @Start
    void start(Stage stage) {
        StoryCorpus corpus = new StoryCorpus(11);
        List<String> floods = corpus.paragraphs(6);
        List<String> update = corpus.edited(floods, 4);
        TestArchive files = TestArchive.in(archive);
        files.file("floods.txt", StoryCorpus.file("March 1st, 2021 at 10:00 IST", "Floods in the valley", floods));
        files.file("floods-update.txt", StoryCorpus.file("March 2nd, 2021 at 10:00 IST", "Floods in the valley: update",
                update));
        files.file("floods-again.txt", StoryCorpus.file("March 3rd, 2021 at 10:00 IST", "Floods in the valley again",
                corpus.edited(update, 2)));
        files.file("polls.txt", StoryCorpus.file("March 4th, 2021 at 10:00 IST", "Polls in the hills",
                corpus.paragraphs(6)));
        executor = new FxTaskExecutor();
        window = new MainWindow(stage, executor, new SettingsStore(config), SessionFactory.inMemory());
        window.show(archive);
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

    private static List<String> listedIds(FxRobot robot) {
        return read(() -> results(robot).getItems().stream().map(hit -> hit == null ? "?" : hit.id()).toList());
    }

    private static String count(FxRobot robot) {
        return read(() -> robot.lookup("#" + ResultListView.COUNT_ID).queryAs(Label.class).getText());
    }

    private static StyleClassedTextArea reader(FxRobot robot) {
        return robot.lookup("#" + ReaderView.TEXT_ID).queryAs(StyleClassedTextArea.class);
    }

    private static boolean styled(StyleClassedTextArea text, String style) {
        for (int i = 0; i < text.getLength(); i++) {
            if (text.getStyleOfChar(i).contains(style)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aStoryIsListedOnceWithItsVersionsOneClickAwayAndTheToggleShowsEveryCopy(FxRobot robot)
            throws TimeoutException {
        waitUntil(() -> listedIds(robot).equals(List.of("polls", "floods-again")));
        assertEquals("2 stories, 4 articles", count(robot));
        Hyperlink versions = robot.lookup("." + ResultListView.VERSIONS_STYLE).match(Node::isVisible)
                .queryAs(Hyperlink.class);
        assertEquals("3 versions", read(versions::getText));

        robot.clickOn(versions);
        waitUntil(() -> listedIds(robot).equals(List.of("floods-again", "floods-update", "floods")));
        assertTrue(read(() -> robot.lookup("#" + SearchBarView.QUERY_FIELD_ID).queryAs(TextField.class).getText())
                .startsWith("versions:"), "the query says what is listed");

        robot.interact(() -> robot.lookup("#" + SearchBarView.QUERY_FIELD_ID).queryAs(TextField.class).clear());
        waitUntil(() -> listedIds(robot).size() == 2);
        robot.clickOn("#" + SearchBarView.COLLAPSE_ID);
        waitUntil(() -> listedIds(robot).size() == 4);
        assertEquals("4 articles", count(robot));
        assertTrue(!read(() -> robot.lookup("#" + SearchBarView.COLLAPSE_ID).queryAs(ToggleButton.class).isSelected()));
    }

    @Test
    void vListsTheVersionsOfTheFocusedRowFromTheKeyboard(FxRobot robot) throws TimeoutException {
        waitUntil(() -> listedIds(robot).equals(List.of("polls", "floods-again")));
        robot.clickOn("#" + SearchBarView.QUERY_FIELD_ID).type(KeyCode.DOWN);
        waitUntil(() -> results(robot).isFocused());
        robot.type(KeyCode.V);
        assertEquals("", read(() -> robot.lookup("#" + SearchBarView.QUERY_FIELD_ID).queryAs(TextField.class).getText()),
                "an article alone has no versions to list");
        robot.type(KeyCode.DOWN).type(KeyCode.V);
        waitUntil(() -> listedIds(robot).equals(List.of("floods-again", "floods-update", "floods")));
    }

    @Test
    void theReaderListsTheOtherVersionsAndComparesOneWordByWord(FxRobot robot) throws TimeoutException {
        waitUntil(() -> listedIds(robot).equals(List.of("polls", "floods-again")));
        robot.clickOn(robot.lookup(".result-cell").nth(1).<Node>query());
        waitUntil(() -> reader(robot).getText().startsWith("Floods in the valley again"));
        waitUntil(() -> robot.lookup("." + ReaderView.COMPARE_STYLE).queryAll().size() == 2);
        String article = read(() -> reader(robot).getText());

        robot.clickOn(robot.lookup("." + ReaderView.COMPARE_STYLE).nth(0).<Node>query());
        waitUntil(() -> !reader(robot).getText().equals(article));
        assertTrue(read(() -> styled(reader(robot), ReaderView.INSERTED_STYLE)), "insertions are marked");
        assertTrue(read(() -> styled(reader(robot), ReaderView.DELETED_STYLE)), "deletions are marked");
        assertTrue(read(() -> reader(robot).getText()).contains("unchanged"), "unchanged paragraphs are folded");
        assertTrue(read(() -> robot.lookup("#" + ReaderView.BACK_TO_ARTICLE_ID).query().isVisible()));

        robot.clickOn("#" + ReaderView.BACK_TO_ARTICLE_ID);
        waitUntil(() -> reader(robot).getText().equals(article));
        assertTrue(read(() -> !styled(reader(robot), ReaderView.INSERTED_STYLE)), "the article itself shows no diff");
    }
}
