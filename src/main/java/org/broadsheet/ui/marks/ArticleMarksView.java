package org.broadsheet.ui.marks;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.broadsheet.article.Marks;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The reader's bar of marks for the open article: a star, its tags with a box to add one (offering the tags
 * in use), a note that is saved when the user leaves it, and its read state. Bound to an
 * {@link ArticleMarksViewModel}.
 */
public final class ArticleMarksView {

    public static final String STAR_ID = "marks-star";
    public static final String TAGS_ID = "marks-tags";
    public static final String ADD_TAG_ID = "marks-add-tag";
    public static final String NOTE_BUTTON_ID = "marks-note-button";
    public static final String NOTE_ID = "marks-note";
    public static final String READ_ID = "marks-read";
    public static final String CHANGED_ID = "marks-changed";
    static final String STARRED_STYLE = "starred";

    private final VBox root = new VBox(4);
    private final ArticleMarksViewModel model;
    private final Button star = new Button();
    private final FlowPane tags = new FlowPane(4, 4);
    private final ComboBox<String> addTag = new ComboBox<>();
    private final ToggleButton noteButton = new ToggleButton("Note", new FontIcon(Feather.EDIT_3));
    private final TextArea note = new TextArea();
    private final Button read = new Button();
    private final Label changed = new Label("Changed since you marked it");

    public ArticleMarksView(ArticleMarksViewModel model, MarksViewModel marks) {
        this.model = model;
        root.getStyleClass().add("marks-bar");
        root.getStylesheets().add(ArticleMarksView.class.getResource("marks.css").toExternalForm());

        star.setId(STAR_ID);
        star.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        star.setGraphic(new FontIcon(Feather.STAR));
        star.setOnAction(event -> model.toggleStar());

        tags.setId(TAGS_ID);
        tags.setAlignment(Pos.CENTER_LEFT);
        tags.setMinWidth(0);
        // A flow pane asks for its wrap length (400 by default) even when empty, squeezing the buttons beside it.
        tags.setPrefWrapLength(0);
        HBox.setHgrow(tags, Priority.ALWAYS);

        addTag.setId(ADD_TAG_ID);
        addTag.setEditable(true);
        addTag.setPromptText("Add tag");
        addTag.getStyleClass().add(Styles.SMALL);
        addTag.setPrefWidth(130);
        // At 800x600 the buttons beside it keep their words; the box still shows what it is for.
        addTag.setMinWidth(96);
        addTag.setAccessibleText("Add a tag to the article");
        addTag.setTooltip(new Tooltip("Type a tag and press Enter; the list offers the tags in use"));
        FilteredList<String> offered = new FilteredList<>(marks.tags());
        model.marksProperty().addListener((observable, old, now) ->
                offered.setPredicate(tag -> !now.hasTag(tag)));
        addTag.setItems(offered);
        addTag.setOnAction(event -> {
            String typed = addTag.getEditor().getText();
            if (typed != null && !typed.isBlank()) {
                model.addTag(typed);
            }
            // Cleared after the event: a ComboBox sets its value once its action handlers have run.
            Platform.runLater(() -> {
                addTag.getEditor().clear();
                addTag.setValue(null);
            });
        });

        noteButton.setId(NOTE_BUTTON_ID);
        noteButton.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        noteButton.setTooltip(new Tooltip("Show the note, or write one"));
        noteButton.selectedProperty().addListener((observable, old, open) -> {
            if (open) {
                note.requestFocus();
            } else {
                saveNote();
            }
        });

        read.setId(READ_ID);
        read.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        read.setOnAction(event -> model.toggleRead());

        changed.setId(CHANGED_ID);
        changed.getStyleClass().add("marks-changed");
        changed.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        changed.setTooltip(new Tooltip("The article's file was edited after you marked it"));
        changed.managedProperty().bind(changed.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox bar = new HBox(6, star, tags, addTag, spacer, changed, noteButton, read);
        for (Region button : List.of(star, noteButton, read)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.setAlignment(Pos.CENTER_LEFT);

        note.setId(NOTE_ID);
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPromptText("A note on this article: saved when you leave the box");
        note.setAccessibleText("Note on the article");
        note.visibleProperty().bind(noteButton.selectedProperty());
        note.managedProperty().bind(note.visibleProperty());
        note.focusedProperty().addListener((observable, was, now) -> {
            if (!now) {
                saveNote();
            }
        });
        KeyCombination done = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
        note.setOnKeyPressed(event -> {
            if (done.match(event) || event.getCode() == KeyCode.ESCAPE) {
                saveNote();
                star.requestFocus();
                event.consume();
            }
        });

        root.getChildren().addAll(bar, note);
        root.visibleProperty().bind(Bindings.isNotNull(model.articleProperty()));
        root.managedProperty().bind(root.visibleProperty());
        // A note being written belongs to the article it was written on: it is saved before another opens.
        model.draftNote(note::getText);
        model.articleProperty().addListener((observable, old, now) -> showNoteOf(model.marksProperty().get()));
        model.marksProperty().addListener((observable, old, now) -> show(now));
        show(model.marksProperty().get());
    }

    private void saveNote() {
        model.saveNote(note.getText());
    }

    private void showNoteOf(Marks marks) {
        note.setText(marks.note() == null ? "" : marks.note());
        noteButton.setSelected(marks.hasNote());
    }

    private void show(Marks marks) {
        star.setText(marks.starred() ? "Starred" : "Star");
        star.setAccessibleText(marks.starred() ? "Starred; press to remove the star" : "Star the article");
        star.setTooltip(new Tooltip(marks.starred() ? "Remove the star (Ctrl+D)" : "Star the article (Ctrl+D)"));
        star.getStyleClass().remove(STARRED_STYLE);
        if (marks.starred()) {
            star.getStyleClass().add(STARRED_STYLE);
        }
        tags.getChildren().setAll(marks.tags().stream().map(this::chip).toList());
        if (!note.isFocused()) {
            showNoteOf(marks);
        }
        noteButton.setText(marks.hasNote() ? "Note" : "Add Note");
        read.setText(marks.read() ? "Mark Unread" : "Mark Read");
        read.setGraphic(new FontIcon(marks.read() ? Feather.EYE_OFF : Feather.EYE));
        read.setAccessibleText(marks.read() ? "Read; press to mark it unread" : "Unread; press to mark it read");
        changed.setVisible(marks.changed());
    }

    /** A tag, with a button that takes it off the article. */
    private Node chip(String tag) {
        Label name = new Label(tag);
        name.setMnemonicParsing(false);
        name.getStyleClass().add("tag-name");
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "tag-remove");
        remove.setAccessibleText("Remove the tag " + tag);
        remove.setTooltip(new Tooltip("Remove the tag"));
        remove.setOnAction(event -> model.removeTag(tag));
        HBox chip = new HBox(0, name, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("tag-chip");
        return chip;
    }

    /** Puts the keyboard in the box that adds a tag. */
    public void focusAddTag() {
        addTag.requestFocus();
    }

    /** Opens the note and puts the keyboard in it. */
    public void focusNote() {
        noteButton.setSelected(true);
        note.requestFocus();
    }

    public Node root() {
        return root;
    }
}
