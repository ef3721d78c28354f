package org.broadsheet.ui.search;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The values of one facet of the listed articles (their bylines, their tags) with their counts, every one of
 * them, with a box to filter them by name; ticking several narrows the list to any of them. Without any
 * values it is a small disabled control.
 *
 * @param <T> a value with its count, as the view-model lists them
 */
public final class FacetFilterView<T> {

    /**
     * What a facet is called and where its values are.
     *
     * @param id       the button's id; its filter box and list add {@code -text} and {@code -list}
     * @param singular what one value is, as in "1 author" ({@code author})
     * @param plural   as in "2 authors"
     * @param none     the disabled button's text when there are no values ("No bylines")
     */
    public record Facet<T>(String id, Ikon icon, String singular, String plural, String none,
                           ObservableList<T> values, ObservableSet<String> chosen, Function<T, String> name,
                           ToIntFunction<T> count) {
    }

    static final String STYLE = "facet-filter";
    static final String POPUP_STYLE = "facet-popup";

    private final Button button = new Button();
    private final Popup popup = new Popup();
    private final TextField filter = new TextField();
    private final FilteredList<T> shown;
    private final ListView<T> list = new ListView<>();
    private final Facet<T> facet;

    public FacetFilterView(Facet<T> facet) {
        this.facet = facet;
        button.setId(facet.id());
        button.getStyleClass().add(STYLE);
        button.setGraphic(new FontIcon(facet.icon()));
        button.setContentDisplay(ContentDisplay.LEFT);
        button.setMnemonicParsing(false);
        button.setAccessibleRole(AccessibleRole.MENU_BUTTON);
        button.setAccessibleHelp("Narrows the list to one or more " + facet.plural());
        facet.chosen().addListener((SetChangeListener<String>) change -> updateButton());
        facet.values().addListener((ListChangeListener<T>) change -> updateButton());
        updateButton();
        button.setOnAction(event -> toggle());

        shown = new FilteredList<>(facet.values());
        filter.setId(facet.id() + "-text");
        filter.setPromptText("Filter " + facet.plural());
        filter.setAccessibleText("Filter the " + facet.plural() + " by name");
        filter.textProperty().addListener((observable, old, now) -> {
            String wanted = now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(value -> wanted.isEmpty()
                    || facet.name().apply(value).toLowerCase(Locale.ROOT).contains(wanted));
        });
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                event.consume();
            }
        });

        list.setId(facet.id() + "-list");
        list.setItems(shown);
        list.setAccessibleText(capitalised(facet.plural()) + " of the listed articles; Space ticks one");
        list.setPrefSize(300, 320);
        list.setCellFactory(view -> new ValueCell());
        list.setOnKeyPressed(event -> {
            T focused = list.getFocusModel().getFocusedItem();
            if ((event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER) && focused != null) {
                toggle(facet.name().apply(focused));
                event.consume();
            }
        });
        list.setPlaceholder(new Label("No " + facet.singular() + " matches"));

        Button all = new Button("All " + facet.plural());
        all.setOnAction(event -> facet.chosen().clear());
        all.disableProperty().bind(Bindings.isEmpty(facet.chosen()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setOnAction(event -> popup.hide());
        HBox actions = new HBox(8, all, spacer, close);
        VBox content = new VBox(8, filter, list, actions);
        content.getStyleClass().add(POPUP_STYLE);
        content.getStylesheets().add(FacetFilterView.class.getResource("search.css").toExternalForm());
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setOnHidden(event -> button.requestFocus());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public Node root() {
        return button;
    }

    private void updateButton() {
        int chosen = facet.chosen().size();
        boolean none = facet.values().isEmpty() && chosen == 0;
        button.setDisable(none);
        String text = none ? facet.none() : chosen == 0 ? "All " + facet.plural()
                : chosen == 1 ? facet.chosen().iterator().next() : chosen + " " + facet.plural();
        button.setText(text);
        button.setAccessibleText(capitalised(facet.plural()) + ": " + text);
    }

    private void toggle() {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        Bounds below = button.localToScreen(button.getBoundsInLocal());
        if (below == null) {
            return;
        }
        filter.clear();
        popup.show(button, below.getMaxX() - 320, below.getMaxY() + 2);
        filter.requestFocus();
    }

    private void toggle(String name) {
        if (!facet.chosen().remove(name)) {
            facet.chosen().add(name);
        }
        list.refresh();
    }

    /** A value with its count and a tick that says whether the list is narrowed to it. */
    private final class ValueCell extends ListCell<T> {
        private final CheckBox tick = new CheckBox();

        ValueCell() {
            tick.setFocusTraversable(false);
            tick.setMnemonicParsing(false);
            tick.setOnAction(event -> {
                if (getItem() != null) {
                    toggle(facet.name().apply(getItem()));
                }
            });
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(T value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String name = facet.name().apply(value);
            int count = facet.count().applyAsInt(value);
            tick.setText(name + "  (" + count + ")");
            tick.setSelected(facet.chosen().contains(name));
            setAccessibleText(name + ", " + count + " articles" + (tick.isSelected() ? ", chosen" : ""));
            setGraphic(tick);
        }
    }
}
