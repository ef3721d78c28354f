package org.broadsheet.ui.search;

import java.util.List;
import java.util.OptionalInt;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.broadsheet.search.SearchHit;
import org.broadsheet.ui.DisplayFormats;
import org.broadsheet.ui.TextRuns;

/** The count and the list of results, bound to a {@link SearchViewModel}. */
public final class ResultListView {

    public static final String LIST_ID = "results";
    public static final String COUNT_ID = "result-count";
    public static final String EMPTY_ID = "results-empty";
    static final String CELL_STYLE = "result-cell";
    static final String TITLE_STYLE = "result-title";
    static final String META_STYLE = "result-meta";
    static final String SNIPPET_STYLE = "result-snippet";
    static final String TEXT_STYLE = "result-text";
    static final String MATCH_STYLE = "result-match";

    private final VBox root = new VBox();
    private final ListView<SearchHit> list = new ListView<>();
    private final SearchViewModel model;

    public ResultListView(SearchViewModel model) {
        this.model = model;
        root.getStyleClass().add("result-pane");
        root.getStylesheets().add(ResultListView.class.getResource("search.css").toExternalForm());

        Label count = new Label();
        count.setId(COUNT_ID);
        count.getStyleClass().add("result-count");
        count.textProperty().bind(model.countTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, count, spacer, new AuthorFilterView(model).root());
        header.getStyleClass().add("result-header");
        header.setAlignment(Pos.CENTER_LEFT);
        Node timeline = new TimelineView(model).root();

        list.setId(LIST_ID);
        list.setItems(model.hits());
        list.setCellFactory(view -> new ResultCell());
        Label empty = new Label();
        empty.setId(EMPTY_ID);
        empty.setWrapText(true);
        empty.getStyleClass().add("results-empty");
        empty.textProperty().bind(model.emptyMessageProperty());
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> model.select(now));
        model.hits().addListener((ListChangeListener<SearchHit>) change -> keepSelection());
        VBox.setVgrow(list, Priority.ALWAYS);

        root.getChildren().addAll(header, timeline, list);
    }

    public Node root() {
        return root;
    }

    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    /** A refreshed list keeps the article the user is reading selected, if it is still in it. */
    private void keepSelection() {
        OptionalInt index = model.selectedIndex();
        if (index.isPresent() && list.getSelectionModel().getSelectedIndex() != index.getAsInt()) {
            list.getSelectionModel().select(index.getAsInt());
        }
    }

    /**
     * A result: its title, date and byline, and its best passage, one line each, so that every row has the
     * same height and a list of 100,000 rows scrolls evenly. A row whose hit is still loading says so.
     */
    private static final class ResultCell extends ListCell<SearchHit> {
        private final HBox title = new HBox();
        private final Label meta = new Label();
        private final HBox snippet = new HBox();
        private final VBox box = new VBox(2, title, meta, snippet);

        ResultCell() {
            getStyleClass().add(CELL_STYLE);
            title.getStyleClass().add(TITLE_STYLE);
            meta.getStyleClass().add(META_STYLE);
            snippet.getStyleClass().add(SNIPPET_STYLE);
            // One line, cut at the cell's edge: the row never asks for more width than the list has.
            oneLine(snippet);
            oneLine(title);
            box.setMinWidth(0);
            box.setPrefWidth(0);
            box.setMaxWidth(Double.MAX_VALUE);
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        /** The row never asks for more width than the list has; what does not fit is cut at its edge. */
        private static void oneLine(HBox line) {
            line.setMinWidth(0);
            line.setPrefWidth(0);
            Rectangle clip = new Rectangle();
            clip.widthProperty().bind(line.widthProperty());
            clip.heightProperty().bind(line.heightProperty());
            line.setClip(clip);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty) {
                setGraphic(null);
                return;
            }
            if (hit == null) {
                title.getChildren().setAll(TextRuns.of("Loading\u2026", List.of(), TEXT_STYLE, MATCH_STYLE));
                meta.setText("");
                snippet.getChildren().clear();
                setGraphic(box);
                return;
            }
            title.getChildren().setAll(TextRuns.of(hit.title(), hit.titleHighlights(), TEXT_STYLE, MATCH_STYLE));
            meta.setText(metaLine(hit));
            List<Text> runs = TextRuns.of(hit.snippet().text(), hit.snippet().highlights(), TEXT_STYLE, MATCH_STYLE);
            snippet.getChildren().setAll(runs);
            setGraphic(box);
        }

        private static String metaLine(SearchHit hit) {
            String date = hit.publicationDate().map(d -> DisplayFormats.shortDate(d.toLocalDate())).orElse("Undated");
            return hit.author() == null ? date : date + "  \u00B7  " + hit.author();
        }
    }
}
