package org.broadsheet.ui.reader;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.broadsheet.search.SimilarArticle;
import org.broadsheet.search.TextRange;
import org.broadsheet.ui.DisplayFormats;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The reader pane: the article as selectable, copyable text with the query's matches marked, and a bar to
 * step through the matches. Bound to a {@link ReaderViewModel}; it only turns the laid-out document into
 * styled text.
 */
public final class ReaderView {

    public static final String TEXT_ID = "reader-text";
    public static final String MATCH_LABEL_ID = "reader-match-label";
    public static final String MESSAGE_ID = "reader-message";
    public static final String SIMILAR_ID = "reader-similar";
    static final String MATCH_STYLE = "match";
    static final String CURRENT_MATCH_STYLE = "match-current";

    private final StackPane root = new StackPane();
    private final StyleClassedTextArea text = new StyleClassedTextArea();
    private final ReaderViewModel model;

    public ReaderView(ReaderViewModel model) {
        this.model = model;
        root.getStyleClass().add("reader");
        root.getStylesheets().add(ReaderView.class.getResource("reader.css").toExternalForm());

        text.setId(TEXT_ID);
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("reader-text");
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(text);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label matchLabel = new Label();
        matchLabel.setId(MATCH_LABEL_ID);
        matchLabel.getStyleClass().add("reader-match-label");
        matchLabel.textProperty().bind(model.matchLabelProperty());
        Button previous = navigationButton(Feather.CHEVRON_UP, "Previous match (Shift+F3)", "previous-match");
        previous.setOnAction(event -> model.previousMatch());
        Button next = navigationButton(Feather.CHEVRON_DOWN, "Next match (F3)", "next-match");
        next.setOnAction(event -> model.nextMatch());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(4, spacer, matchLabel, previous, next);
        bar.getStyleClass().add("reader-bar");
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.visibleProperty().bind(model.matchLabelProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());

        VBox similar = new VBox(2);
        similar.setId(SIMILAR_ID);
        similar.getStyleClass().add("reader-similar");
        // The text above grows and shrinks; the list of similar articles keeps its height.
        similar.setMinHeight(Region.USE_PREF_SIZE);
        model.similar().addListener((ListChangeListener<SimilarArticle>) change -> showSimilar(similar));
        similar.visibleProperty().bind(Bindings.isNotEmpty(model.similar()));
        similar.managedProperty().bind(similar.visibleProperty());

        VBox article = new VBox(bar, scroll, similar);
        article.visibleProperty().bind(model.documentProperty().isNotNull());

        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.getStyleClass().add("reader-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.documentProperty().isNull());

        root.getChildren().addAll(article, message);
        model.documentProperty().addListener((observable, old, now) -> render(now));
        model.currentMatchProperty().addListener((observable, old, now) -> markCurrent(old.intValue(), now.intValue()));
    }

    public Node root() {
        return root;
    }

    private void showSimilar(VBox similar) {
        Label heading = new Label("Similar articles");
        heading.getStyleClass().add("reader-similar-heading");
        similar.getChildren().setAll(heading);
        for (SimilarArticle article : model.similar()) {
            String date = article.published() == null ? "undated" : DisplayFormats.shortDate(article.published().toLocalDate());
            Hyperlink link = new Hyperlink(article.title() + "  \u00B7  " + date);
            link.setOnAction(event -> model.openSimilar(article));
            link.setMaxWidth(Double.MAX_VALUE);
            similar.getChildren().add(link);
        }
    }

    private static Button navigationButton(Feather icon, String tooltip, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        return button;
    }

    private void render(ReaderDocument document) {
        if (document == null) {
            text.clear();
            return;
        }
        List<ReaderDocument.Line> lines = document.lines();
        text.replaceText(lines.stream().map(ReaderDocument.Line::text).collect(Collectors.joining("\n")));
        for (int i = 0; i < lines.size(); i++) {
            ReaderDocument.Line line = lines.get(i);
            text.setParagraphStyle(i, List.of(styleOf(line.kind())));
            for (TextRange range : line.highlights()) {
                text.setStyle(i, range.start(), range.end(), List.of(MATCH_STYLE));
            }
        }
        text.moveTo(0);
        text.requestFollowCaret();
    }

    /** {@code TITLE} is styled by {@code .reader-title} in reader.css. */
    static String styleOf(ReaderDocument.Kind kind) {
        return "reader-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void markCurrent(int previous, int current) {
        ReaderDocument document = model.documentProperty().get();
        if (document == null) {
            return;
        }
        List<ReaderDocument.MatchPosition> matches = document.matches();
        if (previous >= 0 && previous < matches.size()) {
            ReaderDocument.MatchPosition old = matches.get(previous);
            text.setStyle(old.line(), old.range().start(), old.range().end(), List.of(MATCH_STYLE));
        }
        if (current >= 0 && current < matches.size()) {
            ReaderDocument.MatchPosition match = matches.get(current);
            text.setStyle(match.line(), match.range().start(), match.range().end(),
                    List.of(MATCH_STYLE, CURRENT_MATCH_STYLE));
            text.moveTo(match.line(), match.range().start());
            text.requestFollowCaret();
        }
    }
}
