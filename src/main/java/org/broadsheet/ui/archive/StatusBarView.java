package org.broadsheet.ui.archive;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bar at the bottom: reading progress, what the archive holds, and how many files were skipped. */
public final class StatusBarView {

    public static final String STATUS_ID = "status";
    public static final String PROBLEMS_LINK_ID = "problems-link";
    public static final String NOTICE_ID = "notice";

    private final HBox root = new HBox(10);

    /** @param showProblems what clicking the skipped-files count does */
    public StatusBarView(ArchiveViewModel model, Runnable showProblems) {
        root.getStyleClass().add("status-bar");
        root.getStylesheets().add(StatusBarView.class.getResource("archive.css").toExternalForm());
        root.setAlignment(Pos.CENTER_LEFT);

        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Label status = new Label();
        status.setId(STATUS_ID);
        status.textProperty().bind(model.statusProperty());
        status.setMinWidth(0);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label notice = new Label();
        notice.setId(NOTICE_ID);
        notice.getStyleClass().add("notice");
        notice.setGraphic(new FontIcon(Feather.INFO));
        notice.textProperty().bind(model.noticeProperty());
        notice.setMinWidth(0);
        Button dismiss = new Button(null, new FontIcon(Feather.X));
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        dismiss.setTooltip(new Tooltip("Dismiss"));
        dismiss.setOnAction(event -> model.dismissNotice());
        HBox noticeBox = new HBox(4, notice, dismiss);
        noticeBox.setAlignment(Pos.CENTER_LEFT);
        noticeBox.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        noticeBox.managedProperty().bind(noticeBox.visibleProperty());

        Hyperlink problems = new Hyperlink();
        problems.setId(PROBLEMS_LINK_ID);
        problems.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        problems.textProperty().bind(model.problemsTextProperty());
        problems.visibleProperty().bind(model.problemsTextProperty().isNotEmpty());
        problems.setOnAction(event -> showProblems.run());

        root.getChildren().addAll(progress, status, spacer, noticeBox, problems);
    }

    public Node root() {
        return root;
    }

    /** Shows another task's progress (an export's) beside the archive's. */
    public void addTask(Node task) {
        root.getChildren().add(2, task);
    }
}
