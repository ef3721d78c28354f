package org.broadsheet.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Runs of text on one line, some marked, cut with an ellipsis where the line runs out of room: a list row
 * that ends mid-word at the pane's edge hides what is cut, an ellipsis says so. The runs keep their style
 * classes, so matches stay marked up to the cut.
 */
public final class EllipsisRow extends Region {

    private static final String ELLIPSIS = "\u2026";

    private final List<Text> runs = new ArrayList<>();
    private final List<String> whole = new ArrayList<>();
    private final Text measure = new Text();

    public EllipsisRow() {
        setMinWidth(0);
        setPrefWidth(0);
    }

    /** Shows these runs; their text as given is the whole line. */
    public void show(List<Text> newRuns) {
        runs.clear();
        whole.clear();
        runs.addAll(newRuns);
        newRuns.forEach(run -> {
            whole.add(run.getText());
            run.setTextOrigin(VPos.TOP);
        });
        getChildren().setAll(newRuns);
    }

    /** The line as given, uncut. */
    public String text() {
        return String.join("", whole);
    }

    @Override
    protected double computePrefHeight(double width) {
        double height = 0;
        for (Text run : runs) {
            height = Math.max(height, run.getLayoutBounds().getHeight());
        }
        return snappedTopInset() + height + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        double x = snappedLeftInset();
        boolean cut = false;
        for (int i = 0; i < runs.size(); i++) {
            Text run = runs.get(i);
            String text = whole.get(i);
            if (cut) {
                setText(run, "");
                continue;
            }
            double width = widthOf(run, text);
            if (x + width <= snappedLeftInset() + room || room <= 0) {
                setText(run, text);
            } else {
                setText(run, fitting(run, text, snappedLeftInset() + room - x));
                cut = true;
            }
            run.relocate(x, snappedTopInset());
            x += widthOf(run, run.getText());
        }
    }

    private static void setText(Text run, String text) {
        if (!text.equals(run.getText())) {
            run.setText(text);
        }
    }

    /** The longest start of {@code text} that, with an ellipsis, fits in {@code room}. */
    private String fitting(Text run, String text, double room) {
        int low = 0;
        int high = text.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (widthOf(run, text.substring(0, middle) + ELLIPSIS) <= room) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        if (low > 0 && Character.isHighSurrogate(text.charAt(low - 1))) {
            low--;
        }
        return text.substring(0, low).stripTrailing() + ELLIPSIS;
    }

    private double widthOf(Text run, String text) {
        measure.setFont(run.getFont());
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
