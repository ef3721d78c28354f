package org.broadsheet.ui.search;

import java.time.LocalDate;
import java.util.List;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.broadsheet.search.Timeline;
import org.broadsheet.ui.DisplayFormats;

/**
 * A histogram of the listed articles over time. Dragging across it (or clicking a bar) picks that period as
 * the date range; double-clicking shows all dates again. From the keyboard, Left and Right move to a bar,
 * Shift with them stretches a range, Enter or Space picks it, Escape or Delete shows all dates. Bars inside
 * the chosen range are marked, so the range is seen in the context of the dates around it. Bound to a
 * {@link SearchViewModel}.
 */
public final class TimelineView {

    public static final String ID = "timeline";
    public static final String BARS_ID = "timeline-bars";
    static final String BAR_STYLE = "timeline-bar";
    private static final PseudoClass IN_RANGE = PseudoClass.getPseudoClass("in-range");
    private static final PseudoClass DRAGGED = PseudoClass.getPseudoClass("dragged");
    private static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");

    private final VBox root = new VBox(2);
    private final Bars bars = new Bars();
    private final Label first = new Label();
    private final Label last = new Label();
    /**
     * One tooltip for all the bars, telling of the bar under the pointer. A tooltip is a popup control, dear to
     * make: one for each bar, made anew at every search, took the UI thread about 35 ms a keystroke.
     */
    private final Tooltip pointedBar = new Tooltip();
    /** Where the pointer was last seen over the bars, on the screen; NaN before. */
    private double pointerX = Double.NaN;
    private double pointerY = Double.NaN;
    private final SearchViewModel model;
    private int dragStart = -1;
    private int dragEnd = -1;
    /** The bar the keyboard is on, and where a range stretched with Shift began; -1 for none. */
    private int cursor = -1;
    private int anchor = -1;

    public TimelineView(SearchViewModel model) {
        this.model = model;
        root.setId(ID);
        root.getStyleClass().add("timeline");
        bars.setId(BARS_ID);
        bars.getStyleClass().add("timeline-bars");
        VBox.setVgrow(bars, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("drag to pick dates");
        hint.getStyleClass().add("timeline-hint");
        HBox labels = new HBox(first, spacer, hint, new Region(), last);
        HBox.setHgrow(labels.getChildren().get(3), Priority.ALWAYS);
        labels.setAlignment(Pos.CENTER_LEFT);
        labels.getStyleClass().add("timeline-labels");
        root.getChildren().addAll(bars, labels);
        root.visibleProperty().bind(model.timelineProperty().map(timeline -> !timeline.buckets().isEmpty()));
        root.managedProperty().bind(root.visibleProperty());

        model.timelineProperty().addListener((observable, old, now) -> rebuild());
        model.fromProperty().addListener((observable, old, now) -> markRange());
        model.toProperty().addListener((observable, old, now) -> markRange());
        bars.setOnMousePressed(this::pressed);
        bars.setOnMouseDragged(this::dragged);
        bars.setOnMouseReleased(this::released);
        bars.setOnMouseMoved(this::pointed);
        Tooltip.install(bars, pointedBar);
        root.setFocusTraversable(true);
        root.setAccessibleRole(AccessibleRole.SLIDER);
        root.setAccessibleHelp("Left and Right move to a period, Shift stretches a range, Enter picks it, "
                + "Escape shows all dates");
        root.setOnKeyPressed(this::key);
        root.focusedProperty().addListener((observable, old, focused) -> {
            if (focused && cursor < 0 && !buckets().isEmpty()) {
                moveCursor(buckets().size() - 1, false);
            }
            markRange();
        });
        rebuild();
    }

    public Node root() {
        return root;
    }

    private List<Timeline.Bucket> buckets() {
        return model.timelineProperty().get().buckets();
    }

    private void key(KeyEvent event) {
        int count = buckets().size();
        if (count == 0) {
            return;
        }
        switch (event.getCode()) {
            case LEFT, KP_LEFT -> moveCursor(Math.max(0, cursor - 1), event.isShiftDown());
            case RIGHT, KP_RIGHT -> moveCursor(Math.min(count - 1, cursor + 1), event.isShiftDown());
            case HOME -> moveCursor(0, event.isShiftDown());
            case END -> moveCursor(count - 1, event.isShiftDown());
            case ENTER, SPACE -> {
                int start = anchor >= 0 ? anchor : cursor;
                model.selectPeriod(buckets().get(start), buckets().get(cursor));
                anchor = -1;
            }
            case ESCAPE, DELETE, BACK_SPACE -> {
                anchor = -1;
                model.clearDates();
            }
            default -> {
                return;
            }
        }
        event.consume();
        markRange();
    }

    private void moveCursor(int to, boolean stretch) {
        if (stretch && anchor < 0) {
            anchor = Math.max(0, cursor);
        } else if (!stretch) {
            anchor = -1;
        }
        cursor = Math.max(0, Math.min(buckets().size() - 1, to));
        root.setAccessibleText("Timeline, " + described(cursor));
    }

    /** A bar's period and count, as {@code "Mar 2021: 12 articles"}. */
    private String described(int bar) {
        Timeline timeline = model.timelineProperty().get();
        Timeline.Bucket bucket = timeline.buckets().get(bar);
        return DisplayFormats.period(timeline.unit(), bucket.start()) + ": "
                + DisplayFormats.count(bucket.count(), "article", "articles");
    }

    private void rebuild() {
        Timeline timeline = model.timelineProperty().get();
        List<Timeline.Bucket> buckets = timeline.buckets();
        int most = buckets.stream().mapToInt(Timeline.Bucket::count).max().orElse(1);
        bars.getChildren().clear();
        for (Timeline.Bucket bucket : buckets) {
            Region bar = new Region();
            bar.getStyleClass().add(BAR_STYLE);
            bar.setUserData(bucket.count() / (double) Math.max(1, most));
            bars.getChildren().add(bar);
        }
        if (!buckets.isEmpty()) {
            first.setText(DisplayFormats.period(timeline.unit(), buckets.get(0).start()));
            last.setText(DisplayFormats.period(timeline.unit(), buckets.get(buckets.size() - 1).start()));
            root.setAccessibleText("Timeline of the listed articles, from " + first.getText() + " to "
                    + last.getText());
        }
        if (cursor >= buckets.size()) {
            cursor = buckets.size() - 1;
            anchor = -1;
        }
        markRange();
    }

    /** Marks the bars inside the chosen dates, or inside the range being dragged. */
    private void markRange() {
        List<Timeline.Bucket> buckets = buckets();
        LocalDate from = model.fromProperty().get();
        LocalDate to = model.toProperty().get();
        boolean anyRange = from != null || to != null;
        for (int i = 0; i < buckets.size() && i < bars.getChildren().size(); i++) {
            Timeline.Bucket bucket = buckets.get(i);
            Node bar = bars.getChildren().get(i);
            boolean keyed = anchor >= 0 && root.isFocused();
            boolean dragging = dragStart >= 0 || keyed;
            int start = keyed ? anchor : dragStart;
            int end = keyed ? cursor : dragEnd;
            boolean inDrag = dragging && i >= Math.min(start, end) && i <= Math.max(start, end);
            bar.pseudoClassStateChanged(CURSOR, root.isFocused() && i == cursor);
            boolean inRange = !anyRange || ((from == null || !bucket.end().isBefore(from))
                    && (to == null || !bucket.start().isAfter(to)));
            bar.pseudoClassStateChanged(DRAGGED, inDrag);
            bar.pseudoClassStateChanged(IN_RANGE, dragging ? inDrag : inRange);
        }
    }

    private int bucketAt(double x) {
        int count = buckets().size();
        if (count == 0 || bars.getWidth() <= 0) {
            return -1;
        }
        return Math.max(0, Math.min(count - 1, (int) (x / (bars.getWidth() / count))));
    }

    private void pointed(MouseEvent event) {
        int bar = bucketAt(event.getX());
        if (bar >= 0) {
            pointedBar.setText(described(bar));
        }
        // A tooltip stays where it was shown; this one follows the pointer along the bars, as each bar's own did.
        if (pointedBar.isShowing() && !Double.isNaN(pointerX)) {
            pointedBar.setAnchorX(pointedBar.getAnchorX() + event.getScreenX() - pointerX);
            pointedBar.setAnchorY(pointedBar.getAnchorY() + event.getScreenY() - pointerY);
        }
        pointerX = event.getScreenX();
        pointerY = event.getScreenY();
    }

    private void pressed(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (event.getClickCount() == 2) {
            dragStart = -1;
            model.clearDates();
            return;
        }
        dragStart = bucketAt(event.getX());
        dragEnd = dragStart;
        markRange();
    }

    private void dragged(MouseEvent event) {
        if (dragStart >= 0) {
            dragEnd = bucketAt(event.getX());
            markRange();
        }
    }

    private void released(MouseEvent event) {
        if (dragStart < 0) {
            return;
        }
        int start = dragStart;
        int end = bucketAt(event.getX());
        dragStart = -1;
        if (start >= 0 && end >= 0) {
            model.selectPeriod(buckets().get(start), buckets().get(end));
        }
        markRange();
    }

    /** Lays the bars out side by side across the width, each as tall as its share of the largest. */
    private static final class Bars extends Pane {
        private static final double GAP = 1;

        @Override
        protected void layoutChildren() {
            int count = getChildren().size();
            if (count == 0) {
                return;
            }
            double width = getWidth() - snappedLeftInset() - snappedRightInset();
            double height = getHeight() - snappedTopInset() - snappedBottomInset();
            double slot = width / count;
            for (int i = 0; i < count; i++) {
                Node bar = getChildren().get(i);
                double share = (double) bar.getUserData();
                double barHeight = share == 0 ? 0 : Math.max(2, share * height);
                double x = snappedLeftInset() + i * slot;
                ((Region) bar).resizeRelocate(snapPositionX(x), snapPositionY(snappedTopInset() + height - barHeight),
                        snapSizeX(Math.max(1, slot - (slot > 3 ? GAP : 0))), snapSizeY(barHeight));
            }
        }
    }
}
