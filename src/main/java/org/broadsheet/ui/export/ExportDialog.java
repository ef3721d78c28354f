package org.broadsheet.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.broadsheet.export.ExportFormat;

/** Asks what to export to: a format, whether to include the text, and a file. */
public final class ExportDialog {

    public static final String FORMAT_ID = "export-format";
    public static final String TEXT_ID = "export-text";

    /** What the user chose. */
    public record Choice(Path file, ExportFormat format, boolean withText) {
    }

    private ExportDialog() {
    }

    /**
     * @param what      what is exported, as in "2,936 articles"
     * @param baseName  the file name offered, without its extension
     */
    public static Optional<Choice> ask(Window owner, String what, Path folder, String baseName) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export");
        dialog.setHeaderText("Export " + what);
        ComboBox<ExportFormat> format = new ComboBox<>();
        format.setId(FORMAT_ID);
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.CSV);
        format.setCellFactory(view -> new FormatCell());
        format.setButtonCell(new FormatCell());
        format.setAccessibleText("Format");
        CheckBox text = new CheckBox("Include each article's text (CSV and JSON Lines)");
        text.setId(TEXT_ID);
        text.disableProperty().bind(format.valueProperty().isEqualTo(ExportFormat.RIS));
        dialog.getDialogPane().setContent(new VBox(10, new Label("Format"), format, text));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.NEXT, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(ButtonType.NEXT::equals).isEmpty()) {
            return Optional.empty();
        }
        ExportFormat chosen = format.getValue();
        FileChooser files = new FileChooser();
        files.setTitle("Export " + what);
        files.getExtensionFilters().add(new FileChooser.ExtensionFilter(chosen.description(), "*." + chosen.extension()));
        files.setInitialFileName(baseName + "." + chosen.extension());
        if (folder != null && folder.toFile().isDirectory()) {
            files.setInitialDirectory(folder.toFile());
        }
        File file = files.showSaveDialog(owner);
        return file == null ? Optional.empty()
                : Optional.of(new Choice(file.toPath(), chosen, text.isSelected() && chosen != ExportFormat.RIS));
    }

    private static final class FormatCell extends ListCell<ExportFormat> {
        @Override
        protected void updateItem(ExportFormat format, boolean empty) {
            super.updateItem(format, empty);
            setText(empty || format == null ? "" : format.description());
        }
    }
}
