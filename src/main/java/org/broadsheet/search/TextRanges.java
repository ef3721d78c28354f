package org.broadsheet.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Operations on lists of {@link TextRange}s. */
public final class TextRanges {

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

    /**
     * The parts of the ranges that fall between {@code start} (inclusive) and {@code end} (exclusive), counted
     * from {@code start}: how ranges over a whole text are cut to one of its lines or values.
     */
    public static List<TextRange> within(List<TextRange> ranges, int start, int end) {
        List<TextRange> inside = new ArrayList<>();
        for (TextRange range : ranges) {
            int from = Math.max(range.start(), start);
            int to = Math.min(range.end(), end);
            if (from < to) {
                inside.add(new TextRange(from - start, to - start));
            }
        }
        return inside;
    }
}
