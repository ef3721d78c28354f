package org.broadsheet.search;

import static org.broadsheet.testing.TestArchive.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSearcherTest {

    @TempDir
    Path folder;

    private ArchiveSession session;

    private ArticleSearcher open(TestArchive archive) throws IOException {
        session = ArchiveSession.open(archive.folder());
        session.ingest(IngestListener.NONE);
        return session.searcher();
    }

    @AfterEach
    void close() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    private static SearchResult search(ArticleSearcher searcher, SearchRequest request) throws Exception {
        return searcher.search(request);
    }

    @Test
    void findsSeedArticlesByWordsInTheirText() throws Exception {
        ArticleSearcher searcher = open(TestArchive.in(folder).withSeeds());
        assertEquals(List.of("000_1e1bfa49edc9e94a"), ids(search(searcher, SearchRequest.of("Navalny")).hits()));
        assertEquals(2, search(searcher, SearchRequest.of("hafnium")).total());
    }

    @Test
    void listsEveryArticleNewestFirstWithoutAQuery() throws Exception {
        ArticleSearcher searcher = open(TestArchive.in(folder).withSeeds());
        SearchResult result = search(searcher, SearchRequest.all());
        assertEquals(2, result.total());
        assertEquals(List.of("001_191ff7a9de4b3ca6", "000_1e1bfa49edc9e94a"), ids(result.hits()));
        assertNull(result.hits().get(0).score());
        assertFalse(result.hits().get(0).snippet().text().isBlank());
    }

    @Test
    void requiresEveryWordByDefault() throws Exception {
        ArticleSearcher searcher = open(TestArchive.in(folder)
                .article("a.txt", "March 1st, 2021 at 10:00 IST", "Budget day", "Ministers met.", "The budget passed.")
                .article("b.txt", "March 2nd, 2021 at 10:00 IST", "Rail strike", "Workers walked out.", "No budget talk."));
        assertEquals(List.of("b"), ids(search(searcher, SearchRequest.of("budget workers")).hits()));
        assertEquals(2, search(searcher, SearchRequest.of("budget")).total());
    }

    @Test
    void ignoresCase() throws Exception {
        ArticleSearcher searcher = open(TestArchive.in(folder).withSeeds());
        assertEquals(search(searcher, SearchRequest.of("microsoft")).total(),
                search(searcher, SearchRequest.of("MICROSOFT")).total());
        assertEquals(2, search(searcher, SearchRequest.of("MiCrOsOfT")).total());
    }

    @Test
    void matchesQuotedPhrasesExactly() throws Exception {
        ArticleSearcher searcher = open(TestArchive.in(folder)
                .article("a.txt", null, "One", "The foreign ministry spoke.")
                .article("b.txt", null, "Two", "The ministry of foreign trade spoke."));
        assertEquals(List.of("a"), ids(search(searcher, SearchRequest.of("\"foreign ministry\"")).hits()));
        assertEquals(2, search(searcher, SearchRequest.of("foreign ministry")).total());
    }

    @Test
    void ranksAPhraseByHowMuchOfItAnArticleHoldsAndKeepsExactMatching() throws Exception {
        ArticleSearcher searcher = open(TestArchive.in(folder)
                .article("once.txt", "March 9th, 2021 at 10:00 IST", "Talks", "The foreign ministry spoke.",
                        "Trade was discussed at length by delegates from many countries over two long days.")
                .article("often.txt", "March 1st, 2021 at 10:00 IST", "Talks", "The foreign ministry spoke.",
                        "The foreign ministry said the foreign ministry would answer.")
                .article("apart.txt", "March 5th, 2021 at 10:00 IST", "Talks", "The ministry of foreign trade.",
                        "Ministry staff met foreign guests, and the ministry staff met more foreign guests."));
        SearchRequest phrase = SearchRequest.of("\"foreign ministry\"");
        assertEquals(List.of("often", "once"), ids(search(searcher, phrase).hits()));
        assertEquals(List.of("often"),
                ids(search(searcher, phrase.withDates(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 8))).hits()));
    }

    @Test
    void ranksTitleMatchesAboveBodyOnlyMatches() throws Exception {
        ArticleSearcher searcher = open(TestArchive.in(folder)
                .article("body.txt", "March 5th, 2021 at 10:00 IST", "Markets today", "Shares rose.",
                        "Sanctions, sanctions and more sanctions were discussed. Sanctions everywhere.")
                .article("title.txt", "March 1st, 2021 at 10:00 IST", "New sanctions announced", "A short note."));
        assertEquals(List.of("title", "body"), ids(search(searcher, SearchRequest.of("sanctions")).hits()));
    }

    @Test
    void breaksRelevanceTiesNewestFirst() throws Exception {
        ArticleSearcher searcher = open(TestArchive.in(folder)
                .article("old.txt", "March 1st, 2021 at 10:00 IST", "Harbour news", "Ships came in.")
                .article("new.txt", "March 9th, 2021 at 10:00 IST", "Harbour news", "Ships came in."));
        assertEquals(List.of("new", "old"), ids(search(searcher, SearchRequest.of("harbour")).hits()));
    }

    @Test
    void sortsNewestAndOldestWithUndatedArticlesLast() throws Exception {
        ArticleSearcher searcher = open(TestArchive.in(folder)
                .article("undated.txt", null, "Undated", "Text.")
                .article("march.txt", "March 1st, 2021 at 10:00 IST", "March", "Text.")
                .article("may.txt", "May 1st, 2021 at 10:00 IST", "May", "Text."));
        assertEquals(List.of("may", "march", "undated"),
                ids(search(searcher, SearchRequest.all().withSort(SortOrder.NEWEST)).hits()));
        assertEquals(List.of("march", "may", "undated"),
                ids(search(searcher, SearchRequest.all().withSort(SortOrder.OLDEST)).hits()));
    }

    @Test
    void filtersByPublicationDayInclusive() throws Exception {
        ArticleSearcher searcher = open(TestArchive.in(folder).withSeeds());
        LocalDate third = LocalDate.of(2021, 3, 3);
        LocalDate fourth = LocalDate.of(2021, 3, 4);
        assertEquals(List.of("000_1e1bfa49edc9e94a"),
                ids(search(searcher, SearchRequest.all().withDates(third, third)).hits()));
        assertEquals(List.of("001_191ff7a9de4b3ca6"),
                ids(search(searcher, SearchRequest.all().withDates(fourth, null)).hits()));
        assertEquals(2, search(searcher, SearchRequest.all().withDates(third, fourth)).total());
        assertEquals(0, search(searcher, SearchRequest.all().withDates(null, LocalDate.of(2021, 3, 2))).total());
    }

    @Test
    void comparesDatesAsPrintedInIndiaNotInUtcOrTheMachinesZone() throws Exception {
        // 23:59 IST on the 3rd and 00:01 IST on the 4th are both the 3rd in UTC and in New York.
        ArticleSearcher searcher = open(TestArchive.in(folder)
                .article("before.txt", "March 3rd, 2021 at 23:59 IST", "Before midnight", "Text.")
                .article("after.txt", "March 4th, 2021 at 00:01 IST", "After midnight", "Text."));
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
        try {
            LocalDate third = LocalDate.of(2021, 3, 3);
            LocalDate fourth = LocalDate.of(2021, 3, 4);
            assertEquals(List.of("before"), ids(search(searcher, SearchRequest.all().withDates(third, third)).hits()));
            assertEquals(List.of("after"), ids(search(searcher, SearchRequest.all().withDates(fourth, fourth)).hits()));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void leavesUndatedArticlesOutOfEveryDateFilter() throws Exception {
        ArticleSearcher searcher = open(TestArchive.in(folder)
                .article("undated.txt", null, "Undated", "Text.")
                .article("dated.txt", "March 3rd, 2021 at 10:00 IST", "Dated", "Text."));
        assertEquals(2, search(searcher, SearchRequest.all()).total());
        assertEquals(List.of("dated"), ids(search(searcher,
                SearchRequest.all().withDates(LocalDate.of(1900, 1, 1), null)).hits()));
        assertEquals(List.of("dated"), ids(search(searcher,
                SearchRequest.all().withDates(null, LocalDate.of(2100, 1, 1))).hits()));
    }

    @Test
    void pagesOfAPhraseWithinDatesHoldOnlyItsDatedMatchesInRankOrder() throws Exception {
        TestArchive archive = TestArchive.in(folder).article("undated.txt", null, "Port", "The harbour master spoke.");
        for (int day = 1; day <= 9; day++) {
            archive.article("d" + day + ".txt", "March " + day + "th, 2021 at 10:00 IST", "Day " + day,
                    "The harbour master spoke. ".repeat(day) + "Then the master of the harbour left.");
        }
        ArticleSearcher searcher = open(archive);
        SearchRequest phrase = SearchRequest.of("\"harbour master\"")
                .withDates(LocalDate.of(2021, 3, 3), LocalDate.of(2021, 3, 7));
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 5; offset += 2) {
            SearchResult page = search(searcher, phrase.withPage(offset, 2));
            assertEquals(5, page.total());
            paged.addAll(ids(page.hits()));
        }
        assertEquals(List.of("d7", "d6", "d5", "d4", "d3"), paged);
        assertEquals(paged, ids(search(searcher, phrase.withPage(0, 10)).hits()));
    }

    @Test
    void countsEveryMatchButReturnsOnlyThePageAskedFor() throws Exception {
        TestArchive archive = TestArchive.in(folder);
        for (int i = 1; i <= 9; i++) {
            archive.article("a" + i + ".txt", "March " + i + "th, 2021 at 10:00 IST", "Day " + i, "Common text.");
        }
        ArticleSearcher searcher = open(archive);
        SearchResult page = search(searcher, SearchRequest.of("common").withPage(2, 3));
        assertEquals(9, page.total());
        assertEquals(List.of("a7", "a6", "a5"), ids(page.hits()));
    }

    @Test
    void marksTheMatchedWordsInTheSnippetAndTitle() throws Exception {
        ArticleSearcher searcher = open(TestArchive.in(folder).withSeeds());
        SearchHit hit = search(searcher, SearchRequest.of("Hafnium")).hits().get(0);
        Snippet snippet = hit.snippet();
        assertFalse(snippet.highlights().isEmpty());
        for (TextRange range : snippet.highlights()) {
            assertEquals("hafnium", snippet.text().substring(range.start(), range.end()).toLowerCase());
        }
        SearchHit titleHit = search(searcher, SearchRequest.of("navalny")).hits().get(0);
        TextRange inTitle = titleHit.titleHighlights().get(0);
        assertEquals("Navalny", titleHit.title().substring(inTitle.start(), inTitle.end()));
    }

    @Test
    void readsAnArticleWithEveryMatchMarkedInItsOwnParagraph() throws Exception {
        ArticleSearcher searcher = open(TestArchive.in(folder).withSeeds());
        HighlightedArticle read = searcher.read("001_191ff7a9de4b3ca6", "hafnium", false).orElseThrow();
        assertEquals(1, read.matches().count());
        List<List<TextRange>> paragraphs = read.matches().paragraphs();
        int paragraph = 0;
        while (paragraphs.get(paragraph).isEmpty()) {
            paragraph++;
        }
        TextRange match = paragraphs.get(paragraph).get(0);
        assertEquals("Hafnium", read.article().paragraphs().get(paragraph).substring(match.start(), match.end()));
    }

    @Test
    void findsAWordAtTheVeryEndOfAOneMegabyteArticleAndShowsItInTheSnippet() throws Exception {
        String filler = "Filler sentence about nothing in particular. ".repeat(23_000);
        ArticleSearcher searcher = open(TestArchive.in(folder)
                .article("long.txt", "March 1st, 2021 at 10:00 IST", "A long report", "Standfirst.", filler,
                        "The last word is zanzibarfinale"));
        SearchResult result = search(searcher, SearchRequest.of("zanzibarfinale"));
        assertEquals(List.of("long"), ids(result.hits()));
        Snippet snippet = result.hits().get(0).snippet();
        TextRange match = snippet.highlights().get(0);
        assertEquals("zanzibarfinale", snippet.text().substring(match.start(), match.end()));
    }

    @Test
    void startsASnippetAFewWordsBeforeItsFirstMatchWhereverThatIs() throws Exception {
        String sentence = "This sentence runs on for a good while before it ever gets to the word anybody is looking "
                + "for, which is quokka, and then it stops.";
        ArticleSearcher searcher = open(TestArchive.in(folder)
                .article("late.txt", null, "A late match", "Standfirst.", sentence));
        Snippet snippet = search(searcher, SearchRequest.of("quokka")).hits().get(0).snippet();
        assertTrue(snippet.text().startsWith("\u2026"), snippet.text());
        TextRange match = snippet.highlights().get(0);
        assertEquals("quokka", snippet.text().substring(match.start(), match.end()));
        assertTrue(match.start() <= 40, "the match is in view at the start of the row: " + match.start());
    }

    @Test
    void readsNothingForAnUnknownId() throws Exception {
        ArticleSearcher searcher = open(TestArchive.in(folder).withSeeds());
        assertTrue(searcher.read("no-such-article", "", false).isEmpty());
    }

    @Test
    void explainsAQueryThatCannotBeRead() throws Exception {
        ArticleSearcher searcher = open(TestArchive.in(folder).withSeeds());
        InvalidQueryException error = assertThrows(InvalidQueryException.class,
                () -> searcher.search(SearchRequest.of("\"foreign ministry")));
        assertNotNull(error.getMessage());
        assertFalse(error.getMessage().contains("\n"));
    }
}
