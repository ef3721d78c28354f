package org.broadsheet.ui.search;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.broadsheet.search.SortOrder;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The search field, the date range and the sort order, bound to a {@link SearchViewModel}. */
public final class SearchBarView {

    public static final String STYLE = "search-bar";
    public static final String QUERY_FIELD_ID = "query";
    public static final String FROM_ID = "from-date";
    public static final String TO_ID = "to-date";
    public static final String COLLAPSE_ID = "collapse-versions";
    public static final String SORT_ID = "sort";
    public static final String CLEAR_DATES_ID = "clear-dates";

    private final VBox root = new VBox();
    private final CustomTextField queryField = new CustomTextField();
    private final HBox row = new HBox(8);
    private Runnable downFromQuery = () -> { };

    public SearchBarView(SearchViewModel model) {
        root.getStyleClass().add(STYLE);
        root.getStylesheets().add(SearchBarView.class.getResource("search.css").toExternalForm());

        queryField.setId(QUERY_FIELD_ID);
        queryField.setPromptText("Search: words, \"exact phrase\", title:, author:, -exclude, OR");
        queryField.setAccessibleText("Search the archive");
        queryField.setAccessibleHelp("Words, quoted phrases, title:, author:, -word to exclude, OR. Down goes to the list.");
        queryField.setLeft(new FontIcon(Feather.SEARCH));
        Button clearQuery = iconButton(Feather.X, "Clear the search");
        clearQuery.visibleProperty().bind(model.queryProperty().isNotEmpty());
        clearQuery.setOnAction(event -> {
            model.queryProperty().set("");
            queryField.requestFocus();
        });
        queryField.setRight(clearQuery);
        queryField.textProperty().bindBidirectional(model.queryProperty());
        queryField.setOnAction(event -> model.commitQuery());
        queryField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !queryField.getText().isEmpty()) {
                model.queryProperty().set("");
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN) {
                downFromQuery.run();
                event.consume();
            }
        });
        queryField.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        model.queryErrorProperty().addListener((observable, old, now) ->
                queryField.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        HBox.setHgrow(queryField, Priority.ALWAYS);
        queryField.setMinWidth(160);

        DateField from = new DateField(FROM_ID, "From", model.fromProperty(), model::enterFrom,
                model.fromErrorProperty(), model::newestListedDay);
        DateField to = new DateField(TO_ID, "To", model.toProperty(), model::enterTo, model.toErrorProperty(),
                model::newestListedDay);
        Button clearDates = iconButton(Feather.X, "Show all dates");
        clearDates.setId(CLEAR_DATES_ID);
        clearDates.setAccessibleText("Show all dates");
        clearDates.visibleProperty().bind(model.fromProperty().isNotNull().or(model.toProperty().isNotNull()));
        clearDates.setOnAction(event -> model.clearDates());

        ComboBox<SortOrder> sort = new ComboBox<>();
        sort.setId(SORT_ID);
        sort.getItems().setAll(SortOrder.values());
        sort.setCellFactory(view -> new SortCell(model));
        sort.setButtonCell(new SortCell(model));
        sort.setValue(model.effectiveSortProperty().get());
        model.effectiveSortProperty().addListener((observable, old, now) -> sort.setValue(now));
        sort.valueProperty().addListener((observable, old, now) -> {
            if (now != null && now != model.effectiveSortProperty().get()) {
                model.sortProperty().set(now);
            }
        });
        // One width whatever the order's name, so choosing one never moves the field beside it.
        sort.setPrefWidth(150);
        sort.setMinWidth(150);
        sort.setTooltip(new Tooltip("Order of the results"));
        sort.setAccessibleText("Order of the results");

        ToggleButton collapse = new ToggleButton(null, new FontIcon(Feather.LAYERS));
        collapse.setId(COLLAPSE_ID);
        collapse.selectedProperty().bindBidirectional(model.collapseProperty());
        collapse.setTooltip(new Tooltip("Show each story once, by one of its versions"));
        collapse.setAccessibleText("Show each story once");
        collapse.setAccessibleHelp("When on, the versions of a story (updates, copies) are listed as one row");

        Label dash = new Label("\u2013");
        row.getChildren().addAll(queryField, from.root(), dash, to.root(), clearDates, sort, collapse);
        row.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().add(row);
    }

    public Node root() {
        return root;
    }

    /** Puts a control right after the search field: the saved searches. */
    public void addAfterQuery(Node control) {
        row.getChildren().add(1, control);
    }

    public void focusQuery() {
        queryField.requestFocus();
        queryField.selectAll();
    }

    /** What Down in the search field does: go to the list. */
    public void onDownFromQuery(Runnable action) {
        downFromQuery = action;
    }

    private static Button iconButton(Feather icon, String tooltip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        button.setFocusTraversable(false);
        return button;
    }

    /** An order by its name; best match is offered only when there is a query to match. */
    private static final class SortCell extends ListCell<SortOrder> {
        private final SearchViewModel model;

        SortCell(SearchViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(SortOrder order, boolean empty) {
            super.updateItem(order, empty);
            setText(empty || order == null ? "" : label(order));
            setDisable(!empty && order != null && !model.canSortBy(order));
        }

        static String label(SortOrder order) {
            return switch (order) {
                case RELEVANCE -> "Best match";
                case NEWEST -> "Newest first";
                case OLDEST -> "Oldest first";
            };
        }
    }
}
