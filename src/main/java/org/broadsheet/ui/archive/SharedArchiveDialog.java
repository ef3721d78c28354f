package org.broadsheet.ui.archive;

import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks where a shared archive is: a Solr node's address, the collection, and a user name and password when
 * the cluster asks for them. The password is handed on, never kept.
 */
public final class SharedArchiveDialog {

    public static final String NODES_ID = "shared-nodes";
    public static final String COLLECTION_ID = "shared-collection";
    public static final String USER_ID = "shared-user";
    public static final String PASSWORD_ID = "shared-password";

    /** What the user wrote. */
    public record Choice(String nodes, String collection, String user, String password) {
        @Override
        public String toString() {
            return "Choice[" + collection + " at " + nodes + "]";
        }
    }

    private SharedArchiveDialog() {
    }

    /** @param last what was written the last time, to start from; or null */
    public static Optional<Choice> ask(Window owner, Choice last) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open Shared Archive");
        dialog.setHeaderText("A shared archive on SolrCloud");
        TextField nodes = field(NODES_ID, "http://solr.example.org:8983/solr", last == null ? "" : last.nodes());
        TextField collection = field(COLLECTION_ID, "news", last == null ? "" : last.collection());
        TextField user = field(USER_ID, "only if the cluster asks for one", last == null ? "" : last.user());
        PasswordField password = new PasswordField();
        password.setId(PASSWORD_ID);
        password.setAccessibleText("Password");
        GridPane form = new GridPane();
        form.getStyleClass().add("shared-archive-form");
        form.addRow(0, label("Solr address", nodes), nodes);
        form.addRow(1, label("Collection", collection), collection);
        form.addRow(2, label("User name", user), user);
        form.addRow(3, label("Password", password), password);
        dialog.getDialogPane().setContent(form);
        // A dialog is a scene of its own: it gets the window's style sheet to space its form.
        dialog.getDialogPane().getStylesheets().add(
                SharedArchiveDialog.class.getResource("/org/broadsheet/ui/broadsheet.css").toExternalForm());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                nodes.textProperty().isEmpty().or(collection.textProperty().isEmpty()));
        Platform.runLater(nodes::requestFocus);
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Choice(nodes.getText().strip(), collection.getText().strip(), user.getText().strip(),
                password.getText()));
    }

    private static TextField field(String id, String prompt, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(28);
        return field;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        field.setAccessibleText(text);
        return label;
    }
}
