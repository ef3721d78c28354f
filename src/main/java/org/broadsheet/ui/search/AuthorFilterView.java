package org.broadsheet.ui.search;

import java.util.Locale;

import javafx.beans.binding.Bindings;
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
import org.broadsheet.search.AuthorCount;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bylines of the listed articles with their counts, every one of them, with a box to filter them by
 * name; ticking several narrows the list to any of them. Without bylines in the archive it is a small
 * disabled control. Bound to a {@link SearchViewModel}.
 */
public final class AuthorFilterView {

    public static final String ID = "author-filter";
    public static final String FILTER_ID = "author-filter-text";
    public static final String LIST_ID = "author-filter-list";
    static final String STYLE = "author-filter";
    static final String POPUP_STYLE = "author-popup";

    private final Button button = new Button();
    private final Popup popup = new Popup();
    private final TextField filter = new TextField();
    private final FilteredList<AuthorCount> shown;
    private final ListView<AuthorCount> list = new ListView<>();
    private final SearchViewModel model;

    public AuthorFilterView(SearchViewModel model) {
        this.model = model;
        button.setId(ID);
        button.getStyleClass().add(STYLE);
        button.setGraphic(new FontIcon(Feather.USER));
        button.setContentDisplay(ContentDisplay.LEFT);
        button.setMnemonicParsing(false);
        button.setAccessibleRole(AccessibleRole.MENU_BUTTON);
        button.setAccessibleHelp("Narrows the list to one or more authors");
        model.chosenAuthors().addListener((SetChangeListener<String>) change -> updateButton());
        model.authors().addListener((javafx.collections.ListChangeListener<AuthorCount>) change -> updateButton());
        updateButton();
        button.setOnAction(event -> toggle());

        shown = new FilteredList<>(model.authors());
        filter.setId(FILTER_ID);
        filter.setPromptText("Filter authors");
        filter.setAccessibleText("Filter the authors by name");
        filter.textProperty().addListener((observable, old, now) -> {
            String wanted = now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(author -> wanted.isEmpty() || author.name().toLowerCase(Locale.ROOT).contains(wanted));
        });
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                event.consume();
            }
        });

        list.setId(LIST_ID);
        list.setItems(shown);
        list.setAccessibleText("Authors of the listed articles; Space ticks one");
        list.setPrefSize(300, 320);
        list.setCellFactory(view -> new AuthorCell());
        list.setOnKeyPressed(event -> {
            AuthorCount focused = list.getFocusModel().getFocusedItem();
            if ((event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER) && focused != null) {
                toggle(focused.name());
                event.consume();
            }
        });
        Label none = new Label("No author matches");
        list.setPlaceholder(none);

        Button all = new Button("All authors");
        all.setOnAction(event -> model.chosenAuthors().clear());
        all.disableProperty().bind(Bindings.isEmpty(model.chosenAuthors()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button close = new Button("Close");
        close.setOnAction(event -> popup.hide());
        HBox actions = new HBox(8, all, spacer, close);
        VBox content = new VBox(8, filter, list, actions);
        content.getStyleClass().add(POPUP_STYLE);
        content.getStylesheets().add(AuthorFilterView.class.getResource("search.css").toExternalForm());
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setOnHidden(event -> button.requestFocus());
    }

    public Node root() {
        return button;
    }

    private void updateButton() {
        int chosen = model.chosenAuthors().size();
        boolean noBylines = model.authors().isEmpty() && chosen == 0;
        button.setDisable(noBylines);
        String text = noBylines ? "No bylines" : chosen == 0 ? "All authors"
                : chosen == 1 ? model.chosenAuthors().iterator().next() : chosen + " authors";
        button.setText(text);
        button.setAccessibleText("Authors: " + text);
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
        if (!model.chosenAuthors().remove(name)) {
            model.chosenAuthors().add(name);
        }
        list.refresh();
    }

    /** A byline with its count and a tick that says whether the list is narrowed to it. */
    private final class AuthorCell extends ListCell<AuthorCount> {
        private final CheckBox tick = new CheckBox();

        AuthorCell() {
            tick.setFocusTraversable(false);
            tick.setMnemonicParsing(false);
            tick.setOnAction(event -> {
                if (getItem() != null) {
                    toggle(getItem().name());
                }
            });
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(AuthorCount author, boolean empty) {
            super.updateItem(author, empty);
            if (empty || author == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            tick.setText(author.name() + "  (" + author.count() + ")");
            tick.setSelected(model.chosenAuthors().contains(author.name()));
            setAccessibleText(author.name() + ", " + author.count() + " articles"
                    + (tick.isSelected() ? ", chosen" : ""));
            setGraphic(tick);
        }
    }
}
