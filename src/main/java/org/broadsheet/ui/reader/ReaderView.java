package org.broadsheet.ui.reader;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.broadsheet.search.SimilarArticle;
import org.broadsheet.search.TextRange;
import org.broadsheet.search.Version;
import org.broadsheet.ui.DisplayFormats;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The reader pane: the article as selectable, copyable text with the query's matches marked, a bar to go back
 * and forward through the articles opened and to step through the matches, where the article's file is, and
 * the articles most like it. Bound to a {@link ReaderViewModel}; it only turns the laid-out document into
 * styled text.
 */
public final class ReaderView {

    public static final String TEXT_ID = "reader-text";
    public static final String MATCH_LABEL_ID = "reader-match-label";
    public static final String MESSAGE_ID = "reader-message";
    public static final String SIMILAR_ID = "reader-similar";
    public static final String FILE_ID = "reader-file";
    public static final String BACK_ID = "reader-back";
    public static final String FORWARD_ID = "reader-forward";
    public static final String OPEN_ORIGINAL_ID = "open-original";
    public static final String SHOW_IN_FOLDER_ID = "show-in-folder";
    public static final String OPEN_WEB_ID = "open-in-browser";
    static final String MATCH_STYLE = "match";
    static final String CURRENT_MATCH_STYLE = "match-current";
    public static final String INSERTED_STYLE = "diff-insert";
    public static final String DELETED_STYLE = "diff-delete";
    public static final String COMPARE_STYLE = "reader-version-compare";
    public static final String VERSIONS_ID = "reader-versions";
    public static final String BACK_TO_ARTICLE_ID = "reader-back-to-article";
    static final String ZOOM_STYLE_PREFIX = "reader-zoom-";
    /** Below this width the source bar's buttons show only their icons. */
    private static final double NARROW_SOURCE_BAR = 560;

    /** What the reader asks the system to do with the article's file. */
    public interface Files {
        /** Opens the file with the application the system chooses for it. */
        void open(Path file);

        /** Shows the folder that holds the file. */
        void showFolder(Path file);

        /** Opens a web address in the browser. */
        void browse(String address);

        /** Puts text on the clipboard. */
        void copy(String text);
    }

    private final StackPane root = new StackPane();
    private final StyleClassedTextArea text = new StyleClassedTextArea();
    private final ReaderViewModel model;
    private final Files files;
    private Runnable leave = () -> { };
    /** Whether the text should take the focus once the article being loaded is shown. */
    private boolean focusWhenShown;

    public ReaderView(ReaderViewModel model, Files files) {
        this(model, files, new Region());
    }

    /** @param marksBar what the user marked on the article, shown between its file and its text */
    public ReaderView(ReaderViewModel model, Files files, Node marksBar) {
        this.model = model;
        this.files = files;
        root.getStyleClass().add("reader");
        root.getStylesheets().add(ReaderView.class.getResource("reader.css").toExternalForm());

        text.setId(TEXT_ID);
        text.setEditable(false);
        text.setWrapText(true);
        // New text must never take on the style of what was at the start of the old (a match, say).
        text.setUseInitialStyleForInsertion(true);
        text.getStyleClass().add("reader-text");
        text.setAccessibleText("The article");
        text.setContextMenu(textMenu());
        // Tab and Shift+Tab move the focus on, as everywhere else; Escape goes back to the list.
        Nodes.addInputMap(text, InputMap.sequence(
                InputMap.ignore(EventPattern.keyPressed(KeyCode.TAB)),
                InputMap.ignore(EventPattern.keyPressed(KeyCode.TAB, KeyCombination.SHIFT_DOWN)),
                InputMap.consume(EventPattern.keyPressed(KeyCode.ESCAPE), event -> leave.run())));
        model.zoomProperty().addListener((observable, old, now) -> applyZoom(now.doubleValue()));
        applyZoom(model.zoomProperty().get());
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(text);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Button back = navigationButton(Feather.ARROW_LEFT, "Back (Alt+Left)", BACK_ID);
        back.setOnAction(event -> model.back());
        back.disableProperty().bind(model.canGoBackProperty().not());
        Button forward = navigationButton(Feather.ARROW_RIGHT, "Forward (Alt+Right)", FORWARD_ID);
        forward.setOnAction(event -> model.forward());
        forward.disableProperty().bind(model.canGoForwardProperty().not());
        Label matchLabel = new Label();
        matchLabel.setId(MATCH_LABEL_ID);
        matchLabel.getStyleClass().add("reader-match-label");
        matchLabel.textProperty().bind(model.matchLabelProperty());
        Button previous = navigationButton(Feather.CHEVRON_UP, "Previous match (Shift+F3)", "previous-match");
        previous.setOnAction(event -> model.previousMatch());
        Button next = navigationButton(Feather.CHEVRON_DOWN, "Next match (F3)", "next-match");
        next.setOnAction(event -> model.nextMatch());
        previous.visibleProperty().bind(model.matchLabelProperty().isNotEmpty());
        next.visibleProperty().bind(previous.visibleProperty());
        Button backToArticle = new Button("Back to the Article", new FontIcon(Feather.FILE_TEXT));
        backToArticle.setId(BACK_TO_ARTICLE_ID);
        backToArticle.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        backToArticle.setOnAction(event -> model.showArticle());
        backToArticle.visibleProperty().bind(model.comparedWithProperty().isNotNull());
        backToArticle.managedProperty().bind(backToArticle.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(4, back, forward, backToArticle, spacer, matchLabel, previous, next);
        bar.getStyleClass().add("reader-bar");
        bar.setAlignment(Pos.CENTER_LEFT);

        // The file's path, selectable so that it can be copied, and what to do with the file.
        TextField path = new TextField();
        path.setId(FILE_ID);
        path.setEditable(false);
        path.getStyleClass().add("reader-file");
        path.textProperty().bind(model.fileProperty());
        path.setAccessibleText("The article's file in the archive");
        HBox.setHgrow(path, Priority.ALWAYS);
        Button openOriginal = new Button("Open Original File", new FontIcon(Feather.EXTERNAL_LINK));
        openOriginal.setId(OPEN_ORIGINAL_ID);
        openOriginal.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        openOriginal.setOnAction(event -> model.filePath().ifPresent(files::open));
        Button showInFolder = new Button("Show in Folder", new FontIcon(Feather.FOLDER));
        showInFolder.setId(SHOW_IN_FOLDER_ID);
        showInFolder.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        showInFolder.setOnAction(event -> model.filePath().ifPresent(files::showFolder));
        Button openWeb = new Button("Open in Browser", new FontIcon(Feather.GLOBE));
        openWeb.setId(OPEN_WEB_ID);
        openWeb.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        openWeb.setOnAction(event -> files.browse(model.webAddressProperty().get()));
        openWeb.visibleProperty().bind(model.webAddressProperty().isNotEmpty());
        openWeb.managedProperty().bind(openWeb.visibleProperty());
        // A shared archive's files are on the publisher's computer, not this one.
        for (Button onDisk : List.of(openOriginal, showInFolder)) {
            onDisk.visibleProperty().bind(model.archiveFolderProperty().isNotNull());
            onDisk.managedProperty().bind(onDisk.visibleProperty());
        }
        HBox source = new HBox(4, new FontIcon(Feather.FILE_TEXT), path, openWeb, openOriginal, showInFolder);
        source.getStyleClass().add("reader-source-bar");
        source.setAlignment(Pos.CENTER_LEFT);
        source.visibleProperty().bind(model.fileProperty().isNotEmpty());
        source.managedProperty().bind(source.visibleProperty());
        // In a narrow pane the path matters more than the buttons' words: the buttons keep their icons and tooltips.
        for (Button button : List.of(openWeb, openOriginal, showInFolder)) {
            button.setTooltip(new Tooltip(button.getText()));
            button.setAccessibleText(button.getText());
            button.contentDisplayProperty().bind(Bindings.when(source.widthProperty().lessThan(NARROW_SOURCE_BAR))
                    .then(ContentDisplay.GRAPHIC_ONLY).otherwise(ContentDisplay.LEFT));
        }

        VBox similarLinks = new VBox(2);
        similarLinks.setId(SIMILAR_ID);
        similarLinks.getStyleClass().add("reader-similar");
        model.similar().addListener((ListChangeListener<SimilarArticle>) change -> showSimilar(similarLinks));
        VBox versionLinks = new VBox(2);
        versionLinks.setId(VERSIONS_ID);
        versionLinks.getStyleClass().add("reader-similar");
        model.versions().addListener((ListChangeListener<Version>) change -> showVersions(versionLinks));
        versionLinks.visibleProperty().bind(Bindings.isNotEmpty(model.versions()));
        versionLinks.managedProperty().bind(versionLinks.visibleProperty());
        // The versions and similar articles never take more than a quarter of the pane: the article comes first.
        ScrollPane similar = new ScrollPane(new VBox(8, versionLinks, similarLinks));
        similar.setFitToWidth(true);
        similar.getStyleClass().add("reader-similar-scroll");
        similar.maxHeightProperty().bind(root.heightProperty().divide(4));
        similar.setMinHeight(0);
        similar.visibleProperty().bind(Bindings.isNotEmpty(model.similar()).or(Bindings.isNotEmpty(model.versions())));
        similar.managedProperty().bind(similar.visibleProperty());
        similar.setFocusTraversable(false);

        VBox article = new VBox(bar, source, marksBar, scroll, similar);
        article.visibleProperty().bind(model.documentProperty().isNotNull());

        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.getStyleClass().add("reader-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.documentProperty().isNull());

        root.getChildren().addAll(article, message);
        model.documentProperty().addListener((observable, old, now) -> render(now));
        model.currentMatchProperty().addListener((observable, old, now) -> markCurrent(old.intValue(), now.intValue()));
    }

    public Node root() {
        return root;
    }

    /** Moves the focus to the article's text, at once or as soon as the article being loaded is shown. */
    public void focusText() {
        text.requestFocus();
        // The text cannot take the focus while no article is shown; the article being loaded takes it.
        focusWhenShown = !text.isFocused();
    }

    /** What Escape in the article's text does: go back to the list. */
    public void onLeave(Runnable action) {
        leave = action;
    }

    private void applyZoom(double zoom) {
        text.getStyleClass().removeIf(style -> style.startsWith(ZOOM_STYLE_PREFIX));
        text.getStyleClass().add(ZOOM_STYLE_PREFIX + Math.round(zoom * 100));
    }

    private ContextMenu textMenu() {
        MenuItem copy = new MenuItem("Copy");
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(event -> text.copy());
        MenuItem copyTitle = new MenuItem("Copy Title");
        copyTitle.setOnAction(event -> {
            ReaderDocument shown = model.documentProperty().get();
            if (shown != null && !shown.lines().isEmpty()) {
                files.copy(shown.lines().get(0).text());
            }
        });
        MenuItem copyPath = new MenuItem("Copy Path");
        copyPath.setOnAction(event -> files.copy(model.fileProperty().get()));
        MenuItem copyText = new MenuItem("Copy Text");
        copyText.setOnAction(event -> model.articleText().ifPresent(files::copy));
        MenuItem copyCitation = new MenuItem("Copy Citation");
        copyCitation.setOnAction(event -> model.citation().ifPresent(files::copy));
        MenuItem selectAll = new MenuItem("Select All");
        selectAll.setOnAction(event -> text.selectAll());
        return new ContextMenu(copy, selectAll, new SeparatorMenuItem(), copyTitle, copyPath, copyText, copyCitation);
    }

    private void showVersions(VBox list) {
        Label heading = new Label("Other versions of this story");
        heading.getStyleClass().add("reader-similar-heading");
        list.getChildren().setAll(heading);
        for (Version version : model.versions()) {
            // Versions of a story often share a publication date; the update is what tells them apart.
            String date = version.updated() != null
                    ? "Updated " + DisplayFormats.shortDate(version.updated().toLocalDate())
                    : version.published() == null ? "Undated" : DisplayFormats.shortDate(version.published().toLocalDate());
            Hyperlink open = new Hyperlink(date + "  \u00B7  " + version.file());
            open.setMnemonicParsing(false);
            open.setOnAction(event -> model.openVersion(version));
            open.setAccessibleText("Version: " + date + ", " + version.file());
            Label alike = new Label(Math.round(version.similarity() * 100) + "% alike");
            alike.getStyleClass().add("reader-version-alike");
            Button compare = new Button("Compare");
            compare.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, COMPARE_STYLE);
            compare.setAccessibleText("Compare with the version: " + date + ", " + version.file());
            compare.setOnAction(event -> model.compareWith(version));
            HBox row = new HBox(8, open, alike, compare);
            row.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(row);
        }
    }

    private void showSimilar(VBox similar) {
        Label heading = new Label("Similar articles");
        heading.getStyleClass().add("reader-similar-heading");
        similar.getChildren().setAll(heading);
        for (SimilarArticle article : model.similar()) {
            String date = article.published() == null ? "undated" : DisplayFormats.shortDate(article.published().toLocalDate());
            Hyperlink link = new Hyperlink(article.title() + "  \u00B7  " + date);
            link.setOnAction(event -> model.openSimilar(article));
            link.setMaxWidth(Double.MAX_VALUE);
            link.setMnemonicParsing(false);
            link.setAccessibleText("Similar article: " + article.title() + ", " + date);
            similar.getChildren().add(link);
        }
    }

    private static Button navigationButton(Feather icon, String tooltip, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        return button;
    }

    private void render(ReaderDocument document) {
        if (document == null) {
            text.clear();
            return;
        }
        List<ReaderDocument.Line> lines = document.lines();
        text.replaceText(lines.stream().map(ReaderDocument.Line::text).collect(Collectors.joining("\n")));
        text.clearStyle(0, text.getLength());
        for (int i = 0; i < lines.size(); i++) {
            ReaderDocument.Line line = lines.get(i);
            text.setParagraphStyle(i, List.of(styleOf(line.kind())));
            for (TextRange range : line.highlights()) {
                text.setStyle(i, range.start(), range.end(), List.of(MATCH_STYLE));
            }
            for (TextRange range : line.inserted()) {
                text.setStyle(i, range.start(), range.end(), List.of(INSERTED_STYLE));
            }
            for (TextRange range : line.deleted()) {
                text.setStyle(i, range.start(), range.end(), List.of(DELETED_STYLE));
            }
        }
        text.moveTo(0);
        text.requestFollowCaret();
        if (focusWhenShown) {
            focusWhenShown = false;
            javafx.application.Platform.runLater(text::requestFocus);
        }
    }

    /** {@code TITLE} is styled by {@code .reader-title} in reader.css. */
    static String styleOf(ReaderDocument.Kind kind) {
        return "reader-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void markCurrent(int previous, int current) {
        ReaderDocument document = model.documentProperty().get();
        if (document == null) {
            return;
        }
        List<ReaderDocument.MatchPosition> matches = document.matches();
        if (previous >= 0 && previous < matches.size()) {
            ReaderDocument.MatchPosition old = matches.get(previous);
            text.setStyle(old.line(), old.range().start(), old.range().end(), List.of(MATCH_STYLE));
        }
        if (current >= 0 && current < matches.size()) {
            ReaderDocument.MatchPosition match = matches.get(current);
            text.setStyle(match.line(), match.range().start(), match.range().end(),
                    List.of(MATCH_STYLE, CURRENT_MATCH_STYLE));
            text.moveTo(match.line(), match.range().start());
            text.requestFollowCaret();
        }
    }
}
