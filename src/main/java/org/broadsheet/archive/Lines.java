package org.broadsheet.archive;

import java.util.List;
import java.util.regex.Pattern;

/** Line and space handling shared by the readers of article text. */
final class Lines {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");

    private Lines() {
    }

    /** The lines of a text, whichever of LF, CRLF or CR ends them. */
    static List<String> split(String text) {
        return List.of(LINE_BREAK.split(text, -1));
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

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }
}
