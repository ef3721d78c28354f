package org.broadsheet.search;

import static org.broadsheet.testing.TestArchive.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outlets of the matching articles, counted beside their authors, and the source filter. */
class SourceFacetTest {

    @TempDir
    static Path folder;

    private static ArchiveSession session;
    private static ArticleSearcher searcher;

    /** A news-please record, as the crawler writes one. */
    private static String record(String title, String source, String author, String day) {
        return """
                {"title": "%s", "maintext": "Dock workers struck at the port.", "authors": ["%s"],
                 "date_publish": "%s 10:00:00"%s}
                """.formatted(title, author, day, source == null ? "" : ", \"source_domain\": \"" + source + "\"");
    }

    @BeforeAll
    static void writeArchive() throws IOException {
        TestArchive.in(folder)
                .file("hindu-1.json", record("Port strike", "thehindu.com", "Jay Pandya", "2021-03-01"))
                .file("hindu-2.json", record("Port talks", "thehindu.com", "Anna Müller", "2021-03-02"))
                .file("hindu-3.json", record("Port deal", "www.TheHindu.com ", "Jay Pandya", "2021-03-03"))
                .file("wire-1.json", record("Port strike spreads", "reuters.com", "Jay Pandya", "2021-03-04"))
                .file("unknown.json", record("Port rumour", null, "Anna Müller", "2021-03-05"));
        session = ArchiveSession.open(folder);
        session.ingest(IngestListener.NONE);
        searcher = session.searcher();
    }

    @AfterAll
    static void close() throws IOException {
        session.close();
    }

    @Test
    void countsTheOutletsOfTheMatchingArticlesMostFrequentFirst() throws Exception {
        SearchResult result = searcher.search(SearchRequest.of("dock"));
        assertEquals(5, result.total());
        // A domain however a file writes it is one outlet; an article without one is in no count.
        assertEquals(List.of(new SourceCount("thehindu.com", 3), new SourceCount("reuters.com", 1)), result.sources());
    }

    @Test
    void filtersByOutletIgnoringCaseAndSurroundingSpace() throws Exception {
        SearchResult result = searcher.search(SearchRequest.of("port").withSources(Set.of(" THEHINDU.com "))
                .withSort(SortOrder.OLDEST));
        assertEquals(List.of("hindu-1#1", "hindu-2#1", "hindu-3#1"), ids(result.hits()));
        assertEquals(3, result.total());
        assertEquals(List.of(new AuthorCount("Jay Pandya", 2), new AuthorCount("Anna Müller", 1)), result.authors());
    }

    @Test
    void keepsArticlesFromAnyOfTheChosenOutlets() throws Exception {
        SearchResult result = searcher.search(SearchRequest.all().withSources(Set.of("thehindu.com", "reuters.com"))
                .withSort(SortOrder.OLDEST));
        assertEquals(List.of("hindu-1#1", "hindu-2#1", "hindu-3#1", "wire-1#1"), ids(result.hits()));
    }

    @Test
    void countsOutletsWithoutTheSourceFilterAndAuthorsWithinIt() throws Exception {
        SearchResult result = searcher.search(SearchRequest.all().withSources(Set.of("reuters.com"))
                .withAuthor("Jay Pandya").withFacetScope(SearchRequest.FacetScope.OTHER_FILTERS));
        assertEquals(List.of("wire-1#1"), ids(result.hits()));
        // Jay Pandya's outlets, whichever is chosen; the authors of the chosen outlet, whoever is chosen.
        assertEquals(List.of(new SourceCount("thehindu.com", 2), new SourceCount("reuters.com", 1)), result.sources());
        assertEquals(List.of(new AuthorCount("Jay Pandya", 1)), result.authors());
        assertEquals(1, result.timeline().buckets().stream().mapToInt(Timeline.Bucket::count).sum(),
                "the timeline keeps both filters");
    }
}
