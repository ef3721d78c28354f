package org.broadsheet.ui;

import java.nio.file.Path;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.broadsheet.ui.archive.ArchiveViewModel;
import org.broadsheet.ui.archive.ProblemsWindow;
import org.broadsheet.ui.archive.StatusBarView;
import org.broadsheet.ui.reader.ReaderView;
import org.broadsheet.ui.reader.ReaderViewModel;
import org.broadsheet.ui.search.ResultListView;
import org.broadsheet.ui.search.SearchBarView;
import org.broadsheet.ui.search.SearchViewModel;
import org.broadsheet.ui.task.TaskExecutor;

/**
 * One Broadsheet window: makes the view-models, connects them, and lays out their views. The window shows
 * at once; the archive is opened and read in the background while it does.
 */
public final class MainWindow {

    private final Stage stage;
    private final ArchiveViewModel archive;
    private final SearchViewModel search;
    private final ReaderViewModel reader;
    private final SearchBarView searchBar;
    private final ResultListView results;
    private ProblemsWindow problemsWindow;

    public MainWindow(Stage stage, TaskExecutor executor) {
        this.stage = stage;
        this.archive = new ArchiveViewModel(executor);
        this.search = new SearchViewModel(executor);
        this.reader = new ReaderViewModel(executor);
        connect();

        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        searchBar = new SearchBarView(search);
        results = new ResultListView(search);
        ReaderView readerView = new ReaderView(reader);
        StatusBarView statusBar = new StatusBarView(archive, this::showProblems);

        SplitPane panes = new SplitPane(results.root(), readerView.root());
        panes.setOrientation(Orientation.HORIZONTAL);
        panes.setDividerPositions(0.38);
        SplitPane.setResizableWithParent(results.root(), false);

        BorderPane root = new BorderPane(panes);
        root.setTop(new VBox(menuBar(), searchBar.root()));
        root.setBottom(statusBar.root());
        root.getStylesheets().add(MainWindow.class.getResource("broadsheet.css").toExternalForm());

        Scene scene = new Scene(root, 1280, 820);
        installShortcuts(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(archive.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
    }

    /** How the view-models follow each other; the views know nothing of this. */
    private void connect() {
        archive.sessionProperty().addListener((observable, old, session) -> {
            reader.clear();
            search.searcherProperty().set(session == null ? null : session.searcher());
            reader.searcherProperty().set(session == null ? null : session.searcher());
        });
        search.archiveLoadingProperty().bind(archive.loadingProperty());
        archive.onSearchableChanged(search::refresh);
        search.selectedProperty().addListener((observable, old, hit) -> {
            if (hit == null) {
                reader.clear();
            } else if (old == null || !old.id().equals(hit.id())) {
                reader.show(hit.id(), search.shownQueryProperty().get());
            }
        });
        search.shownQueryProperty().addListener((observable, old, query) -> {
            if (search.selectedProperty().get() != null && !old.equals(query)) {
                reader.show(search.selectedProperty().get().id(), query);
            }
        });
    }

    private MenuBar menuBar() {
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> stage.close());
        Menu file = new Menu("File", null, quit);

        MenuItem find = new MenuItem("Search");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(event -> searchBar.focusQuery());
        MenuItem nextMatch = new MenuItem("Next Match");
        nextMatch.setAccelerator(new KeyCodeCombination(KeyCode.F3));
        nextMatch.setOnAction(event -> reader.nextMatch());
        MenuItem previousMatch = new MenuItem("Previous Match");
        previousMatch.setAccelerator(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN));
        previousMatch.setOnAction(event -> reader.previousMatch());
        MenuItem clear = new MenuItem("Clear Search and Dates");
        clear.setOnAction(event -> search.clearAll());
        Menu searchMenu = new Menu("Search", null, find, nextMatch, previousMatch, clear);

        MenuItem skipped = new MenuItem("Skipped Files…");
        skipped.setOnAction(event -> showProblems());
        Menu view = new Menu("View", null, skipped);
        return new MenuBar(file, searchMenu, view);
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN), reader::nextMatch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), reader::previousMatch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN),
                results::focusList);
    }

    private void showProblems() {
        if (problemsWindow == null) {
            problemsWindow = new ProblemsWindow(stage, archive);
        }
        problemsWindow.show();
    }

    /** Shows the window and starts opening the archive in {@code folder}. */
    public void show(Path folder) {
        stage.show();
        searchBar.focusQuery();
        archive.open(folder);
    }

    /** Closes the archive; the window itself is closed by its stage. */
    public void close() {
        archive.close();
    }

    public Parent root() {
        return stage.getScene().getRoot();
    }

    /** For callers off the FX thread that need the window closed. */
    public void closeLater() {
        Platform.runLater(stage::close);
    }
}
