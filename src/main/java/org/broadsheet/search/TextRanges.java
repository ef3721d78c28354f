package org.broadsheet.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Operations on lists of {@link TextRange}s. */
final class TextRanges {

    private TextRanges() {
    }

    /** The ranges in order, with overlapping or touching ones made one. */
    static List<TextRange> merged(List<TextRange> ranges) {
        List<TextRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(TextRange::start).thenComparingInt(TextRange::end));
        List<TextRange> merged = new ArrayList<>();
        for (TextRange range : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && range.start() <= merged.get(last).end()) {
                TextRange previous = merged.get(last);
                merged.set(last, new TextRange(previous.start(), Math.max(previous.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return List.copyOf(merged);
    }
}
