package org.broadsheet.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The paragraph rules both article readers share: splitting text, making headlines, dropping repeats. */
final class Paragraphs {

    /** A first line longer than this is body text that lacks a headline, not a headline. */
    static final int MAX_TITLE_LENGTH = 300;
    private static final int SHORTENED_TITLE_LENGTH = 120;

    private static final Pattern BLANK_LINE = Pattern.compile("\\R[\\s\\u00A0\\u200B\\uFEFF]*\\R");

    private Paragraphs() {
    }

    /**
     * The paragraphs of a text: separated by blank lines when it has any (line breaks inside a paragraph are
     * kept), else one per line, which is how most datasets store them. Blank paragraphs are dropped.
     */
    static List<String> of(String text) {
        boolean blankLines = BLANK_LINE.matcher(text).find();
        List<String> paragraphs = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String raw : Lines.split(text)) {
            String line = Lines.strip(raw);
            if (!line.isEmpty()) {
                lines.add(line);
            }
            if (line.isEmpty() || !blankLines) {
                flush(lines, paragraphs);
            }
        }
        flush(lines, paragraphs);
        return paragraphs;
    }

    private static void flush(List<String> lines, List<String> paragraphs) {
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
            lines.clear();
        }
    }

    /** The text as one paragraph: its lines, stripped, without blank ones. */
    static String oneParagraph(String text) {
        return String.join("\n", of(text.replaceAll("\\R[\\s\\u00A0]*(?=\\R)", "")));
    }

    /** A headline from a paragraph: its first line, or the start of it when that line is too long to be one. */
    static String headlineFrom(String paragraph) {
        String firstLine = paragraph.lines().findFirst().orElse(paragraph);
        return firstLine.length() > MAX_TITLE_LENGTH ? shortened(firstLine) : firstLine;
    }

    /** The start of an over-long line, cut at a word boundary, ending in an ellipsis. */
    static String shortened(String line) {
        int cut = line.lastIndexOf(' ', SHORTENED_TITLE_LENGTH);
        if (cut < SHORTENED_TITLE_LENGTH / 2) {
            cut = SHORTENED_TITLE_LENGTH;
        }
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return line.substring(0, cut).strip() + "\u2026";
    }

    /** The body without its first paragraph when that only repeats the standfirst (as seed 000 does). */
    static List<String> withoutRepeatedStandfirst(String standfirst, List<String> paragraphs) {
        if (standfirst != null && !paragraphs.isEmpty() && sameWords(standfirst, paragraphs.get(0))) {
            return paragraphs.subList(1, paragraphs.size());
        }
        return paragraphs;
    }

    private static boolean sameWords(String a, String b) {
        return Lines.sameWords(a, b);
    }
}
