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
        ParagraphCollector paragraphs = new ParagraphCollector();
        into(text, paragraphs);
        return paragraphs.paragraphs();
    }

    /** Adds the paragraphs of a text, as {@link #of} finds them, to an article's paragraphs. */
    static void into(String text, ParagraphCollector paragraphs) {
        boolean blankLines = BLANK_LINE.matcher(text).find();
        List<String> lines = new ArrayList<>();
        Lines.forEach(text, raw -> {
            String line = Lines.strip(raw);
            if (!line.isEmpty()) {
                lines.add(line);
            }
            if (line.isEmpty() || !blankLines) {
                flush(lines, paragraphs);
            }
        });
        flush(lines, paragraphs);
    }

    private static void flush(List<String> lines, ParagraphCollector paragraphs) {
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\n", lines));
            lines.clear();
        }
    }

    /** The text as one paragraph: its lines, stripped, without blank ones. */
    static String oneParagraph(String text) {
        StringBuilder paragraph = new StringBuilder();
        Lines.forEach(text, raw -> {
            String line = Lines.strip(raw);
            if (!line.isEmpty()) {
                paragraph.append(paragraph.isEmpty() ? "" : "\n").append(line);
            }
        });
        return paragraph.toString();
    }

    /** A byline cut to a sane length, like an over-long title: longer than that, it is no byline. */
    static String byline(String author) {
        return author.length() > ArticleLimits.MAX_BYLINE_CHARS ? shortened(author, ArticleLimits.MAX_BYLINE_CHARS / 2)
                : author;
    }

    /** A headline from a paragraph: its first line, or the start of it when that line is too long to be one. */
    static String headlineFrom(String paragraph) {
        String firstLine = paragraph.lines().findFirst().orElse(paragraph);
        return firstLine.length() > MAX_TITLE_LENGTH ? shortened(firstLine) : firstLine;
    }

    /** The start of an over-long line, cut at a word boundary, ending in an ellipsis. */
    static String shortened(String line) {
        return shortened(line, SHORTENED_TITLE_LENGTH);
    }

    private static String shortened(String line, int length) {
        int cut = line.lastIndexOf(' ', length);
        if (cut < length / 2) {
            cut = length;
        }
        if (Character.isHighSurrogate(line.charAt(cut - 1))) {
            cut--;
        }
        return line.substring(0, cut).strip() + "\u2026";
    }

    /**
     * The body without its first paragraph when that only repeats what is shown above it: the standfirst (as
     * seed 000 does), or a page's headline.
     */
    static List<String> withoutFirstRepeating(String shownAbove, List<String> paragraphs) {
        if (shownAbove != null && !paragraphs.isEmpty() && sameWords(shownAbove, paragraphs.get(0))) {
            return paragraphs.subList(1, paragraphs.size());
        }
        return paragraphs;
    }

    private static boolean sameWords(String a, String b) {
        return Lines.sameWords(a, b);
    }
}
