package org.broadsheet.ui.export;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** In the status bar while an export runs: how far it is, and a button that cancels it. */
public final class ExportStatusView {

    public static final String CANCEL_ID = "export-cancel";

    private final HBox root = new HBox(6);

    public ExportStatusView(ExportViewModel model) {
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.progressProperty().bind(model.progressProperty());
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        Button cancel = new Button("Cancel");
        cancel.setId(CANCEL_ID);
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.setAccessibleText("Cancel the export");
        cancel.setOnAction(event -> model.cancel());
        root.getChildren().addAll(progress, status, cancel);
        root.setAlignment(Pos.CENTER_LEFT);
        root.visibleProperty().bind(model.runningProperty());
        root.managedProperty().bind(root.visibleProperty());
    }

    public Node root() {
        return root;
    }
}
