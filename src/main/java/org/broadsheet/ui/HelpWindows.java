package org.broadsheet.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.broadsheet.platform.AppVersion;
import org.broadsheet.platform.LogFolder;

/** Help ▸ Keyboard Shortcuts and Help ▸ About: small windows that close with Esc or their button. */
final class HelpWindows {

    static final String SHORTCUTS_TABLE_ID = "shortcuts-table";

    private HelpWindows() {
    }

    static void showShortcuts(Window owner) {
        TableView<Shortcuts.Shortcut> table = new TableView<>();
        table.setId(SHORTCUTS_TABLE_ID);
        table.setAccessibleText("Keyboard shortcuts");
        table.getItems().setAll(Shortcuts.all());
        TableColumn<Shortcuts.Shortcut, String> keys = new TableColumn<>("Keys");
        keys.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().keys()));
        keys.setPrefWidth(230);
        TableColumn<Shortcuts.Shortcut, String> where = new TableColumn<>("Where");
        where.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().where().isEmpty() ? "Anywhere"
                : row.getValue().where()));
        where.setPrefWidth(110);
        TableColumn<Shortcuts.Shortcut, String> does = new TableColumn<>("Does");
        does.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().does()));
        table.getColumns().add(keys);
        table.getColumns().add(where);
        table.getColumns().add(does);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        show(owner, "Keyboard Shortcuts", new VBox(10, table), 720, 560);
    }

    static void showAbout(Window owner) {
        Label name = new Label("Broadsheet " + AppVersion.current());
        name.getStyleClass().add("about-name");
        Label what = new Label("A desktop reader for archives of news articles.");
        Label log = new Label("Log file: " + LogFolder.logFile());
        log.setWrapText(true);
        Label java = new Label("Java " + System.getProperty("java.version") + ", JavaFX "
                + System.getProperty("javafx.runtime.version", "?"));
        show(owner, "About Broadsheet", new VBox(8, name, what, log, java), 520, 220);
    }

    private static void show(Window owner, String title, VBox content, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(title);
        Button close = new Button("Close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        content.getChildren().add(buttons);
        content.setPadding(new Insets(14));
        Scene scene = new Scene(content, width, height);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        close.requestFocus();
    }
}
