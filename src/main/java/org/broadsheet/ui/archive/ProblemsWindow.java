package org.broadsheet.ui.archive;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.broadsheet.article.Problem;
import org.broadsheet.ui.DisplayFormats;

/**
 * A window listing the files that could not be read, each with the reason. The paths are as wide as they
 * need to be and can be copied; the window closes with Escape or its button. Opened on demand.
 */
public final class ProblemsWindow {

    public static final String TABLE_ID = "problems-table";
    public static final String CLOSE_ID = "problems-close";
    /** The file column never starts narrower than this, nor wider than the window allows at first. */
    private static final double MIN_FILE_WIDTH = 220;
    private static final double MAX_FILE_WIDTH = 560;

    private final Stage stage = new Stage();
    private final TableView<Problem> table;
    private final TableColumn<Problem, String> file = new TableColumn<>("File");

    /** @param copy what puts text on the clipboard */
    public ProblemsWindow(Window owner, ArchiveViewModel model, Consumer<String> copy) {
        stage.initOwner(owner);
        stage.setTitle("Skipped files");

        Label summary = new Label();
        summary.setWrapText(true);
        Runnable update = () -> {
            summary.setText(DisplayFormats.count(model.problems().size(), "file", "files")
                    + " could not be read as articles, or only in part. Nothing in the archive was changed.");
            fitFileColumn(model.problems());
        };

        table = new TableView<>(model.problems());
        table.setId(TABLE_ID);
        table.setAccessibleText("Files that could not be read, with the reasons");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        file.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().file()));
        TableColumn<Problem, String> reason = new TableColumn<>("Reason");
        reason.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().reason()));
        table.getColumns().add(file);
        table.getColumns().add(reason);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        MenuItem copyPaths = new MenuItem("Copy Paths");
        copyPaths.setOnAction(event -> copy.accept(selected(Problem::file)));
        MenuItem copyRows = new MenuItem("Copy Paths and Reasons");
        copyRows.setOnAction(event -> copy.accept(selected(problem -> problem.file() + "\t" + problem.reason())));
        table.setContextMenu(new ContextMenu(copyPaths, copyRows));
        KeyCombination copyKeys = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        table.setOnKeyPressed(event -> {
            if (copyKeys.match(event)) {
                copy.accept(selected(Problem::file));
                event.consume();
            }
        });
        model.problems().addListener((ListChangeListener<Problem>) change -> update.run());
        update.run();

        Button close = new Button("Close");
        close.setId(CLOSE_ID);
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, summary, table, buttons);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 820, 460);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    private String selected(Function<Problem, String> line) {
        List<Problem> rows = table.getSelectionModel().getSelectedItems();
        List<Problem> chosen = rows.isEmpty() ? table.getItems() : rows;
        return String.join("\n", chosen.stream().map(line).toList());
    }

    /** As wide as the longest path, within bounds: a column squeezed to a few pixels shows no path at all. */
    private void fitFileColumn(List<Problem> problems) {
        Text measure = new Text();
        double widest = 0;
        for (Problem problem : problems.subList(0, Math.min(problems.size(), 2_000))) {
            measure.setText(problem.file());
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        file.setPrefWidth(Math.max(MIN_FILE_WIDTH, Math.min(MAX_FILE_WIDTH, widest + 24)));
    }

    public void show() {
        stage.show();
        stage.toFront();
        table.requestFocus();
    }
}
