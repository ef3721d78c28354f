package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.broadsheet.marks.ArticleRef;
import org.broadsheet.marks.MarkChange;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query language's mark conditions and the tag filter and facet, over a real index and real marks. */
class MarkFiltersTest {

    @TempDir
    Path folder;

    private ArchiveSession session;

    @BeforeEach
    void openArchive() throws Exception {
        TestArchive archive = TestArchive.in(folder);
        archive.file("kerala.txt", "Updated March 1st, 2021 at 10:00 IST\n\nFloods in Kerala\n\nRain fell.\n\n"
                + "Reported by: Asha Nair\n\nRivers rose.\n");
        archive.file("assam.txt", "Updated March 2nd, 2021 at 10:00 IST\n\nPolls in Assam\n\nVoting began.\n\n"
                + "Reported by: Asha Nair\n\nTurnout was high.\n");
        archive.file("delhi.txt", "Updated March 3rd, 2021 at 10:00 IST\n\nFloods in Delhi\n\nThe Yamuna rose.\n\n"
                + "Reported by: Ravi Kumar\n\nRoads closed.\n");
        archive.file("goa.txt", "Updated March 4th, 2021 at 10:00 IST\n\nBeaches of Goa\n\nTourists came.\n\n"
                + "Reported by: Ravi Kumar\n\nHotels filled.\n");
        session = ArchiveSession.open(folder);
        session.ingest(IngestListener.NONE);
        mark("kerala", new MarkChange(true, Set.of("Floods", "South"), Set.of(), "The sources disagreed", true));
        mark("delhi", new MarkChange(null, Set.of("floods"), Set.of(), null, null));
        mark("assam", new MarkChange(true, Set.of("Elections 2021"), Set.of(), null, true));
    }

    @AfterEach
    void close() throws Exception {
        session.close();
    }

    private void mark(String id, MarkChange change) throws Exception {
        HighlightedArticle article = session.searcher().read(id, "", false).orElseThrow();
        session.marks().apply(List.of(new ArticleRef(id, article.fingerprint(), article.article().title())), change);
    }

    private List<String> ids(String query) throws Exception {
        return ids(SearchRequest.of(query));
    }

    private List<String> ids(SearchRequest request) throws Exception {
        return TestArchive.ids(session.searcher().search(request).hits()).stream().sorted().toList();
    }

    @Test
    void findsArticlesByTagIgnoringCaseWithSpacesQuotedAndByTheStartOfATag() throws Exception {
        assertEquals(List.of("delhi", "kerala"), ids("tag:floods"));
        assertEquals(List.of("delhi", "kerala"), ids("tag:FLOODS"));
        assertEquals(List.of("assam"), ids("tag:\"elections 2021\""));
        assertEquals(List.of("assam"), ids("tag:elec*"));
        assertEquals(List.of(), ids("tag:flood"), "a tag is matched whole, not stemmed");
    }

    @Test
    void findsStarredReadUnreadNotedAndTaggedArticles() throws Exception {
        assertEquals(List.of("assam", "kerala"), ids("is:starred"));
        assertEquals(List.of("delhi", "goa"), ids("is:unstarred"));
        assertEquals(List.of("assam", "kerala"), ids("is:read"));
        assertEquals(List.of("delhi", "goa"), ids("is:unread"));
        assertEquals(List.of("kerala"), ids("has:note"));
        assertEquals(List.of("assam", "delhi", "kerala"), ids("has:tag"));
        assertEquals(List.of("delhi", "goa"), ids("-is:starred"));
    }

    @Test
    void findsNotesByTheirWordsInAnyForm() throws Exception {
        assertEquals(List.of("kerala"), ids("note:source"), "source finds sources");
        assertEquals(List.of("kerala"), ids("note:\"sources disagree\""));
        assertEquals(List.of(), ids("note:rain"), "a note is searched, not the article");
        assertEquals(List.of("kerala"), ids("rain"), "and the article, not the note");
    }

    @Test
    void combinesMarksWithWordsDatesAuthorsAndOperators() throws Exception {
        assertEquals(List.of("kerala"), ids("floods is:starred"));
        assertEquals(List.of("delhi"), ids("tag:floods -is:read"));
        assertEquals(List.of("assam", "delhi"), ids("tag:elections* OR (tag:floods AND author:kumar)"));
        assertEquals(List.of("delhi"), ids(SearchRequest.of("tag:floods").withDates(LocalDate.of(2021, 3, 2), null)));
        assertEquals(List.of("assam", "kerala"), ids(SearchRequest.of("is:read").withAuthor("Asha Nair")));
    }

    @Test
    void theTagFilterKeepsArticlesWithAnyOfItsTags() throws Exception {
        assertEquals(List.of("assam", "delhi", "kerala"),
                ids(SearchRequest.all().withTags(Set.of("floods", "ELECTIONS 2021"))));
        assertEquals(List.of("kerala"), ids(SearchRequest.of("rain").withTags(Set.of("South"))));
    }

    @Test
    void countsTagsOfTheMatchesAndWithoutTheirOwnFilterWhenAsked() throws Exception {
        SearchResult all = session.searcher().search(SearchRequest.all().withTags(Set.of("south")));
        assertEquals(List.of(new TagCount("Floods", 1), new TagCount("South", 1)), all.tags());
        SearchResult others = session.searcher().search(SearchRequest.all().withTags(Set.of("south"))
                .withFacetScope(SearchRequest.FacetScope.OTHER_FILTERS));
        assertEquals(1, others.total());
        assertEquals(List.of(new TagCount("Floods", 2), new TagCount("Elections 2021", 1), new TagCount("South", 1)),
                others.tags(), "the other tags stay on offer");
        assertEquals(List.of(new AuthorCount("Asha Nair", 1)), others.authors(), "authors respect the tag filter");
    }

    @Test
    void hitsCarryTheirMarksAndSeeAChangeAtOnce() throws Exception {
        SearchHit kerala = session.searcher().search(SearchRequest.of("kerala")).hits().get(0);
        assertTrue(kerala.marks().starred());
        assertEquals("The sources disagreed", kerala.marks().note());
        mark("goa", MarkChange.star(true));
        assertEquals(List.of("assam", "goa", "kerala"), ids("is:starred"), "no index refresh needed");
    }

    @Test
    void theLastTagIsCompletedWhileTypingButIsAndNoteAreNot() throws Exception {
        SearchRequest typing = SearchRequest.of("tag:flo").whileTyping(true);
        assertEquals(List.of("delhi", "kerala"), ids(typing));
        InvalidQueryException unfinished = assertThrows(InvalidQueryException.class,
                () -> session.searcher().search(SearchRequest.of("is:sta").whileTyping(true)));
        assertEquals("is: takes starred, unstarred, read or unread, as in is:starred.", unfinished.getMessage());
    }

    @Test
    void explainsMarkConditionsItCannotRead() {
        assertEquals("has: takes note or tag, as in has:note.", message("has:stars"));
        assertEquals("note: takes whole words, as in note:source.", message("note:sour*"));
        assertEquals("tag: takes a name or a word, not * ? or ~ inside it.", message("tag:fl?ods"));
        assertEquals("tag: needs a word after it, as in tag:kerala.", message("tag:"));
        assertEquals("is: needs a word after it, as in is:starred.", message("is:"));
    }

    private String message(String query) {
        return assertThrows(InvalidQueryException.class,
                () -> session.searcher().search(SearchRequest.of(query))).getMessage();
    }
}
