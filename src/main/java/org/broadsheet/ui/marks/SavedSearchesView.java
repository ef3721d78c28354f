package org.broadsheet.ui.marks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import javafx.collections.MapChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.broadsheet.marks.SavedSearch;
import org.broadsheet.settings.SearchState;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A button beside the search field that opens the archive's saved searches, each with how many articles it
 * finds now, and its recent queries; one click opens either, and the current search can be saved by name.
 */
public final class SavedSearchesView {

    public static final String ID = "saved-searches";
    public static final String SAVED_LIST_ID = "saved-searches-list";
    public static final String RECENT_LIST_ID = "recent-queries-list";
    public static final String SAVE_ID = "save-search";

    private final Button button = new Button(null, new FontIcon(Feather.BOOKMARK));
    private final Popup popup = new Popup();
    private final SavedSearchesViewModel model;
    private final Supplier<SearchState> current;
    private final Consumer<SearchState> open;
    private final ListView<SavedSearch> saved = new ListView<>();

    /**
     * @param current the search as it is now, to save
     * @param open    what opening a saved or recent search does
     */
    public SavedSearchesView(SavedSearchesViewModel model, Supplier<SearchState> current, Consumer<SearchState> open) {
        this.model = model;
        this.current = current;
        this.open = open;
        button.setId(ID);
        button.getStyleClass().addAll(Styles.BUTTON_ICON);
        button.setTooltip(new Tooltip("Saved and recent searches"));
        button.setAccessibleText("Saved and recent searches");
        button.setOnAction(event -> toggle());

        saved.setId(SAVED_LIST_ID);
        saved.setItems(model.marks().savedSearches());
        saved.setCellFactory(view -> new SavedCell());
        saved.setPrefSize(360, 200);
        saved.setPlaceholder(new Label("No saved searches yet"));
        saved.setAccessibleText("Saved searches; Enter opens one, Delete removes it");
        saved.setOnKeyPressed(event -> {
            SavedSearch focused = saved.getFocusModel().getFocusedItem();
            if (focused != null && event.getCode() == KeyCode.ENTER) {
                choose(SavedSearchesViewModel.stateOf(focused));
            } else if (focused != null && event.getCode() == KeyCode.DELETE) {
                model.delete(focused);
            }
        });
        model.counts().addListener((MapChangeListener<String, Integer>) change -> saved.refresh());

        ListView<String> recent = new ListView<>(model.marks().recentQueries());
        recent.setId(RECENT_LIST_ID);
        recent.setPrefSize(360, 160);
        recent.setPlaceholder(new Label("No recent searches"));
        recent.setAccessibleText("Recent searches; Enter searches one again");
        recent.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(String query, boolean empty) {
                super.updateItem(query, empty);
                setText(empty ? null : query);
                setMnemonicParsing(false);
                setOnMouseClicked(event -> {
                    if (!isEmpty()) {
                        choose(SearchState.of(getItem()));
                    }
                });
            }
        });
        recent.setOnKeyPressed(event -> {
            String focused = recent.getFocusModel().getFocusedItem();
            if (focused != null && event.getCode() == KeyCode.ENTER) {
                choose(SearchState.of(focused));
            }
        });

        Button save = new Button("Save This Search\u2026", new FontIcon(Feather.PLUS));
        save.setId(SAVE_ID);
        save.setOnAction(event -> askNameAndSave());
        Button close = new Button("Close");
        close.setOnAction(event -> popup.hide());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label savedHeading = new Label("Saved searches");
        savedHeading.getStyleClass().add(Styles.TEXT_BOLD);
        Label recentHeading = new Label("Recent searches");
        recentHeading.getStyleClass().add(Styles.TEXT_BOLD);
        VBox content = new VBox(8, savedHeading, saved, new HBox(8, save, spacer, close), recentHeading, recent);
        content.getStyleClass().add("marks-popup");
        content.getStylesheets().add(SavedSearchesView.class.getResource("marks.css").toExternalForm());
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setOnHidden(event -> button.requestFocus());
    }

    public Node root() {
        return button;
    }

    private void toggle() {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        Bounds below = button.localToScreen(button.getBoundsInLocal());
        if (below != null) {
            model.count();
            popup.show(button, below.getMinX(), below.getMaxY() + 2);
            saved.requestFocus();
        }
    }

    /** What a saved search asks, in a few words: its query, tags, authors, sources and dates. */
    static String summary(SavedSearch search) {
        List<String> parts = new ArrayList<>();
        if (!search.query().isBlank()) {
            parts.add(search.query().strip());
        }
        search.tags().stream().sorted().forEach(tag -> parts.add("#" + tag));
        search.authors().stream().sorted().forEach(parts::add);
        search.sources().stream().sorted().forEach(parts::add);
        if (search.from() != null || search.to() != null) {
            parts.add((search.from() == null ? "" : search.from().toString()) + "\u2013"
                    + (search.to() == null ? "" : search.to().toString()));
        }
        return parts.isEmpty() ? "every article" : String.join(" \u00B7 ", parts);
    }

    /**
     * Asks for a name, offering the query's words (else its tags, authors or sources), and saves the search as
     * it is now.
     */
    public void askNameAndSave() {
        SearchState now = current.get();
        String offered = !now.query().isBlank() ? now.query().strip()
                : !now.tags().isEmpty() ? String.join(", ", now.tags())
                : !now.authors().isEmpty() ? String.join(", ", now.authors())
                : String.join(", ", now.sources());
        TextInputDialog ask = new TextInputDialog(offered);
        if (button.getScene() != null) {
            ask.initOwner(button.getScene().getWindow());
        }
        ask.setTitle("Save Search");
        ask.setHeaderText("Save this search, with its dates, authors, sources and tags");
        ask.setContentText("Name");
        ask.showAndWait().filter(name -> !name.isBlank()).ifPresent(name -> model.save(name, now));
    }

    private void choose(SearchState state) {
        popup.hide();
        open.accept(state);
    }

    /** A saved search: its name, what it asks, how many articles it finds now, and a button that deletes it. */
    private final class SavedCell extends ListCell<SavedSearch> {
        @Override
        protected void updateItem(SavedSearch search, boolean empty) {
            super.updateItem(search, empty);
            if (empty || search == null) {
                setGraphic(null);
                setOnMouseClicked(null);
                return;
            }
            Label name = new Label(search.name());
            name.setMnemonicParsing(false);
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label query = new Label(summary(search));
            query.setMnemonicParsing(false);
            query.getStyleClass().add(Styles.TEXT_MUTED);
            query.setMinWidth(0);
            Integer count = model.counts().get(search.name());
            Label found = new Label(count == null ? "" : count == SavedSearchesViewModel.NOT_COUNTED ? "can't run"
                    : String.format("%,d", count));
            found.getStyleClass().add("saved-count");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button delete = new Button(null, new FontIcon(Feather.TRASH_2));
            delete.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            delete.setAccessibleText("Delete the saved search " + search.name());
            delete.setTooltip(new Tooltip("Delete"));
            delete.setOnAction(event -> model.delete(search));
            HBox row = new HBox(8, name, query, spacer, found, delete);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setAccessibleText(search.name() + ", " + found.getText() + " articles");
            setOnMouseClicked(event -> {
                if (event.getTarget() != delete) {
                    choose(SavedSearchesViewModel.stateOf(search));
                }
            });
        }
    }
}
