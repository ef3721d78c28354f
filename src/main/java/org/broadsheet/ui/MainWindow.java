package org.broadsheet.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.broadsheet.platform.IoFailures;
import org.broadsheet.settings.LoadedSettings;
import org.broadsheet.settings.Settings;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.settings.SettingsStore;
import org.broadsheet.ui.archive.ArchiveViewModel;
import org.broadsheet.ui.archive.DroppedFiles;
import org.broadsheet.ui.archive.ProblemsWindow;
import org.broadsheet.ui.archive.StatusBarView;
import org.broadsheet.ui.reader.ReaderView;
import org.broadsheet.ui.reader.ReaderViewModel;
import org.broadsheet.ui.search.ResultListView;
import org.broadsheet.ui.search.SearchBarView;
import org.broadsheet.ui.search.SearchViewModel;
import org.broadsheet.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Broadsheet window: makes the view-models, connects them, and lays out their views. The window shows
 * at once; the archive is opened and read in the background while it does.
 */
public final class MainWindow {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    private final Stage stage;
    private final TaskExecutor executor;
    private final SettingsStore settingsStore;
    private Settings settings;
    private final ArchiveViewModel archive;
    private final SearchViewModel search;
    private final ReaderViewModel reader;
    private final SearchBarView searchBar;
    private final ResultListView results;
    private ProblemsWindow problemsWindow;

    /**
     * @param settingsStore where the window's settings are read at once and saved later: recent archives,
     *                      its size and place, the last query
     * @param sessions      how archives are opened, and where their indexes are kept
     */
    public MainWindow(Stage stage, TaskExecutor executor, SettingsStore settingsStore, SessionFactory sessions) {
        this.stage = stage;
        this.executor = executor;
        this.settingsStore = settingsStore;
        this.archive = new ArchiveViewModel(executor, sessions);
        this.search = new SearchViewModel(executor);
        this.reader = new ReaderViewModel(executor);
        connect();
        LoadedSettings loaded = settingsStore.load();
        settings = loaded.settings();
        loaded.notice().ifPresent(archive::showNotice);
        search.queryProperty().set(settings.lastQuery());
        search.commitQuery();

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
        acceptDroppedFolders(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(archive.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        restoreBounds();
    }

    /** How the view-models follow each other; the views know nothing of this. */
    private void connect() {
        archive.sessionProperty().addListener((observable, old, session) -> {
            reader.clear();
            search.searcherProperty().set(session == null ? null : session.searcher());
            reader.searcherProperty().set(session == null ? null : session.searcher());
        });
        search.archiveLoadingProperty().bind(archive.loadingProperty());
        // A list that no longer holds the article being read leaves it in the reader.
        search.selectedProperty().addListener((observable, old, hit) -> {
            if (hit != null && (old == null || !old.id().equals(hit.id()))) {
                reader.show(hit.id(), search.shownQueryProperty().get());
            }
        });
        archive.onOpened(folder -> {
            settings = settings.withArchiveOpened(folder);
            saveSettingsInBackground();
        });
        search.shownQueryProperty().addListener((observable, old, query) -> {
            String reading = reader.documentProperty().get() == null ? null : reader.documentProperty().get().articleId();
            if (reading != null && !old.equals(query)) {
                reader.show(reading, query);
            }
        });
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open Archive…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(event -> chooseArchive());
        Menu recent = new Menu("Open Recent");
        recent.setOnShowing(event -> fillRecentMenu(recent));
        fillRecentMenu(recent);
        MenuItem reopen = new MenuItem("Read Archive Again");
        reopen.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        reopen.setOnAction(event -> archive.reopen());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> stage.close());
        Menu file = new Menu("File", null, open, recent, reopen, new SeparatorMenuItem(), quit);

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

    private void chooseArchive() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open Archive");
        Path current = archive.folderProperty().get();
        if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            archive.open(chosen.toPath());
        }
    }

    private void fillRecentMenu(Menu recent) {
        recent.getItems().clear();
        for (String folder : settings.recentArchives()) {
            MenuItem item = new MenuItem(folder);
            item.setMnemonicParsing(false);
            item.setOnAction(event -> archive.open(Path.of(folder)));
            recent.getItems().add(item);
        }
        if (!recent.getItems().isEmpty()) {
            MenuItem clear = new MenuItem("Clear Recent Archives");
            clear.setOnAction(event -> {
                settings = settings.withoutRecentArchives();
                saveSettingsInBackground();
            });
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    /** Dropping a folder (or a file of it) onto the window opens it as the archive. */
    private void acceptDroppedFolders(Scene scene) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            Optional<Path> folder = event.getDragboard().hasFiles()
                    ? DroppedFiles.archiveFolder(event.getDragboard().getFiles()) : Optional.empty();
            folder.ifPresent(archive::open);
            event.setDropCompleted(folder.isPresent());
            event.consume();
        });
    }

    /** Puts the window where it was, if that is still on a screen. */
    private void restoreBounds() {
        Settings.WindowBounds bounds = settings.window();
        if (bounds == null
                || Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height()).isEmpty()) {
            return;
        }
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    private Settings currentSettings() {
        Settings current = settings.withLastQuery(search.queryProperty().get());
        if (stage.getWidth() > 0 && stage.getHeight() > 0 && !Double.isNaN(stage.getX())) {
            current = current.withWindow(
                    new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                            stage.isMaximized()));
        }
        return current;
    }

    private void saveSettingsInBackground() {
        Settings toSave = settings;
        executor.run(() -> {
            settingsStore.save(toSave);
            return toSave;
        }, saved -> { }, failure -> {
            LOG.warn("Could not save the settings to {}", settingsStore.file(), failure);
            archive.showNotice("Your settings could not be saved (" + IoFailures.describe(failure) + ").");
        });
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

    /** Shows another archive in this window. */
    public void open(Path folder) {
        archive.open(folder);
    }

    /**
     * Saves the settings and closes the archive, on a thread of their own that keeps the process alive until
     * both are done; returns at once, so that the window's thread never waits. The window itself is closed by
     * its stage.
     *
     * @return completes when the settings are saved and the archive's index is committed and closed
     */
    public CompletableFuture<Void> close() {
        settings = currentSettings();
        Settings toSave = settings;
        CompletableFuture<Void> archiveClosed = archive.close();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread closing = new Thread(() -> {
            try {
                settingsStore.save(toSave);
            } catch (IOException e) {
                LOG.warn("Could not save the settings to {}", settingsStore.file(), e);
            }
            archiveClosed.whenComplete((closed, failure) -> done.complete(null));
        }, "broadsheet-save-settings");
        closing.setDaemon(false);
        closing.start();
        return done;
    }
}
