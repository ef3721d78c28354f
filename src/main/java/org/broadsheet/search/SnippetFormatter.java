package org.broadsheet.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Makes the highlighter's best passage into a {@link Snippet} of at most {@link #MAX_LENGTH} characters on one
 * line, cut at word boundaries around the first match, with the matches as ranges rather than markup.
 */
final class SnippetFormatter extends PassageFormatter {

    static final int MAX_LENGTH = 200;
    /** How much text to keep before the first match when a passage must be cut. */
    private static final int LEAD = 60;
    private static final String ELLIPSIS = "…";

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        Passage passage = passages[0];
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        while (start < end && isSpaceOrSeparator(content.charAt(start))) {
            start++;
        }
        while (end > start && isSpaceOrSeparator(content.charAt(end - 1))) {
            end--;
        }
        boolean cutStart = false;
        boolean cutEnd = false;
        if (end - start > MAX_LENGTH) {
            int firstMatch = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
            int windowStart = Math.max(start, firstMatch - LEAD);
            if (windowStart > start) {
                windowStart = wordStartAtOrAfter(content, windowStart, firstMatch);
                cutStart = true;
            }
            int windowEnd = Math.min(end, windowStart + MAX_LENGTH);
            if (windowEnd < end) {
                windowEnd = wordEndAtOrBefore(content, windowEnd, windowStart);
                cutEnd = true;
            }
            start = windowStart;
            end = windowEnd;
        }
        return snippet(passage, content, start, end, cutStart, cutEnd);
    }

    private static Snippet snippet(Passage passage, String content, int start, int end, boolean cutStart,
                                   boolean cutEnd) {
        String prefix = cutStart ? ELLIPSIS : "";
        String text = prefix + oneLine(content.substring(start, end)) + (cutEnd ? ELLIPSIS : "");
        List<TextRange> highlights = new ArrayList<>();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int matchStart = Math.max(passage.getMatchStarts()[i], start);
            int matchEnd = Math.min(passage.getMatchEnds()[i], end);
            if (matchStart < matchEnd) {
                TextRange range = new TextRange(matchStart - start + prefix.length(), matchEnd - start + prefix.length());
                if (highlights.isEmpty() || highlights.get(highlights.size() - 1).end() <= range.start()) {
                    highlights.add(range);
                }
            }
        }
        return new Snippet(text, highlights);
    }

    /** Line breaks inside a paragraph become spaces, one for one, so that offsets still hold. */
    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\u0000', ' ');
    }

    private static boolean isSpaceOrSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0000';
    }

    private static int wordStartAtOrAfter(String content, int from, int limit) {
        int i = from;
        while (i < limit && !isSpaceOrSeparator(content.charAt(i - 1))) {
            i++;
        }
        return i;
    }

    private static int wordEndAtOrBefore(String content, int from, int limit) {
        int i = from;
        while (i > limit && !isSpaceOrSeparator(content.charAt(i))) {
            i--;
        }
        while (i > limit && isSpaceOrSeparator(content.charAt(i - 1))) {
            i--;
        }
        return i > limit ? i : from;
    }
}
