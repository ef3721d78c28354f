package org.broadsheet.ui.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.broadsheet.search.SortOrder;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The search field, the date range and the sort order, bound to a {@link SearchViewModel}. */
public final class SearchBarView {

    public static final String STYLE = "search-bar";
    public static final String QUERY_FIELD_ID = "query";
    public static final String FROM_ID = "from-date";
    public static final String TO_ID = "to-date";
    public static final String QUERY_ERROR_ID = "query-error";
    static final String QUERY_ERROR_STYLE = "query-error";

    private final VBox root = new VBox();
    private final CustomTextField queryField = new CustomTextField();

    public SearchBarView(SearchViewModel model) {
        root.getStyleClass().add(STYLE);
        root.getStylesheets().add(SearchBarView.class.getResource("search.css").toExternalForm());

        queryField.setId(QUERY_FIELD_ID);
        queryField.setPromptText("Search: words, \"exact phrase\", title:, author:, -exclude, OR");
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
            }
        });
        HBox.setHgrow(queryField, Priority.ALWAYS);

        DatePicker from = datePicker(FROM_ID, "From", model.fromProperty());
        DatePicker to = datePicker(TO_ID, "To", model.toProperty());
        Button clearDates = iconButton(Feather.X, "Show all dates");
        clearDates.visibleProperty().bind(model.fromProperty().isNotNull().or(model.toProperty().isNotNull()));
        clearDates.setOnAction(event -> model.clearDates());

        ComboBox<SortOrder> sort = new ComboBox<>();
        sort.setId("sort");
        sort.getItems().setAll(SortOrder.values());
        sort.setConverter(new SortLabels());
        sort.valueProperty().bindBidirectional(model.sortProperty());
        sort.setTooltip(new Tooltip("Order of the results"));

        Label dash = new Label("\u2013");
        HBox row = new HBox(8, queryField, from, dash, to, clearDates, sort);
        row.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId(QUERY_ERROR_ID);
        error.getStyleClass().addAll(QUERY_ERROR_STYLE, Styles.DANGER);
        error.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        error.textProperty().bind(model.queryErrorProperty());
        error.visibleProperty().bind(model.queryErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        root.getChildren().addAll(row, error);
    }

    public Node root() {
        return root;
    }

    public void focusQuery() {
        queryField.requestFocus();
        queryField.selectAll();
    }

    private static Button iconButton(Feather icon, String tooltip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        return button;
    }

    private static DatePicker datePicker(String id, String prompt, ObjectProperty<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(160);
        picker.setConverter(new IsoDates(picker));
        picker.valueProperty().bindBidirectional(value);
        picker.getEditor().textProperty().addListener((observable, old, now) -> {
            if (now.isBlank() && picker.getValue() != null) {
                picker.setValue(null);
            }
        });
        return picker;
    }

    /** Dates typed and shown as 2021-03-03, which no locale reads differently. Bad input keeps the old date. */
    private static final class IsoDates extends StringConverter<LocalDate> {
        private final DatePicker picker;

        IsoDates(DatePicker picker) {
            this.picker = picker;
        }

        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : date.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return picker.getValue();
            }
        }
    }

    private static final class SortLabels extends StringConverter<SortOrder> {
        @Override
        public String toString(SortOrder order) {
            if (order == null) {
                return "";
            }
            return switch (order) {
                case RELEVANCE -> "Best match";
                case NEWEST -> "Newest first";
                case OLDEST -> "Oldest first";
            };
        }

        @Override
        public SortOrder fromString(String text) {
            throw new UnsupportedOperationException("the sort order is chosen, not typed");
        }
    }
}
