package org.broadsheet.ui.marks;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.broadsheet.article.Marks;
import org.broadsheet.marks.MarkStore;
import org.broadsheet.ui.DisplayFormats;

/**
 * A window listing the marked articles that are no longer in the archive, with what was marked on them; their
 * marks are kept until the user removes them here. Opened on demand; closes with Escape.
 */
public final class MissingArticlesWindow {

    public static final String TABLE_ID = "missing-table";
    public static final String FORGET_ID = "missing-forget";

    private final Stage stage = new Stage();
    private final ObservableList<MarkStore.MissingArticle> missing = FXCollections.observableArrayList();
    private final MarksViewModel model;
    private final Label summary = new Label();

    public MissingArticlesWindow(Window owner, MarksViewModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Marked articles no longer in the archive");
        summary.setWrapText(true);

        TableView<MarkStore.MissingArticle> table = new TableView<>(missing);
        table.setId(TABLE_ID);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("Every marked article is in the archive."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<MarkStore.MissingArticle, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().title()));
        title.setPrefWidth(300);
        TableColumn<MarkStore.MissingArticle, String> id = new TableColumn<>("Was at");
        id.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().id()));
        id.setPrefWidth(220);
        TableColumn<MarkStore.MissingArticle, String> marks = new TableColumn<>("Marks");
        marks.setCellValueFactory(row -> new ReadOnlyStringWrapper(describe(row.getValue().marks())));
        table.getColumns().setAll(List.of(title, id, marks));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button forget = new Button("Remove Their Marks");
        forget.setId(FORGET_ID);
        forget.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        forget.setOnAction(event -> model.forget(table.getSelectionModel().getSelectedItems().stream()
                .map(MarkStore.MissingArticle::id).toList(), this::reload));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, forget, spacer, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(10, summary, table, buttons);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 760, 420);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    private static String describe(Marks marks) {
        StringBuilder text = new StringBuilder(marks.starred() ? "starred" : "");
        for (String tag : marks.tags()) {
            text.append(text.isEmpty() ? "" : ", ").append('#').append(tag);
        }
        if (marks.hasNote()) {
            text.append(text.isEmpty() ? "" : ", ").append("note");
        }
        return text.isEmpty() && marks.read() ? "read" : text.toString();
    }

    public void show() {
        reload();
        stage.show();
        stage.toFront();
    }

    private void reload() {
        model.loadMissing(found -> {
            missing.setAll(found);
            summary.setText(DisplayFormats.count(found.size(), "marked article is", "marked articles are")
                    + " no longer in the archive. Their marks are kept; they come back if the article does.");
        });
    }
}
