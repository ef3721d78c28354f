package org.broadsheet.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.text.Text;
import org.broadsheet.search.TextRange;

/** Text with some ranges marked, as {@link Text} nodes for a {@code TextFlow} or a row of text. */
public final class TextRuns {

    private TextRuns() {
    }

    /**
     * @param ranges     ordered, non-overlapping ranges of {@code text} to mark
     * @param plainStyle style class of the unmarked runs
     * @param markStyle  style class of the marked runs
     */
    public static List<Text> of(String text, List<TextRange> ranges, String plainStyle, String markStyle) {
        List<Text> runs = new ArrayList<>();
        int at = 0;
        for (TextRange range : ranges) {
            int start = Math.min(Math.max(range.start(), at), text.length());
            int end = Math.min(range.end(), text.length());
            if (start > at) {
                runs.add(run(text.substring(at, start), plainStyle));
            }
            if (end > start) {
                runs.add(run(text.substring(start, end), markStyle));
                at = end;
            }
        }
        if (at < text.length()) {
            runs.add(run(text.substring(at), plainStyle));
        }
        return runs;
    }

    private static Text run(String text, String style) {
        Text run = new Text(text);
        run.getStyleClass().add(style);
        return run;
    }
}
