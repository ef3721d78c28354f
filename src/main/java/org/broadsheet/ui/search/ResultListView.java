package org.broadsheet.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.broadsheet.marks.MarkChange;
import org.broadsheet.search.SearchHit;
import org.broadsheet.ui.DisplayFormats;
import org.broadsheet.ui.EllipsisRow;
import org.broadsheet.ui.TextRuns;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The count, the timeline and the list of results, bound to a {@link SearchViewModel}. */
public final class ResultListView {

    public static final String LIST_ID = "results";
    public static final String COUNT_ID = "result-count";
    public static final String EMPTY_ID = "results-empty";
    public static final String QUERY_ERROR_ID = "query-error";
    static final String CELL_STYLE = "result-cell";
    static final String TITLE_STYLE = "result-title";
    static final String META_STYLE = "result-meta";
    static final String SNIPPET_STYLE = "result-snippet";
    static final String TEXT_STYLE = "result-text";
    static final String MATCH_STYLE = "result-match";
    /** A row whose article was read: plain, where unread rows stand out. */
    static final PseudoClass READ = PseudoClass.getPseudoClass("read");
    static final String STAR_STYLE = "result-star";
    static final String TAGS_STYLE = "result-tags";
    public static final String VERSIONS_STYLE = "result-versions";

    /** What the rows' context menu and keys do; the window knows how. */
    public interface RowActions {
        /** Opens the hit in the reader and moves there. */
        void open(SearchHit hit);

        /** Puts the text of these articles on the clipboard. */
        void copyText(List<SearchHit> hits);

        /** Puts these lines on the clipboard. */
        void copy(String text);

        /** Changes the marks of these articles. */
        void mark(List<SearchHit> hits, MarkChange change);

        /** Asks for a tag and adds it to these articles. */
        void addTag(List<SearchHit> hits);

        /** Writes these articles to a file the user chooses. */
        void export(List<SearchHit> hits);

        /** Lists every version of this article's story. */
        void listVersions(SearchHit hit);
    }

    private final VBox root = new VBox();
    private final ListView<SearchHit> list = new ListView<>();
    private final SearchViewModel model;
    private final TimelineView timeline;
    private RowActions actions;

    public ResultListView(SearchViewModel model) {
        this.model = model;
        root.getStyleClass().add("result-pane");
        root.getStylesheets().add(ResultListView.class.getResource("search.css").toExternalForm());

        Label count = new Label();
        count.setId(COUNT_ID);
        count.getStyleClass().add("result-count");
        count.textProperty().bind(model.countTextProperty());
        count.visibleProperty().bind(model.queryErrorProperty().isEmpty().and(model.fromErrorProperty().isEmpty())
                .and(model.toErrorProperty().isEmpty()));
        count.managedProperty().bind(count.visibleProperty());
        // The count is what a reader looks at first; it is never cut short.
        count.setMinWidth(Region.USE_PREF_SIZE);
        // The error takes the count's place, on the same line, so that the layout never moves.
        Label error = new Label();
        error.setId(QUERY_ERROR_ID);
        error.getStyleClass().addAll("query-error", Styles.DANGER);
        error.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        error.textProperty().bind(Bindings.createStringBinding(() -> firstNonEmpty(
                model.queryErrorProperty().get(), prefixed("From", model.fromErrorProperty().get()),
                prefixed("To", model.toErrorProperty().get())),
                model.queryErrorProperty(), model.fromErrorProperty(), model.toErrorProperty()));
        error.visibleProperty().bind(count.visibleProperty().not());
        error.managedProperty().bind(error.visibleProperty());
        error.setMinWidth(0);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setTooltip(new Tooltip());
        error.getTooltip().textProperty().bind(error.textProperty());
        error.setAccessibleRole(AccessibleRole.TEXT);
        HBox.setHgrow(error, Priority.ALWAYS);
        HBox filters = new HBox(4, FacetFilters.tags(model).root(), FacetFilters.sources(model).root(),
                FacetFilters.authors(model).root());
        filters.setAlignment(Pos.CENTER_LEFT);
        // The filters have a line of their own below the count, whatever its length: beside a count of a million
        // articles in a narrow list they had shrunk to their icons and an ellipsis, and a line that wraps only
        // when the count is long would move the list when an error takes the count's place.
        VBox header = new VBox(4, new HBox(6, count, error), filters);
        header.getStyleClass().add("result-header");
        timeline = new TimelineView(model);

        list.setId(LIST_ID);
        list.setAccessibleText("Results");
        // Registered before the list's own listener: from here until keepSelection, the rows change under the
        // selection, which the list then clears; what was selected is what the selection last said.
        model.hits().addListener((ListChangeListener<SearchHit>) change -> rowsChanging = true);
        list.setItems(model.hits());
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<SearchHit>) change -> {
            if (!rowsChanging) {
                selectedBefore = selectedHits().stream().map(SearchHit::id).toList();
            }
        });
        list.setCellFactory(view -> new ResultCell(hit -> {
            if (actions != null) {
                actions.listVersions(hit);
            }
        }));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label empty = new Label();
        empty.setId(EMPTY_ID);
        empty.setWrapText(true);
        empty.getStyleClass().add("results-empty");
        empty.textProperty().bind(model.emptyMessageProperty());
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (list.getSelectionModel().getSelectedIndices().size() <= 1) {
                model.select(now);
            }
        });
        KeyCombination copy = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        list.setOnKeyPressed(event -> {
            SearchHit focused = list.getFocusModel().getFocusedItem();
            if (event.getCode() == KeyCode.ENTER && focused != null && actions != null) {
                actions.open(focused);
                event.consume();
            } else if (copy.match(event)) {
                copyLines(SearchHit::title);
                event.consume();
            } else if (!event.isShortcutDown() && !event.isAltDown() && markKey(event.getCode())) {
                event.consume();
            }
        });
        list.setContextMenu(rowMenu());
        // Reached with Tab, the list stands on its first row, so that Enter opens something.
        list.focusedProperty().addListener((observable, old, focused) -> {
            if (focused && list.getFocusModel().getFocusedIndex() < 0 && !list.getItems().isEmpty()) {
                list.getFocusModel().focus(0);
            }
        });
        model.hits().addListener((ListChangeListener<SearchHit>) change -> keepSelection());
        VBox.setVgrow(list, Priority.ALWAYS);

        root.getChildren().addAll(header, timeline.root(), list);
    }

    private static String prefixed(String field, String error) {
        return error.isEmpty() ? "" : field + ": " + error;
    }

    private static String firstNonEmpty(String... texts) {
        for (String text : texts) {
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    public Region root() {
        return root;
    }

    /** Where the timeline is, for the window's keyboard order. */
    public Node timeline() {
        return timeline.root();
    }

    public void setRowActions(RowActions rowActions) {
        this.actions = rowActions;
    }

    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
            list.getFocusModel().focus(0);
        }
    }

    /** Whether the keyboard is in the list. */
    public boolean isListFocused() {
        return list.isFocused();
    }

    /** Asks for a tag for the selected rows. */
    public void askTagForSelection() {
        if (actions != null && !selectedHits().isEmpty()) {
            actions.addTag(selectedHits());
        }
    }

    /** The hits selected, for actions on many at once. */
    public List<SearchHit> selectedHits() {
        return list.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).toList();
    }

    /**
     * Shows which article the reader has open: its row is selected when it is in the list, else no row is,
     * so that clicking the row of the article read before opens it again.
     */
    public void showOpened(String articleId) {
        OptionalInt at = articleId == null ? OptionalInt.empty() : model.indexOf(articleId);
        if (at.isPresent()) {
            // A row the user selected stays as it is, with the rows selected beside it; only an article opened
            // from elsewhere (Back, a similar article) moves the selection, and the list, to its row.
            if (!list.getSelectionModel().getSelectedIndices().contains(at.getAsInt())) {
                list.getSelectionModel().clearAndSelect(at.getAsInt());
                list.scrollTo(at.getAsInt());
            }
        } else {
            list.getSelectionModel().clearSelection();
        }
    }

    /** The ids of the rows the user selected, to select them again after the rows change. */
    private List<String> selectedBefore = List.of();
    private boolean rowsChanging;

    /**
     * A refreshed list (an article marked, added or changed) keeps the rows the user had selected, if they are
     * still in it, and the article being read.
     */
    private void keepSelection() {
        rowsChanging = false;
        List<Integer> again = new ArrayList<>();
        for (String id : selectedBefore) {
            model.indexOf(id).ifPresent(again::add);
        }
        model.selectedIndex().ifPresent(index -> {
            if (!again.contains(index) && again.isEmpty()) {
                again.add(index);
            }
        });
        List<Integer> now = list.getSelectionModel().getSelectedIndices();
        if (again.isEmpty() || (now.size() == again.size() && now.containsAll(again))) {
            return;
        }
        int focused = list.getFocusModel().getFocusedIndex();
        rowsChanging = true;
        list.getSelectionModel().clearSelection();
        again.forEach(index -> list.getSelectionModel().select(index));
        rowsChanging = false;
        if (focused >= 0 && again.contains(focused)) {
            list.getFocusModel().focus(focused);
        }
    }

    /**
     * The list's one-letter keys, as mail and feed readers have them: S star, T tag, U read or unread; and V
     * lists the versions of the focused row's story.
     */
    private boolean markKey(KeyCode key) {
        List<SearchHit> hits = selectedHits();
        if (actions == null || hits.isEmpty()) {
            return false;
        }
        switch (key) {
            case S -> actions.mark(hits, MarkChange.star(!hits.stream().allMatch(hit -> hit.marks().starred())));
            case U -> actions.mark(hits, MarkChange.read(!hits.stream().allMatch(hit -> hit.marks().read())));
            case T -> actions.addTag(hits);
            case V -> {
                return listVersionsOfFocused();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean listVersionsOfFocused() {
        SearchHit focused = list.getFocusModel().getFocusedItem();
        if (focused == null || focused.versions() < 2 || actions == null) {
            return false;
        }
        actions.listVersions(focused);
        return true;
    }

    private ContextMenu rowMenu() {
        MenuItem open = new MenuItem("Open");
        open.setOnAction(event -> {
            SearchHit focused = list.getFocusModel().getFocusedItem();
            if (focused != null && actions != null) {
                actions.open(focused);
            }
        });
        MenuItem versions = new MenuItem("List Versions");
        versions.setOnAction(event -> listVersionsOfFocused());
        MenuItem copyTitle = new MenuItem("Copy Title");
        copyTitle.setOnAction(event -> copyLines(SearchHit::title));
        MenuItem copyPath = new MenuItem("Copy Path");
        copyPath.setOnAction(event -> copyLines(SearchHit::file));
        MenuItem copyText = new MenuItem("Copy Text");
        copyText.setOnAction(event -> {
            if (actions != null && !selectedHits().isEmpty()) {
                actions.copyText(selectedHits());
            }
        });
        MenuItem star = new MenuItem("Star");
        star.setOnAction(event -> markSelected(MarkChange.star(true)));
        MenuItem unstar = new MenuItem("Remove Star");
        unstar.setOnAction(event -> markSelected(MarkChange.star(false)));
        MenuItem addTag = new MenuItem("Add Tag\u2026");
        addTag.setOnAction(event -> {
            if (actions != null && !selectedHits().isEmpty()) {
                actions.addTag(selectedHits());
            }
        });
        Menu removeTag = new Menu("Remove Tag");
        MenuItem read = new MenuItem("Mark as Read");
        read.setOnAction(event -> markSelected(MarkChange.read(true)));
        MenuItem unread = new MenuItem("Mark as Unread");
        unread.setOnAction(event -> markSelected(MarkChange.read(false)));
        MenuItem export = new MenuItem("Export Selected\u2026");
        export.setOnAction(event -> {
            if (actions != null && !selectedHits().isEmpty()) {
                actions.export(selectedHits());
            }
        });
        ContextMenu menu = new ContextMenu(open, versions, new SeparatorMenuItem(), star, unstar, addTag, removeTag, read, unread,
                new SeparatorMenuItem(), copyTitle, copyPath, copyText, new SeparatorMenuItem(), export);
        menu.setOnShowing(event -> {
            List<SearchHit> hits = selectedHits();
            SearchHit focused = list.getFocusModel().getFocusedItem();
            versions.setVisible(focused != null && focused.versions() > 1);
            star.setVisible(!hits.stream().allMatch(hit -> hit.marks().starred()));
            unstar.setVisible(hits.stream().anyMatch(hit -> hit.marks().starred()));
            read.setVisible(!hits.stream().allMatch(hit -> hit.marks().read()));
            unread.setVisible(hits.stream().anyMatch(hit -> hit.marks().read()));
            removeTag.getItems().setAll(hits.stream().flatMap(hit -> hit.marks().tags().stream()).distinct().sorted()
                    .map(tag -> {
                        MenuItem item = new MenuItem(tag);
                        item.setMnemonicParsing(false);
                        item.setOnAction(chosen -> markSelected(MarkChange.removeTag(tag)));
                        return item;
                    }).toList());
            removeTag.setDisable(removeTag.getItems().isEmpty());
        });
        return menu;
    }

    private void markSelected(MarkChange change) {
        if (actions != null && !selectedHits().isEmpty()) {
            actions.mark(selectedHits(), change);
        }
    }

    private void copyLines(Function<SearchHit, String> line) {
        List<SearchHit> hits = selectedHits();
        if (actions != null && !hits.isEmpty()) {
            actions.copy(String.join("\n", hits.stream().map(line).filter(Objects::nonNull).toList()));
        }
    }

    /**
     * A result: its title, date and byline, and its best passage, one line each, so that every row has the
     * same height and a list of 100,000 rows scrolls evenly; what does not fit ends in an ellipsis, and the
     * whole title is the row's tooltip. A row whose hit is still loading says so.
     */
    private static final class ResultCell extends ListCell<SearchHit> {
        private final EllipsisRow title = new EllipsisRow();
        private final FontIcon star = new FontIcon(Feather.STAR);
        private final Label meta = new Label();
        private final Label tags = new Label();
        private final Hyperlink versions = new Hyperlink();
        private final HBox metaLine = new HBox(6, star, meta, versions, tags);
        private final EllipsisRow snippet = new EllipsisRow();
        private final VBox box = new VBox(2, title, metaLine, snippet);
        private final Tooltip fullTitle = new Tooltip();

        ResultCell(Consumer<SearchHit> listVersions) {
            getStyleClass().add(CELL_STYLE);
            versions.getStyleClass().add(VERSIONS_STYLE);
            versions.setFocusTraversable(false);
            versions.managedProperty().bind(versions.visibleProperty());
            versions.setOnAction(event -> {
                if (getItem() != null) {
                    listVersions.accept(getItem());
                }
            });
            title.getStyleClass().add(TITLE_STYLE);
            meta.getStyleClass().add(META_STYLE);
            meta.setMinWidth(Region.USE_PREF_SIZE);
            star.getStyleClass().add(STAR_STYLE);
            star.managedProperty().bind(star.visibleProperty());
            tags.getStyleClass().add(TAGS_STYLE);
            tags.setMinWidth(0);
            tags.setMnemonicParsing(false);
            metaLine.setAlignment(Pos.CENTER_LEFT);
            metaLine.setMinWidth(0);
            snippet.getStyleClass().add(SNIPPET_STYLE);
            box.setMinWidth(0);
            box.setPrefWidth(0);
            box.setMaxWidth(Double.MAX_VALUE);
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            fullTitle.setWrapText(true);
            fullTitle.setMaxWidth(480);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            pseudoClassStateChanged(READ, !empty && hit != null && hit.marks().read());
            if (empty) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            if (hit == null) {
                title.show(TextRuns.of("Loading\u2026", List.of(), TEXT_STYLE, MATCH_STYLE));
                star.setVisible(false);
                versions.setVisible(false);
                tags.setText("");
                meta.setText("");
                snippet.show(List.of());
                setGraphic(box);
                setTooltip(null);
                setAccessibleText("Loading");
                return;
            }
            title.show(TextRuns.of(hit.title(), hit.titleHighlights(), TEXT_STYLE, MATCH_STYLE));
            meta.setText(metaLine(hit));
            star.setVisible(hit.marks().starred());
            versions.setVisible(hit.versions() > 1);
            versions.setText(hit.versions() + " versions");
            versions.setAccessibleText("List the " + hit.versions() + " versions of this story");
            tags.setText(String.join("  ", hit.marks().tags().stream().map(tag -> "#" + tag).toList()));
            snippet.show(TextRuns.of(hit.snippet().text(), hit.snippet().highlights(), TEXT_STYLE, MATCH_STYLE));
            fullTitle.setText(hit.title());
            setTooltip(fullTitle);
            setAccessibleText(hit.title() + ", " + metaLine(hit) + marksText(hit));
            setGraphic(box);
        }

        private static String marksText(SearchHit hit) {
            StringBuilder text = new StringBuilder(hit.marks().read() ? "" : ", unread");
            if (hit.versions() > 1) {
                text.append(", ").append(hit.versions()).append(" versions");
            }
            if (hit.marks().starred()) {
                text.append(", starred");
            }
            if (!hit.marks().tags().isEmpty()) {
                text.append(", tagged ").append(String.join(", ", hit.marks().tags()));
            }
            return text.toString();
        }

        private static String metaLine(SearchHit hit) {
            String date = hit.publicationDate().map(d -> DisplayFormats.shortDate(d.toLocalDate())).orElse("Undated");
            String line = hit.author() == null ? date : date + "  \u00B7  " + hit.author();
            return hit.source() == null ? line : line + "  \u00B7  " + hit.source();
        }
    }
}
