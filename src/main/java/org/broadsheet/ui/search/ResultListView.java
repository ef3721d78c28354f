package org.broadsheet.ui.search;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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

    /** What the rows' context menu and keys do; the window knows how. */
    public interface RowActions {
        /** Opens the hit in the reader and moves there. */
        void open(SearchHit hit);

        /** Puts the text of these articles on the clipboard. */
        void copyText(List<SearchHit> hits);

        /** Puts these lines on the clipboard. */
        void copy(String text);
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
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox header = new HBox(8, count, error, spacer, new AuthorFilterView(model).root());
        header.getStyleClass().add("result-header");
        header.setAlignment(Pos.CENTER_LEFT);
        timeline = new TimelineView(model);

        list.setId(LIST_ID);
        list.setAccessibleText("Results");
        list.setItems(model.hits());
        list.setCellFactory(view -> new ResultCell());
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
            if (list.getSelectionModel().getSelectedIndex() != at.getAsInt()) {
                list.getSelectionModel().clearAndSelect(at.getAsInt());
                list.scrollTo(at.getAsInt());
            }
        } else {
            list.getSelectionModel().clearSelection();
        }
    }

    /** A refreshed list keeps the article the user is reading selected, if it is still in it. */
    private void keepSelection() {
        OptionalInt index = model.selectedIndex();
        if (index.isPresent() && list.getSelectionModel().getSelectedIndex() != index.getAsInt()) {
            list.getSelectionModel().select(index.getAsInt());
        }
    }

    private ContextMenu rowMenu() {
        MenuItem open = new MenuItem("Open");
        open.setOnAction(event -> {
            SearchHit focused = list.getFocusModel().getFocusedItem();
            if (focused != null && actions != null) {
                actions.open(focused);
            }
        });
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
        return new ContextMenu(open, new SeparatorMenuItem(), copyTitle, copyPath, copyText);
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
        private final Label meta = new Label();
        private final EllipsisRow snippet = new EllipsisRow();
        private final VBox box = new VBox(2, title, meta, snippet);
        private final Tooltip fullTitle = new Tooltip();

        ResultCell() {
            getStyleClass().add(CELL_STYLE);
            title.getStyleClass().add(TITLE_STYLE);
            meta.getStyleClass().add(META_STYLE);
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
            if (empty) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            if (hit == null) {
                title.show(TextRuns.of("Loading\u2026", List.of(), TEXT_STYLE, MATCH_STYLE));
                meta.setText("");
                snippet.show(List.of());
                setGraphic(box);
                setTooltip(null);
                setAccessibleText("Loading");
                return;
            }
            title.show(TextRuns.of(hit.title(), hit.titleHighlights(), TEXT_STYLE, MATCH_STYLE));
            meta.setText(metaLine(hit));
            snippet.show(TextRuns.of(hit.snippet().text(), hit.snippet().highlights(), TEXT_STYLE, MATCH_STYLE));
            fullTitle.setText(hit.title());
            setTooltip(fullTitle);
            setAccessibleText(hit.title() + ", " + metaLine(hit));
            setGraphic(box);
        }

        private static String metaLine(SearchHit hit) {
            String date = hit.publicationDate().map(d -> DisplayFormats.shortDate(d.toLocalDate())).orElse("Undated");
            return hit.author() == null ? date : date + "  \u00B7  " + hit.author();
        }
    }
}
