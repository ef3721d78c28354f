package org.broadsheet.ui.search;

import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.broadsheet.search.AuthorCount;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bylines of the listed articles with their counts; choosing one narrows the list to it. */
public final class AuthorFilterView {

    public static final String ID = "author-filter";
    /** How many bylines the menu lists; more would not fit a screen. */
    static final int MENU_SIZE = 40;

    private final MenuButton button = new MenuButton();
    private final SearchViewModel model;

    public AuthorFilterView(SearchViewModel model) {
        this.model = model;
        button.setId(ID);
        button.getStyleClass().add("author-filter");
        button.setGraphic(new FontIcon(Feather.USER));
        button.textProperty().bind(model.authorProperty().map(author -> author).orElse("All authors"));
        button.setOnShowing(event -> fillMenu());
        fillMenu();
    }

    public Node root() {
        return button;
    }

    private void fillMenu() {
        button.getItems().clear();
        MenuItem all = new MenuItem("All authors");
        all.setOnAction(event -> model.authorProperty().set(null));
        button.getItems().addAll(all, new SeparatorMenuItem());
        for (AuthorCount author : model.authors().stream().limit(MENU_SIZE).toList()) {
            MenuItem item = new MenuItem(author.name() + "  (" + author.count() + ")");
            item.setMnemonicParsing(false);
            item.setOnAction(event -> model.authorProperty().set(author.name()));
            button.getItems().add(item);
        }
        if (model.authors().isEmpty()) {
            MenuItem none = new MenuItem("No bylines in these articles");
            none.setDisable(true);
            button.getItems().add(none);
        }
    }
}
