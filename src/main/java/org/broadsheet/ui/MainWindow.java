package org.broadsheet.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.broadsheet.article.FieldMap;
import org.broadsheet.marks.MarkChange;
import org.broadsheet.platform.IoFailures;
import org.broadsheet.platform.SystemTheme;
import org.broadsheet.search.SearchHit;
import org.broadsheet.session.OpenArchive;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.settings.LoadedSettings;
import org.broadsheet.settings.SearchState;
import org.broadsheet.settings.Settings;
import org.broadsheet.settings.SettingsStore;
import org.broadsheet.task.TaskExecutor;
import org.broadsheet.ui.archive.ArchiveViewModel;
import org.broadsheet.ui.archive.DroppedFiles;
import org.broadsheet.ui.archive.ProblemsWindow;
import org.broadsheet.ui.archive.SharedArchiveDialog;
import org.broadsheet.ui.archive.StatusBarView;
import org.broadsheet.ui.export.ExportDialog;
import org.broadsheet.ui.export.ExportStatusView;
import org.broadsheet.ui.export.ExportViewModel;
import org.broadsheet.ui.marks.ArticleMarksView;
import org.broadsheet.ui.marks.ArticleMarksViewModel;
import org.broadsheet.ui.marks.MarksViewModel;
import org.broadsheet.ui.marks.MissingArticlesWindow;
import org.broadsheet.ui.marks.SavedSearchesView;
import org.broadsheet.ui.marks.SavedSearchesViewModel;
import org.broadsheet.ui.reader.ReaderView;
import org.broadsheet.ui.reader.ReaderViewModel;
import org.broadsheet.ui.search.ResultListView;
import org.broadsheet.ui.search.SearchBarView;
import org.broadsheet.ui.search.SearchViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Broadsheet window: makes the view-models, connects them, and lays out their views. The window shows
 * at once; the archive is opened and read in the background while it does. What the user chose (the search
 * of each archive, the theme, the text size, the list's width) is remembered in the settings.
 */
public final class MainWindow {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    private static final double MAX_LIST_SHARE = 0.5;

    private final Stage stage;
    private final TaskExecutor executor;
    private final SettingsStore settingsStore;
    private final FxDesktop desktop;
    private Settings settings;
    private final ArchiveViewModel archive;
    private final SearchViewModel search;
    private final ReaderViewModel reader;
    private final MarksViewModel marks;
    private final ArticleMarksViewModel articleMarks;
    private final SavedSearchesViewModel savedSearches;
    private final ExportViewModel exports;
    private final SearchBarView searchBar;
    private final ResultListView results;
    private final ReaderView readerView;
    private final ArticleMarksView marksView;
    private final SavedSearchesView savedSearchesView;
    private final SplitPane panes;
    private ProblemsWindow problemsWindow;
    private MissingArticlesWindow missingWindow;

    /**
     * @param settingsStore where the window's settings are read at once and saved later
     * @param sessions      how archives are opened, and where their indexes are kept
     */
    public MainWindow(Stage stage, TaskExecutor executor, SettingsStore settingsStore, SessionFactory sessions) {
        this(stage, executor, settingsStore, sessions, null);
    }

    /** @param host the application's host services, for opening an article's file; null in tests */
    public MainWindow(Stage stage, TaskExecutor executor, SettingsStore settingsStore, SessionFactory sessions,
                      HostServices host) {
        this.stage = stage;
        this.executor = executor;
        this.settingsStore = settingsStore;
        this.desktop = new FxDesktop(host);
        this.archive = new ArchiveViewModel(executor, sessions);
        this.search = new SearchViewModel(executor);
        this.reader = new ReaderViewModel(executor);
        this.marks = new MarksViewModel(executor, archive::showNotice);
        this.articleMarks = new ArticleMarksViewModel(marks, executor);
        this.savedSearches = new SavedSearchesViewModel(marks, executor);
        this.exports = new ExportViewModel(executor, archive::showNotice);
        LoadedSettings loaded = settingsStore.load();
        settings = loaded.settings();
        loaded.notice().ifPresent(archive::showNotice);
        reader.setZoom(settings.readerZoom());
        articleMarks.markReadOnOpenProperty().set(settings.markReadOnOpen());
        search.collapseProperty().set(settings.collapseVersions());

        searchBar = new SearchBarView(search);
        savedSearchesView = new SavedSearchesView(savedSearches, search::state, search::restore);
        searchBar.addAfterQuery(savedSearchesView.root());
        results = new ResultListView(search);
        marksView = new ArticleMarksView(articleMarks, marks);
        readerView = new ReaderView(reader, desktop, marksView.root());
        StatusBarView statusBar = new StatusBarView(archive, this::showProblems);
        statusBar.addTask(new ExportStatusView(exports).root());
        connect();

        panes = new SplitPane(results.root(), readerView.root());
        panes.setOrientation(Orientation.HORIZONTAL);
        panes.setDividerPositions(settings.listWidth());
        SplitPane.setResizableWithParent(results.root(), false);
        // The list keeps its width as the window grows, but never takes more than half of a small window.
        results.root().maxWidthProperty().bind(panes.widthProperty().multiply(MAX_LIST_SHARE));

        BorderPane root = new BorderPane(panes);
        root.setTop(new VBox(menuBar(), searchBar.root()));
        root.setBottom(statusBar.root());
        root.getStylesheets().add(MainWindow.class.getResource("broadsheet.css").toExternalForm());

        Scene scene = new Scene(root, 1280, 820);
        acceptDroppedFolders(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(archive.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        applyTheme(settings.theme());
        restoreBounds();
    }

    /** How the view-models follow each other; the views know nothing of this. */
    private void connect() {
        archive.sessionProperty().addListener((observable, old, session) -> {
            reader.clear();
            reader.archiveFolderProperty().set(session == null ? null : session.folder());
            search.searcherProperty().set(session == null ? null : session.searcher());
            reader.searcherProperty().set(session == null ? null : session.searcher());
            savedSearches.searcherProperty().set(session == null ? null : session.searcher());
            marks.storeProperty().set(session == null ? null : session.marks());
        });
        reader.articleProperty().addListener((observable, old, article) -> articleMarks.show(article));
        search.collapseProperty().addListener((observable, old, collapse) -> {
            settings = settings.withCollapseVersions(collapse);
            saveSettingsInBackground();
        });
        // A query the list showed once typing was done is one to offer again.
        search.shownQueryProperty().addListener((observable, old, query) -> {
            if (!query.whileTyping()) {
                marks.rememberQuery(query.text());
            }
        });
        search.archiveLoadingProperty().bind(archive.loadingProperty());
        search.selectedProperty().addListener((observable, old, hit) -> {
            if (hit != null && !hit.id().equals(reader.openedIdProperty().get())) {
                reader.show(hit.id(), search.shownQueryProperty().get());
            }
        });
        // The list shows which article the reader has open, wherever it was opened from.
        reader.openedIdProperty().addListener((observable, old, id) -> results.showOpened(id));
        search.listingProperty().addListener((observable, old, now) -> {
            String reading = reader.openedIdProperty().get();
            boolean newSearch = old == null || now == null || !old.request().equals(now.request());
            if (reading != null && newSearch && search.indexOf(reading).isEmpty()) {
                // Another search, and the article read is not in it: the reader shows what the list holds.
                reader.close();
            } else {
                results.showOpened(reading);
            }
        });
        archive.onOpened(folder -> {
            settings = settings.withArchiveOpened(folder);
            saveSettingsInBackground();
        });
        archive.onSharedOpened((nodes, collection, user) -> {
            settings = settings.withSharedOpened(new Settings.SharedPlace(nodes, collection, user));
            saveSettingsInBackground();
        });
        search.shownQueryProperty().addListener((observable, old, query) -> reader.showMatchesOf(query));
        searchBar.onDownFromQuery(results::focusList);
        readerView.onLeave(results::focusList);
        results.setRowActions(new ListActions(stage, executor, search, reader, readerView, marks, desktop,
                this::exportSelected));
    }

    /** Every article the list holds, whole, to a file the user chooses. */
    private void exportResults() {
        var listing = search.listingProperty().get();
        var session = archive.sessionProperty().get();
        if (listing == null || session == null) {
            return;
        }
        String what = DisplayFormats.count(listing.first().total(), "article", "articles");
        ExportDialog.ask(stage, what, exportFolder(session), session.name() + "-export")
                .ifPresent(choice -> exports.exportMatches(session.searcher(), listing.request(), choice.file(),
                        choice.format(), choice.withText(), session.folder()));
    }

    private void exportSelected(List<SearchHit> hits) {
        var session = archive.sessionProperty().get();
        if (hits.isEmpty() || session == null) {
            return;
        }
        String what = DisplayFormats.count(hits.size(), "selected article", "selected articles");
        ExportDialog.ask(stage, what, exportFolder(session), session.name() + "-selected")
                .ifPresent(choice -> exports.exportArticles(session.searcher(), hits.stream().map(SearchHit::id).toList(),
                        choice.file(), choice.format(), choice.withText(), session.folder()));
    }

    /** Where an export is offered to go: beside the archive's folder, or home for a shared archive. */
    private static Path exportFolder(OpenArchive session) {
        return session.folder() != null ? session.folder().getParent() : Path.of(System.getProperty("user.home"));
    }

    /** The articles a mark from the menu applies to: the rows selected when the list has the keyboard, else the open one. */
    private boolean listHasTheKeyboard() {
        return results.isListFocused() && !results.selectedHits().isEmpty();
    }

    private void starFromMenu() {
        List<SearchHit> hits = results.selectedHits();
        if (listHasTheKeyboard()) {
            marks.apply(hits.stream().map(MarksViewModel::refOf).toList(),
                    MarkChange.star(!hits.stream().allMatch(hit -> hit.marks().starred())), done -> { });
        } else {
            articleMarks.toggleStar();
        }
    }

    private void tagFromMenu() {
        if (listHasTheKeyboard()) {
            results.askTagForSelection();
        } else {
            marksView.focusAddTag();
        }
    }

    private void readFromMenu() {
        List<SearchHit> hits = results.selectedHits();
        if (listHasTheKeyboard()) {
            marks.apply(hits.stream().map(MarksViewModel::refOf).toList(),
                    MarkChange.read(!hits.stream().allMatch(hit -> hit.marks().read())), done -> { });
        } else {
            articleMarks.toggleRead();
        }
    }

    private void showMissing() {
        if (missingWindow == null) {
            missingWindow = new MissingArticlesWindow(stage, marks);
        }
        missingWindow.show();
    }

    private MenuBar menuBar() {
        MenuItem open = item("Open Archive\u2026", Shortcuts.OPEN_ARCHIVE, this::chooseArchive);
        MenuItem openShared = item("Open Shared Archive\u2026", Shortcuts.OPEN_SHARED, this::chooseSharedArchive);
        Menu recent = new Menu("Open Recent");
        recent.setOnShowing(event -> fillRecentMenu(recent));
        fillRecentMenu(recent);
        MenuItem reopen = item("Read Archive Again", Shortcuts.READ_AGAIN, archive::reopen);
        MenuItem quit = item("Quit", Shortcuts.QUIT, stage::close);
        MenuItem export = item("Export Results\u2026", Shortcuts.EXPORT, this::exportResults);
        export.disableProperty().bind(exports.runningProperty());
        Menu file = new Menu("_File", null, open, openShared, recent, reopen, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);

        MenuItem find = item("Search", Shortcuts.FIND, searchBar::focusQuery);
        MenuItem toList = item("Go to Results", Shortcuts.RESULTS, results::focusList);
        MenuItem nextMatch = item("Next Match", Shortcuts.NEXT_MATCH, reader::nextMatch);
        MenuItem previousMatch = item("Previous Match", Shortcuts.PREVIOUS_MATCH, reader::previousMatch);
        MenuItem nextMatchToo = item("Next Match", Shortcuts.NEXT_MATCH_TOO, reader::nextMatch);
        nextMatchToo.setVisible(false);
        MenuItem previousMatchToo = item("Previous Match", Shortcuts.PREVIOUS_MATCH_TOO, reader::previousMatch);
        previousMatchToo.setVisible(false);
        MenuItem clear = item("Clear Search and Dates", null, search::clearAll);
        MenuItem save = item("Save Search\u2026", Shortcuts.SAVE_SEARCH, savedSearchesView::askNameAndSave);
        Menu searchMenu = new Menu("_Search", null, find, toList, new SeparatorMenuItem(), nextMatch, previousMatch,
                nextMatchToo, previousMatchToo, new SeparatorMenuItem(), save, clear);

        MenuItem back = item("Back", Shortcuts.BACK, reader::back);
        back.disableProperty().bind(reader.canGoBackProperty().not());
        MenuItem forward = item("Forward", Shortcuts.FORWARD, reader::forward);
        forward.disableProperty().bind(reader.canGoForwardProperty().not());
        Menu go = new Menu("_Go", null, back, forward);

        MenuItem star = item("Star", Shortcuts.STAR, this::starFromMenu);
        MenuItem tag = item("Add Tag\u2026", Shortcuts.ADD_TAG, this::tagFromMenu);
        MenuItem note = item("Note", Shortcuts.NOTE, marksView::focusNote);
        MenuItem read = item("Mark Read or Unread", Shortcuts.READ, this::readFromMenu);
        MenuItem cite = item("Copy Citation", Shortcuts.COPY_CITATION, () -> reader.citation().ifPresent(desktop::copy));
        CheckMenuItem readOnOpen = new CheckMenuItem("Mark Articles Read When Opened");
        readOnOpen.selectedProperty().bindBidirectional(articleMarks.markReadOnOpenProperty());
        readOnOpen.setOnAction(event -> {
            settings = settings.withMarkReadOnOpen(readOnOpen.isSelected());
            saveSettingsInBackground();
        });
        MenuItem missing = item("Marked Articles No Longer in the Archive\u2026", null, this::showMissing);
        Menu articleMenu = new Menu("_Article", null, star, tag, note, read, new SeparatorMenuItem(), cite,
                new SeparatorMenuItem(), readOnOpen, missing);

        MenuItem skipped = item("Skipped Files\u2026", null, this::showProblems);
        MenuItem zoomIn = item("Larger Text", Shortcuts.ZOOM_IN, reader::zoomIn);
        MenuItem zoomInToo = item("Larger Text", Shortcuts.ZOOM_IN_TOO, reader::zoomIn);
        zoomInToo.setVisible(false);
        MenuItem zoomOut = item("Smaller Text", Shortcuts.ZOOM_OUT, reader::zoomOut);
        MenuItem zoomReset = item("Normal Text Size", Shortcuts.ZOOM_RESET, reader::resetZoom);
        Menu view = new Menu("_View", null, themeMenu(), new SeparatorMenuItem(), zoomIn, zoomInToo, zoomOut,
                zoomReset, new SeparatorMenuItem(), skipped);

        MenuItem shortcuts = item("Keyboard Shortcuts", Shortcuts.HELP, () -> HelpWindows.showShortcuts(stage));
        MenuItem about = item("About Broadsheet", null, () -> HelpWindows.showAbout(stage));
        Menu help = new Menu("_Help", null, shortcuts, about);
        return new MenuBar(file, searchMenu, go, articleMenu, view, help);
    }

    private static MenuItem item(String text, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(keys);
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private Menu themeMenu() {
        ToggleGroup themes = new ToggleGroup();
        Menu menu = new Menu("Theme");
        for (String[] choice : new String[][] {{Settings.LIGHT, "Light"}, {Settings.DARK, "Dark"},
                {Settings.SYSTEM, "Follow the System"}}) {
            RadioMenuItem item = new RadioMenuItem(choice[1]);
            item.setToggleGroup(themes);
            item.setSelected(settings.theme().equals(choice[0]));
            item.setOnAction(event -> {
                settings = settings.withTheme(choice[0]);
                applyTheme(choice[0]);
                saveSettingsInBackground();
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Light or dark, at once; following the system asks it in the background (it runs a small tool). */
    private void applyTheme(String theme) {
        if (Settings.SYSTEM.equals(theme)) {
            // Light until the system has answered: the window's styles need a theme from the first paint.
            if (Application.getUserAgentStylesheet() == null) {
                useTheme(false);
            }
            executor.run(SystemTheme::prefersDark, dark -> {
                if (Settings.SYSTEM.equals(settings.theme())) {
                    useTheme(dark);
                }
            }, failure -> useTheme(false));
            return;
        }
        useTheme(Settings.DARK.equals(theme));
    }

    private void useTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        stage.getScene().getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
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
            open(chosen.toPath());
        }
    }

    /** What was written in the shared-archive dialog last, but the password. */
    private SharedArchiveDialog.Choice lastShared;

    private void chooseSharedArchive() {
        SharedArchiveDialog.ask(stage, lastShared).ifPresent(this::openShared);
    }

    /** Opens a shared archive: the window then searches, reads and marks it as it does a folder. */
    public void openShared(SharedArchiveDialog.Choice choice) {
        lastShared = new SharedArchiveDialog.Choice(choice.nodes(), choice.collection(), choice.user(), "");
        if (archive.folderProperty().get() != null) {
            settings = rememberSearch(settings);
        }
        // The old archive's list goes first, so that its search is not run again on the collection.
        archive.openShared(choice.nodes(), choice.collection(), choice.user(), choice.password());
        search.clearAll();
    }

    private void fillRecentMenu(Menu recent) {
        recent.getItems().clear();
        for (String folder : settings.recentArchives()) {
            MenuItem item = new MenuItem(folder);
            item.setMnemonicParsing(false);
            item.setOnAction(event -> open(Path.of(folder)));
            recent.getItems().add(item);
        }
        for (Settings.SharedPlace place : settings.recentShared()) {
            MenuItem item = new MenuItem(place.collection() + " at " + place.nodes().split(",")[0]);
            item.setMnemonicParsing(false);
            SharedArchiveDialog.Choice choice = new SharedArchiveDialog.Choice(place.nodes(), place.collection(),
                    place.user() == null ? "" : place.user(), "");
            // A user's password is never kept: the dialog asks for it again.
            item.setOnAction(event -> {
                if (choice.user().isEmpty()) {
                    openShared(choice);
                } else {
                    lastShared = choice;
                    chooseSharedArchive();
                }
            });
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
            folder.ifPresent(this::open);
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

    /** The settings as they are now: the open archive's search, the window, the text size, the list's width. */
    private Settings currentSettings() {
        Settings current = rememberSearch(settings).withReaderZoom(reader.zoomProperty().get());
        if (!panes.getDividers().isEmpty()) {
            current = current.withListWidth(panes.getDividerPositions()[0]);
        }
        if (stage.getWidth() > 0 && stage.getHeight() > 0 && !Double.isNaN(stage.getX())) {
            current = current.withWindow(
                    new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                            stage.isMaximized()));
        }
        return current;
    }

    private Settings rememberSearch(Settings from) {
        Path folder = archive.folderProperty().get();
        return folder == null ? from.withLastQuery(search.queryProperty().get()) : from.withSearch(folder, search.state());
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

    private void showProblems() {
        if (problemsWindow == null) {
            problemsWindow = new ProblemsWindow(stage, archive, desktop::copy);
        }
        problemsWindow.show();
    }

    /** Shows the window and starts opening the archive in {@code folder}. */
    public void show(Path folder) {
        stage.show();
        searchBar.focusQuery();
        open(folder);
    }

    /** Shows the window on a shared archive. */
    public void showShared(SharedArchiveDialog.Choice choice) {
        stage.show();
        searchBar.focusQuery();
        openShared(choice);
    }

    /**
     * Shows another archive in this window, with what was last asked of it; what was asked of the archive
     * open until now is remembered for it.
     */
    public void open(Path folder) {
        boolean first = archive.folderProperty().get() == null;
        SearchState state = first && settings.searches().isEmpty()
                // Settings from before searches were kept per archive: the last query, once.
                ? SearchState.of(settings.lastQuery())
                : settings.searchOf(folder);
        if (!first) {
            settings = rememberSearch(settings);
        }
        // The old archive's list goes first, so that its search is not run again with the new archive's words.
        archive.open(folder);
        try {
            FieldMap.of(settings.fieldMapOf(folder));
        } catch (FieldMap.InvalidFieldMapException e) {
            archive.showNotice("The settings' field map for this archive is not used: " + e.getMessage() + ".");
        }
        search.restore(state);
    }

    /** The field map the settings keep for an archive, or empty when they keep none it can use. */
    static Optional<FieldMap> fieldMapOf(Settings settings, Path folder) {
        try {
            return Optional.of(FieldMap.of(settings.fieldMapOf(folder)));
        } catch (FieldMap.InvalidFieldMapException e) {
            return Optional.empty();
        }
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
