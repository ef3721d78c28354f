package org.broadsheet.versions;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * The word-level comparison of two texts: what stayed, what was taken out, what was put in, in reading order,
 * so that an edit between two versions of a story is seen at a glance. Words keep the spaces and punctuation
 * after them, so the pieces put together again give each text back exactly.
 */
public final class WordDiff {

    public enum Op { EQUAL, DELETE, INSERT }

    /** A run of text that is the same in both, only in the first, or only in the second. */
    public record Piece(Op op, String text) {
    }

    private WordDiff() {
    }

    public static List<Piece> between(String first, String second) {
        List<String> before = tokens(first);
        List<String> after = tokens(second);
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(pieces, Op.EQUAL, before.subList(at, start));
            add(pieces, Op.DELETE, delta.getSource().getLines());
            add(pieces, Op.INSERT, delta.getTarget().getLines());
            at = start + delta.getSource().size();
        }
        add(pieces, Op.EQUAL, before.subList(at, before.size()));
        return pieces;
    }

    private static void add(List<Piece> pieces, Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
        if (last != null && last.op() == op) {
            pieces.set(pieces.size() - 1, new Piece(op, last.text() + text));
        } else {
            pieces.add(new Piece(op, text));
        }
    }

    /** Each word with the spaces and punctuation that follow it; what comes before the first word is a token too. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        if (i > 0) {
            tokens.add(text.substring(0, i));
            start = i;
        }
        while (i < text.length()) {
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            tokens.add(text.substring(start, i));
            start = i;
        }
        return tokens;
    }
}
