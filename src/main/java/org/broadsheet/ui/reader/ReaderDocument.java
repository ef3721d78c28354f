package org.broadsheet.ui.reader;

import java.util.ArrayList;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.search.ArticleMatches;
import org.broadsheet.search.HighlightedArticle;
import org.broadsheet.search.TextRange;
import org.broadsheet.search.TextRanges;
import org.broadsheet.ui.DisplayFormats;

/**
 * An article laid out for reading: one {@link Line} per line of text, each of a kind the view styles, with
 * the query's matches as ranges and listed in reading order for match-by-match navigation. A paragraph with
 * line breaks becomes several lines, because the view shows exactly one line per entry.
 */
public record ReaderDocument(String articleId, List<Line> lines, List<MatchPosition> matches) {

    public ReaderDocument {
        lines = List.copyOf(lines);
        matches = List.copyOf(matches);
    }

    /** What a line is, which decides how it looks. */
    public enum Kind { TITLE, BYLINE, DATES, SOURCE, STANDFIRST, PARAGRAPH, RELATED_HEADING, RELATED, NOTE }

    /**
     * The most lines and characters the reader lays out: an article of millions of folded lines would make a
     * window of millions of paragraphs. What lies beyond is searchable still, and a note says so.
     */
    static final int MAX_LINES = 20_000;
    static final int MAX_CHARS = 2_000_000;

    public record Line(Kind kind, String text, List<TextRange> highlights) {
        public Line {
            highlights = List.copyOf(highlights);
        }
    }

    /** A match: which line it is on and where in that line. */
    public record MatchPosition(int line, TextRange range) {
    }

    static ReaderDocument of(HighlightedArticle highlighted) {
        Article article = highlighted.article();
        ArticleMatches matches = highlighted.matches();
        Builder builder = new Builder();
        builder.add(Kind.TITLE, article.title(), matches.title());
        if (article.author() != null) {
            builder.add(Kind.BYLINE, "By " + article.author(), List.of());
        }
        String dates = dates(article);
        if (!dates.isEmpty()) {
            builder.add(Kind.DATES, dates, List.of());
        }
        if (article.url() != null) {
            builder.add(Kind.SOURCE, article.url(), List.of());
        }
        if (article.standfirst() != null) {
            builder.add(Kind.STANDFIRST, article.standfirst(), matches.standfirst());
        }
        for (int i = 0; i < article.paragraphs().size(); i++) {
            List<TextRange> inParagraph = i < matches.paragraphs().size() ? matches.paragraphs().get(i) : List.of();
            builder.add(Kind.PARAGRAPH, article.paragraphs().get(i), inParagraph);
        }
        if (!article.related().isEmpty()) {
            builder.add(Kind.RELATED_HEADING, "Related", List.of());
            for (String related : article.related()) {
                builder.add(Kind.RELATED, related, List.of());
            }
        }
        if (builder.charsLeftOut > 0) {
            builder.lines.add(new Line(Kind.NOTE, "The rest of this very long article ("
                    + DisplayFormats.count(builder.charsLeftOut, "character", "characters")
                    + ") is not shown here; all of it is searchable.", List.of()));
        }
        return new ReaderDocument(article.id(), builder.lines, builder.positions);
    }

    private static String dates(Article article) {
        List<String> parts = new ArrayList<>();
        if (article.published() != null) {
            parts.add("Published " + DisplayFormats.longDateTime(article.published()));
        }
        if (article.updated() != null && !article.updated().equals(article.published())) {
            parts.add("Updated " + DisplayFormats.longDateTime(article.updated()));
        }
        return String.join("  \u00B7  ", parts);
    }

    private static final class Builder {
        private final List<Line> lines = new ArrayList<>();
        private final List<MatchPosition> positions = new ArrayList<>();
        private long chars;
        private long charsLeftOut;

        /** Adds a text as one line per line break, with each highlight cut to the line it falls on. */
        void add(Kind kind, String whole, List<TextRange> highlights) {
            long room = MAX_CHARS - chars;
            if (lines.size() >= MAX_LINES || room <= 0) {
                charsLeftOut += whole.length();
                return;
            }
            String text = whole.length() <= room ? whole : whole.substring(0, (int) room);
            charsLeftOut += whole.length() - text.length();
            chars += text.length();
            int lineStart = 0;
            for (String part : text.split("\n", -1)) {
                if (lines.size() >= MAX_LINES) {
                    charsLeftOut += text.length() - lineStart;
                    return;
                }
                int lineEnd = lineStart + part.length();
                List<TextRange> inLine = TextRanges.within(highlights, lineStart, lineEnd);
                for (TextRange range : inLine) {
                    positions.add(new MatchPosition(lines.size(), range));
                }
                lines.add(new Line(kind, part, inLine));
                lineStart = lineEnd + 1;
            }
        }
    }
}
