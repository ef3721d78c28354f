package org.broadsheet.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.search.ArticleMatches;
import org.broadsheet.search.HighlightedArticle;
import org.broadsheet.search.TextRange;
import org.junit.jupiter.api.Test;

class ReaderDocumentTest {

    @Test
    void splitsAParagraphWithLineBreaksIntoLinesAndCutsTheMatchesWithThem() {
        Article article = new Article("id", "Title", null, null, null, null, List.of("one two\nthree four"), List.of(), null);
        // "two\nthree" spans the line break: offsets 4..13 of the paragraph.
        ArticleMatches matches = new ArticleMatches(List.of(), List.of(), List.of(List.of(new TextRange(4, 13))));
        ReaderDocument document = ReaderDocument.of(new HighlightedArticle(article, matches));
        assertEquals(List.of("Title", "one two", "three four"), document.lines().stream().map(ReaderDocument.Line::text).toList());
        assertEquals(List.of(new ReaderDocument.MatchPosition(1, new TextRange(4, 7)),
                new ReaderDocument.MatchPosition(2, new TextRange(0, 5))), document.matches());
    }

    @Test
    void showsTheUpdatedDateOnlyWhenItDiffersFromThePublishedOne() {
        OffsetDateTime published = OffsetDateTime.parse("2021-03-03T21:14+05:30");
        Article same = new Article("id", "T", null, null, published, published, List.of(), List.of(), null);
        Article later = new Article("id", "T", null, null, published, published.plusHours(2), List.of(), List.of(), null);
        assertEquals("Published 3 March 2021, 21:14 UTC+05:30", dates(same));
        assertEquals("Published 3 March 2021, 21:14 UTC+05:30  \u00B7  Updated 3 March 2021, 23:14 UTC+05:30",
                dates(later));
    }

    private static String dates(Article article) {
        return ReaderDocument.of(new HighlightedArticle(article, ArticleMatches.none(0))).lines().stream()
                .filter(line -> line.kind() == ReaderDocument.Kind.DATES).findFirst().orElseThrow().text();
    }
}
