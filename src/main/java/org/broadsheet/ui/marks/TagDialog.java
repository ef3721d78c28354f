package org.broadsheet.ui.marks;

import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Asks for a tag to add to some articles, offering the tags in use. */
public final class TagDialog {

    public static final String FIELD_ID = "tag-dialog-field";

    private TagDialog() {
    }

    /** @param what the articles, as in "3 articles" */
    public static Optional<String> ask(Window owner, String what, List<String> tagsInUse) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add Tag");
        dialog.setHeaderText("Add a tag to " + what);
        ComboBox<String> field = new ComboBox<>();
        field.setId(FIELD_ID);
        field.setEditable(true);
        field.getItems().setAll(tagsInUse);
        field.setPromptText("Tag");
        field.setPrefWidth(300);
        field.setAccessibleText("The tag to add");
        dialog.getDialogPane().setContent(field);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getEditor().getText() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait().map(String::strip).filter(tag -> !tag.isEmpty());
    }
}
