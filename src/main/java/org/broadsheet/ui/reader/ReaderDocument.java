package org.broadsheet.ui.reader;

import java.util.ArrayList;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.search.ArticleMatches;
import org.broadsheet.search.HighlightedArticle;
import org.broadsheet.search.TextRange;
import org.broadsheet.search.TextRanges;
import org.broadsheet.ui.DisplayFormats;
import org.broadsheet.versions.WordDiff;

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
    public enum Kind { TITLE, BYLINE, DATES, SOURCE, STANDFIRST, PARAGRAPH, RELATED_HEADING, RELATED, NOTE, FOLDED }

    /**
     * The most lines and characters the reader lays out: an article of millions of folded lines would make a
     * window of millions of paragraphs. What lies beyond is searchable still, and a note says so.
     */
    static final int MAX_LINES = 20_000;
    static final int MAX_CHARS = 2_000_000;

    /**
     * One line.
     *
     * @param highlights where the query matched it
     * @param inserted   in a comparison, the words put in
     * @param deleted    in a comparison, the words taken out
     */
    public record Line(Kind kind, String text, List<TextRange> highlights, List<TextRange> inserted,
                       List<TextRange> deleted) {
        public Line {
            highlights = List.copyOf(highlights);
            inserted = List.copyOf(inserted);
            deleted = List.copyOf(deleted);
        }

        public Line(Kind kind, String text, List<TextRange> highlights) {
            this(kind, text, highlights, List.of(), List.of());
        }

        boolean isChanged() {
            return !inserted.isEmpty() || !deleted.isEmpty();
        }
    }

    /**
     * The comparison of two versions of a story, a line per paragraph as in the article: the words taken out and
     * put in marked, and each run of unchanged paragraphs folded into one line that says how many there are.
     *
     * @param heading what is compared with what, from the older to the newer
     */
    static ReaderDocument comparison(String articleId, String heading, List<WordDiff.Piece> pieces) {
        StringBuilder whole = new StringBuilder();
        List<TextRange> inserted = new ArrayList<>();
        List<TextRange> deleted = new ArrayList<>();
        for (WordDiff.Piece piece : pieces) {
            int start = whole.length();
            whole.append(piece.text());
            TextRange range = new TextRange(start, whole.length());
            if (piece.op() == WordDiff.Op.INSERT) {
                inserted.add(range);
            } else if (piece.op() == WordDiff.Op.DELETE) {
                deleted.add(range);
            }
        }
        List<Line> paragraphs = new ArrayList<>();
        String text = whole.toString();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            int stop = end < 0 ? text.length() : end;
            // A paragraph put in or taken out whole is marked with the break after it.
            int reach = end < 0 ? stop : stop + 2;
            String paragraph = text.substring(start, stop).replace('\n', ' ');
            paragraphs.add(new Line(paragraphs.isEmpty() ? Kind.TITLE : Kind.PARAGRAPH, paragraph, List.of(),
                    shifted(TextRanges.within(inserted, start, reach), stop - start),
                    shifted(TextRanges.within(deleted, start, reach), stop - start)));
            if (end < 0) {
                break;
            }
            start = end + 2;
        }
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Kind.NOTE, heading, List.of()));
        int unchanged = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Line line = paragraphs.get(i);
            boolean foldable = line.kind() == Kind.PARAGRAPH && !line.isChanged();
            if (foldable && i + 1 < paragraphs.size()) {
                unchanged++;
                continue;
            }
            if (foldable) {
                unchanged++;
            }
            if (unchanged > 0) {
                lines.add(new Line(Kind.FOLDED, "\u22EF " + DisplayFormats.count(unchanged, "paragraph", "paragraphs")
                        + " unchanged", List.of()));
                unchanged = 0;
            }
            if (!foldable) {
                lines.add(line);
            }
        }
        return new ReaderDocument(articleId, lines, List.of());
    }

    /** Ranges cut to a line of {@code length} characters; a range past its end marks the line's last character. */
    private static List<TextRange> shifted(List<TextRange> ranges, int length) {
        List<TextRange> cut = new ArrayList<>();
        for (TextRange range : ranges) {
            int start = Math.min(range.start(), Math.max(0, length - 1));
            int end = Math.min(range.end(), length);
            if (end > start) {
                cut.add(new TextRange(start, end));
            }
        }
        return cut;
    }

    /** A match: which line it is on and where in that line. */
    public record MatchPosition(int line, TextRange range) {
    }

    static ReaderDocument of(HighlightedArticle highlighted) {
        Article article = highlighted.article();
        ArticleMatches matches = highlighted.matches();
        Builder builder = new Builder();
        builder.add(Kind.TITLE, article.title(), matches.title());
        String byline = article.author() == null ? article.source()
                : article.source() == null ? "By " + article.author()
                : "By " + article.author() + "  \u00B7  " + article.source();
        if (byline != null) {
            builder.add(Kind.BYLINE, byline, List.of());
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
