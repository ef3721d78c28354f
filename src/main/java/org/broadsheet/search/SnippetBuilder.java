package org.broadsheet.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks the passage of an article that best shows why it matched, and makes it a {@link Snippet} of at most
 * {@link #MAX_LENGTH} characters on one line that starts a few words before the first match (a list row shows
 * the start of it), cut at word boundaries, each cut marked with an ellipsis. The best passage is
 * the sentence with the most different matched words, then the most matches, then the earliest. Not
 * thread-safe: one per search, because it reuses its sentence iterator.
 */
final class SnippetBuilder {

    static final int MAX_LENGTH = 200;
    /** How much text to keep before the first match when a sentence must be cut; a list row shows one line. */
    private static final int LEAD = 30;
    private static final String ELLIPSIS = "\u2026";

    private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);

    /**
     * @param texts   the article's standfirst and paragraphs
     * @param matches for each text, where the query matched it
     */
    Snippet best(List<String> texts, List<List<TextRange>> matches) {
        Passage best = null;
        for (int i = 0; i < texts.size(); i++) {
            List<TextRange> inText = matches.get(i);
            if (inText.isEmpty()) {
                continue;
            }
            String text = texts.get(i);
            sentences.setText(text);
            for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
                 start = end, end = sentences.next()) {
                Passage passage = Passage.of(text, start, end, inText);
                if (passage.count() > 0 && (best == null || passage.beats(best))) {
                    best = passage;
                }
            }
        }
        return best == null ? opening(texts) : best.snippet();
    }

    /** How an article begins, for a result without matches in its text. */
    static Snippet opening(List<String> texts) {
        if (texts.isEmpty()) {
            return Snippet.plain("");
        }
        String text = oneLine(texts.get(0));
        if (text.length() <= MAX_LENGTH) {
            return Snippet.plain(text);
        }
        int cut = wordEndAtOrBefore(text, MAX_LENGTH, 0);
        return Snippet.plain(text.substring(0, cut) + ELLIPSIS);
    }

    /** A sentence and the matches in it. */
    private record Passage(String text, int start, int end, List<TextRange> matches, int distinctWords) {

        static Passage of(String text, int start, int end, List<TextRange> all) {
            List<TextRange> inside = new ArrayList<>();
            Set<String> words = new HashSet<>();
            for (TextRange match : all) {
                if (match.start() >= start && match.end() <= end) {
                    inside.add(match);
                    words.add(text.substring(match.start(), match.end()).toLowerCase(Locale.ROOT));
                }
            }
            return new Passage(text, start, end, inside, words.size());
        }

        int count() {
            return matches.size();
        }

        boolean beats(Passage other) {
            return distinctWords != other.distinctWords ? distinctWords > other.distinctWords
                    : count() > other.count();
        }

        Snippet snippet() {
            int from = start;
            int to = end;
            while (from < to && isSpace(text.charAt(from))) {
                from++;
            }
            while (to > from && isSpace(text.charAt(to - 1))) {
                to--;
            }
            // The row shows the start of the snippet: it must start near the first match, wherever that is.
            boolean cutStart = false;
            boolean cutEnd = false;
            int firstMatch = matches.get(0).start();
            int windowStart = Math.max(from, firstMatch - LEAD);
            if (windowStart > from) {
                windowStart = wordStartAtOrAfter(text, windowStart, firstMatch);
                cutStart = windowStart > from;
            }
            int windowEnd = Math.min(to, windowStart + MAX_LENGTH);
            if (windowEnd < to) {
                windowEnd = wordEndAtOrBefore(text, windowEnd, windowStart);
                cutEnd = true;
            }
            from = cutStart ? windowStart : from;
            to = windowEnd;
            String prefix = cutStart ? ELLIPSIS : "";
            List<TextRange> highlights = new ArrayList<>();
            for (TextRange match : matches) {
                int matchStart = Math.max(match.start(), from);
                int matchEnd = Math.min(match.end(), to);
                if (matchStart < matchEnd) {
                    highlights.add(new TextRange(matchStart - from + prefix.length(), matchEnd - from + prefix.length()));
                }
            }
            return new Snippet(prefix + oneLine(text.substring(from, to)) + (cutEnd ? ELLIPSIS : ""), highlights);
        }
    }

    /** Line breaks inside a paragraph become spaces, one for one, so that offsets still hold. */
    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int wordStartAtOrAfter(String text, int from, int limit) {
        int i = from;
        while (i < limit && !isSpace(text.charAt(i - 1))) {
            i++;
        }
        return i;
    }

    private static int wordEndAtOrBefore(String text, int from, int limit) {
        int i = from;
        while (i > limit && !isSpace(text.charAt(i))) {
            i--;
        }
        while (i > limit && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i > limit ? i : from;
    }
}
