package org.broadsheet.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Line and space handling shared by the readers of article text. */
final class Lines {

    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private Lines() {
    }

    /** The lines of a text, whichever of LF, CRLF or CR ends them. */
    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        forEach(text, lines::add);
        return lines;
    }

    /**
     * Hands each line of a text to {@code line}, whichever of LF, CRLF or CR ends it, without keeping them: a
     * file of millions of short lines must not become a list of millions of strings. A plain loop, as it runs
     * on every file.
     */
    static void forEach(String text, Consumer<String> line) {
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                line.accept(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        line.accept(text.substring(start));
    }

    /**
     * The text without leading and trailing space, where space includes the no-break and zero-width spaces
     * that scraped pages are full of ({@link String#strip()} keeps U+00A0).
     */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The text with every run of space, of any kind, made one plain space; for comparing, not for display. */
    static String collapseSpaces(String text) {
        return SPACE_RUN.matcher(strip(text)).replaceAll(" ");
    }

    /** Whether two texts have the same words, whatever space stands between them; without making copies. */
    static boolean sameWords(String a, String b) {
        int i = skipSpace(a, 0);
        int j = skipSpace(b, 0);
        while (i < a.length() && j < b.length()) {
            boolean spaceA = isSpace(a.charAt(i));
            boolean spaceB = isSpace(b.charAt(j));
            if (spaceA && spaceB) {
                i = skipSpace(a, i);
                j = skipSpace(b, j);
                if (i == a.length() || j == b.length()) {
                    break;
                }
            } else if (spaceA || spaceB || a.charAt(i) != b.charAt(j)) {
                return false;
            } else {
                i++;
                j++;
            }
        }
        return skipSpace(a, i) == a.length() && skipSpace(b, j) == b.length();
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
