package org.broadsheet.ui.archive;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.broadsheet.article.Problem;
import org.broadsheet.ui.DisplayFormats;

/** A window listing the files that could not be read, each with the reason. Opened on demand. */
public final class ProblemsWindow {

    public static final String TABLE_ID = "problems-table";

    private final Stage stage = new Stage();

    public ProblemsWindow(Window owner, ArchiveViewModel model) {
        stage.initOwner(owner);
        stage.setTitle("Skipped files");

        Label summary = new Label();
        summary.setWrapText(true);
        Runnable updateSummary = () -> summary.setText(DisplayFormats.count(model.problems().size(), "file", "files")
                + " could not be read as articles and are not in the list. Nothing in the archive was changed.");
        updateSummary.run();
        model.problems().addListener((ListChangeListener<Problem>) change -> updateSummary.run());

        TableView<Problem> table = new TableView<>(model.problems());
        table.setId(TABLE_ID);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Problem, String> file = new TableColumn<>("File");
        file.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().file()));
        file.setPrefWidth(320);
        TableColumn<Problem, String> reason = new TableColumn<>("Reason");
        reason.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().reason()));
        table.getColumns().add(file);
        table.getColumns().add(reason);
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox root = new VBox(10, summary, table);
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 760, 420));
    }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
