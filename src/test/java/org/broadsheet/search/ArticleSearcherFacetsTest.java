package org.broadsheet.search;

import static org.broadsheet.testing.TestArchive.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Author counts, the author filter, the timeline and similar articles. */
class ArticleSearcherFacetsTest {

    @TempDir
    static Path folder;

    private static ArchiveSession session;
    private static ArticleSearcher searcher;

    private static String byline(String author, String date, String title, String text) {
        return "Updated " + date + "\n\n" + title + "\n\nStandfirst.\n\nReported by: " + author + "\n\n" + text + "\n";
    }

    @BeforeAll
    static void writeArchive() throws IOException {
        TestArchive.in(folder)
                .file("a1.txt", byline("Jay Pandya", "March 1st, 2021 at 10:00 IST", "Port strike", "Dock workers struck."))
                .file("a2.txt", byline("Jay Pandya", "March 3rd, 2021 at 10:00 IST", "Port talks", "Dock owners talked."))
                .file("b1.txt", byline("Anna Müller", "March 3rd, 2021 at 10:00 IST", "Port deal", "Dock strike ends."))
                .file("c1.txt", byline("jay pandya ", "April 9th, 2021 at 10:00 IST", "Rail strike", "Trains stopped."))
                .article("u1.txt", null, "Undated port piece", "Dock news.");
        session = ArchiveSession.open(folder);
        session.ingest(IngestListener.NONE);
        searcher = session.searcher();
    }

    @AfterAll
    static void close() throws IOException {
        session.close();
    }

    @Test
    void countsTheBylinesOfTheMatchingArticlesMostFrequentFirst() throws Exception {
        SearchResult result = searcher.search(SearchRequest.of("dock"));
        assertEquals(List.of(new AuthorCount("Jay Pandya", 2), new AuthorCount("Anna Müller", 1)), result.authors());
    }

    @Test
    void filtersByAuthorIgnoringCaseAndSurroundingSpace() throws Exception {
        SearchResult result = searcher.search(SearchRequest.of("strike").withAuthor("JAY PANDYA").withSort(SortOrder.OLDEST));
        assertEquals(List.of("a1", "c1"), ids(result.hits()));
        assertEquals(2, result.total());
    }

    @Test
    void countsFacetsWithinEveryFilterByDefault() throws Exception {
        SearchResult result = searcher.search(SearchRequest.all()
                .withDates(LocalDate.of(2021, 3, 3), LocalDate.of(2021, 3, 3)).withAuthor("Jay Pandya"));
        assertEquals(List.of("a2"), ids(result.hits()));
        assertEquals(List.of(new AuthorCount("Jay Pandya", 1)), result.authors());
        assertEquals(List.of(new Timeline.Bucket(LocalDate.of(2021, 3, 3), LocalDate.of(2021, 3, 3), 1)),
                result.timeline().buckets());
    }

    @Test
    void countsEachFacetWithoutItsOwnFilterForTheWindow() throws Exception {
        SearchResult result = searcher.search(SearchRequest.all()
                .withDates(LocalDate.of(2021, 3, 3), LocalDate.of(2021, 3, 3)).withAuthor("Jay Pandya")
                .withFacetScope(SearchRequest.FacetScope.OTHER_FILTERS));
        assertEquals(List.of("a2"), ids(result.hits()));
        // Authors on the 3rd, whoever wrote them; Jay Pandya's articles on any day.
        assertEquals(List.of(new AuthorCount("Anna Müller", 1), new AuthorCount("Jay Pandya", 1)), result.authors());
        assertEquals(3, result.timeline().buckets().stream().mapToInt(Timeline.Bucket::count).sum());
        assertEquals(LocalDate.of(2021, 3, 1), result.timeline().buckets().get(0).start());
    }

    @Test
    void buildsTheTimelineOfTheMatchingDatedArticles() throws Exception {
        Timeline timeline = searcher.search(SearchRequest.of("port OR dock")).timeline();
        assertEquals(Timeline.Unit.DAY, timeline.unit());
        assertEquals(List.of(1, 0, 2), timeline.buckets().stream().map(Timeline.Bucket::count).toList());
        assertEquals(LocalDate.of(2021, 3, 1), timeline.buckets().get(0).start());
    }

    @Test
    void findsTheArticlesMostLikeAnotherButNeverItself(@TempDir Path other) throws Exception {
        TestArchive.in(other)
                .article("floods.txt", "July 1st, 2021 at 10:00 IST", "Monsoon floods hit Kerala farmers",
                        "Heavy monsoon rain flooded paddy fields across Kerala.",
                        "Farmers in Kerala lost crops as monsoon floods spread through the paddy districts.")
                .article("floods-later.txt", "July 5th, 2021 at 10:00 IST", "Kerala floods worsen as monsoon rain continues",
                        "More monsoon rain fell on flooded Kerala paddy fields.",
                        "Paddy farmers asked for relief after the floods ruined crops.")
                .article("budget.txt", "July 2nd, 2021 at 10:00 IST", "Budget deficit widens",
                        "The finance ministry reported a larger deficit.", "Tax receipts fell short of spending.")
                .article("chess.txt", "July 3rd, 2021 at 10:00 IST", "Chess final drawn",
                        "The championship game ended level.", "Both players agreed a draw after forty moves.")
                .article("rain.txt", "July 4th, 2021 at 10:00 IST", "Rain delays cricket",
                        "Rain stopped play in the final session.", "The umpires called the match off.");
        try (ArchiveSession archive = ArchiveSession.open(other)) {
            archive.ingest(IngestListener.NONE);
            List<String> similar = archive.searcher().similarTo("floods", 3).stream().map(SimilarArticle::id).toList();
            assertEquals("floods-later", similar.get(0));
            assertEquals(List.of(), similar.stream().filter("floods"::equals).toList());
            assertEquals(List.of(), archive.searcher().similarTo("no-such-article", 3));
        }
    }
}
