package org.broadsheet.shared;

import static org.broadsheet.testing.TestArchive.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.broadsheet.article.FieldMap;
import org.broadsheet.bench.SyntheticArchive;
import org.broadsheet.search.HighlightedArticle;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SearchResult;
import org.broadsheet.search.SortOrder;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.testing.QueryLanguageCases;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A shared archive on a real SolrCloud cluster (two nodes, collections of two shards with two replicas each):
 * published from a folder, it finds what the embedded index finds, with the same totals, facets and marked
 * words.
 */
class SharedArchiveTest {

    private static final Publisher.Layout TWO_BY_TWO = new Publisher.Layout(2, 2);

    @TempDir
    static Path temp;

    private static SolrCloudFixture solr;
    private static Path languageFolder;
    private static Path generatedFolder;
    private static ArchiveSession language;
    private static ArchiveSession generated;
    private static SolrArchiveSearch languageShared;
    private static SolrArchiveSearch generatedShared;
    private static Publisher.Summary generatedSummary;

    @BeforeAll
    static void publish() throws Exception {
        solr = SolrCloudFixture.start(temp.resolve("cluster"));
        languageFolder = Files.createDirectories(temp.resolve("language"));
        QueryLanguageCases.writeArchive(languageFolder);
        generatedFolder = Files.createDirectories(temp.resolve("generated"));
        new SyntheticArchive(3).write(generatedFolder, 400);
        TestArchive.in(generatedFolder).withSeeds().file("broken.json", "[{\"title\": ")
                .file("bylines.jsonl", """
                        {"title": "Court rules on floods", "text": "The minister spoke.", "author": "Jay Pandya", \
                        "date": "2020-04-02T10:00:00Z", "source_domain": "www.reuters.com"}
                        {"title": "Rain again", "text": "The minister of rain.", "author": "jay pandya", \
                        "date": "2020-05-02T10:00:00Z", "source_domain": "reuters.com"}
                        {"title": "Floods recede", "text": "Government minister visits.", "author": "Asha Rao", \
                        "date": "2020-06-02T10:00:00Z", "source": {"name": "The Daily Star"}}
                        """);

        publisher("language").publish(languageFolder, Publisher.Progress.NONE);
        generatedSummary = publisher("generated").publish(generatedFolder, Publisher.Progress.NONE);
        languageShared = SolrArchiveSearch.open(solr.archive("language"));
        generatedShared = SolrArchiveSearch.open(solr.archive("generated"));

        language = ArchiveSession.open(languageFolder);
        language.ingest(IngestListener.NONE);
        generated = ArchiveSession.open(generatedFolder);
        generated.ingest(IngestListener.NONE);
    }

    private static Publisher publisher(String collection) {
        return new Publisher(solr.archive(collection), FieldMap.NONE, false, TWO_BY_TWO);
    }

    @AfterAll
    static void close() throws Exception {
        for (AutoCloseable open : new AutoCloseable[] {languageShared, generatedShared, language, generated, solr}) {
            if (open != null) {
                open.close();
            }
        }
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @MethodSource("org.broadsheet.testing.QueryLanguageCases#cases")
    void findsWhatTheEmbeddedIndexFinds(String query, List<String> expected) throws Exception {
        SearchRequest request = SearchRequest.of(query).withSort(SortOrder.OLDEST);
        SearchResult shared = languageShared.search(request);
        SearchResult embedded = language.searcher().search(request);
        assertEquals(expected, ids(shared.hits()));
        assertEquals(ids(embedded.hits()), ids(shared.hits()));
        assertEquals(embedded.total(), shared.total());
    }

    @Test
    void matchesTheUnfinishedLastWordAsAPrefixWhileTyping() throws Exception {
        SearchRequest typing = SearchRequest.of("bloc navaln").whileTyping(true);
        assertEquals(List.of("sanctions"), ids(languageShared.search(typing).hits()));
        assertEquals(List.of(), ids(languageShared.search(SearchRequest.of("bloc navaln")).hits()));
    }

    @Test
    void publishedEveryFileWithItsProblems() throws Exception {
        assertTrue(generatedSummary.created());
        assertEquals(404, generatedSummary.files());
        assertEquals(404, generatedSummary.read());
        assertEquals(405, generatedSummary.articles());
        assertEquals(1, generatedSummary.problems());
        assertEquals(List.of("broken.json"), generatedShared.problems().stream().map(p -> p.file()).toList());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "minister", "\"of the\"", "rain OR floods", "title:court -election", "source:reuters",
            "gov*", "-the"})
    void countsTheSameTotalsFacetsAndTimeline(String query) throws Exception {
        for (SearchRequest request : List.of(SearchRequest.of(query).withPage(0, 5_000),
                SearchRequest.of(query).withPage(0, 5_000).withDates(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 9, 30))
                        .withFacetScope(SearchRequest.FacetScope.OTHER_FILTERS))) {
            SearchResult embedded = generated.searcher().search(request);
            SearchResult shared = generatedShared.search(request);
            assertEquals(embedded.total(), shared.total());
            assertEquals(Set.copyOf(ids(embedded.hits())), Set.copyOf(ids(shared.hits())));
            assertEquals(embedded.authors(), shared.authors());
            assertEquals(embedded.sources(), shared.sources());
            assertEquals(embedded.timeline(), shared.timeline());
        }
    }

    @Test
    void filtersByWholeAuthorAndSourceAsTheEmbeddedIndexDoes() throws Exception {
        // Two bylines that differ in case are one author to the filter; two ways of writing a domain one outlet.
        SearchRequest request = SearchRequest.all().withPage(0, 5_000).withAuthors(Set.of("JAY PANDYA"))
                .withSources(Set.of("reuters.com"));
        List<String> shared = ids(generatedShared.search(request).hits());
        assertEquals(List.of("bylines#2", "bylines#1"), shared);
        assertEquals(ids(generated.searcher().search(request).hits()), shared);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"navalny", "\"foreign ministry\"", "sanction*", "minister protest", "navalny OR minis",
            "\"of the\" china", "sanctioned~"})
    void marksTheSameWords(String query) throws Exception {
        for (boolean typing : new boolean[] {false, true}) {
            SearchRequest request = SearchRequest.of(query).withPage(0, 5_000).withSort(SortOrder.NEWEST)
                    .whileTyping(typing);
            List<SearchHit> embedded = generated.searcher().search(request).hits();
            List<SearchHit> shared = generatedShared.search(request).hits();
            assertEquals(ids(embedded), ids(shared));
            for (int i = 0; i < embedded.size(); i++) {
                assertEquals(embedded.get(i).titleHighlights(), shared.get(i).titleHighlights(), embedded.get(i).id());
                assertEquals(embedded.get(i).snippet(), shared.get(i).snippet(), embedded.get(i).id());
            }
            for (SearchHit hit : embedded.subList(0, Math.min(3, embedded.size()))) {
                HighlightedArticle inEmbedded = generated.searcher().read(hit.id(), query, typing).orElseThrow();
                HighlightedArticle inShared = generatedShared.read(hit.id(), query, typing).orElseThrow();
                assertEquals(inEmbedded.article(), inShared.article());
                assertEquals(inEmbedded.matches(), inShared.matches());
                assertEquals(inEmbedded.fingerprint(), inShared.fingerprint());
            }
        }
    }

    @Test
    void refusesWhatOnlyTheEmbeddedIndexCanSearch() {
        InvalidQueryException refused = assertThrows(InvalidQueryException.class,
                () -> languageShared.search(SearchRequest.of("floods tag:kerala")));
        assertTrue(refused.getMessage().contains("tag:"), refused.getMessage());
    }

    @Test
    void exportsEveryMatchInOrder() throws Exception {
        SearchRequest request = SearchRequest.of("minister").withSort(SortOrder.OLDEST);
        List<String> exported = new java.util.ArrayList<>();
        generatedShared.eachMatch(request, found -> exported.add(found.article().id()),
                org.broadsheet.task.Cancellation.NEVER);
        List<String> embedded = new java.util.ArrayList<>();
        generated.searcher().eachMatch(request, found -> embedded.add(found.article().id()),
                org.broadsheet.task.Cancellation.NEVER);
        assertEquals(embedded, exported);
    }

    @Test
    void aSecondPublishReadsNothingAndAChangeOnlyWhatChanged() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("changing"));
        TestArchive.in(folder).withSeeds()
                .article("a.txt", "March 1st, 2021 at 10:00 IST", "Floods in Assam", "Rivers rose.")
                .article("b.txt", "March 2nd, 2021 at 10:00 IST", "Drought in Kerala", "Wells dried.");
        Publisher publisher = new Publisher(solr.archive("changing"), FieldMap.NONE, false, Publisher.Layout.SINGLE);
        assertEquals(4, publisher.publish(folder, Publisher.Progress.NONE).read());
        Publisher.Summary again = publisher.publish(folder, Publisher.Progress.NONE);
        assertFalse(again.created());
        assertEquals(0, again.read());

        TestArchive.in(folder).article("a.txt", "March 1st, 2021 at 10:00 IST", "Floods in Assam worsen",
                "Rivers rose again.");
        Files.setLastModifiedTime(folder.resolve("a.txt"), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        Files.delete(folder.resolve("b.txt"));
        Publisher.Summary changed = publisher.publish(folder, Publisher.Progress.NONE);
        assertEquals(1, changed.read());
        assertEquals(1, changed.removed());
        try (SolrArchiveSearch shared = SolrArchiveSearch.open(solr.archive("changing"))) {
            assertEquals(List.of("a"), ids(shared.search(SearchRequest.of("worsen OR drought")).hits()));
            assertEquals(3, shared.search(SearchRequest.all()).total());
        }
    }

    @Test
    void showsTheUsersOwnMarksOnASharedArchivesArticles() throws Exception {
        try (org.broadsheet.marks.MarkStore marks = org.broadsheet.marks.MarkStore.inMemory()) {
            org.broadsheet.session.SharedSession session = org.broadsheet.session.SharedSession.open(
                    solr.archive("language"), marks);
            try {
                java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
                session.searcher().addChangeListener(changes::incrementAndGet);
                HighlightedArticle cafe = session.searcher().read("cafe", "", false).orElseThrow();
                marks.apply(List.of(new org.broadsheet.marks.ArticleRef("cafe", cafe.fingerprint(),
                        cafe.article().title())), org.broadsheet.marks.MarkChange.star(true));
                assertEquals(1, changes.get(), "the lists are told to search again");
                SearchHit hit = session.searcher().search(SearchRequest.of("cafe")).hits().get(0);
                assertTrue(hit.marks().starred());
                assertTrue(session.searcher().read("cafe", "", false).orElseThrow().marks().starred());
                assertFalse(session.searcher().search(SearchRequest.of("briefing")).hits().get(0).marks().starred());
            } finally {
                session.closeInBackground().get();
            }
        }
    }

    @Test
    void aFileCutShortIsPublishedAgain() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("cut-short"));
        TestArchive.in(folder).file("wire.jsonl", """
                {"title": "One", "text": "First.", "date": "2021-03-01T10:00:00Z"}
                {"title": "Two", "text": "Second.", "date": "2021-03-02T10:00:00Z"}
                {"title": "Three", "text": "Third.", "date": "2021-03-03T10:00:00Z"}
                """);
        SharedArchive archive = solr.archive("cut-short");
        Publisher publisher = new Publisher(archive, FieldMap.NONE, false, Publisher.Layout.SINGLE);
        publisher.publish(folder, Publisher.Progress.NONE);
        // As if a publish had stopped after the file's first two documents arrived.
        try (SolrConnection connection = new SolrConnection(archive)) {
            connection.client().deleteById("wire#3");
            connection.client().commit();
        }
        assertEquals(1, publisher.publish(folder, Publisher.Progress.NONE).read());
        try (SolrArchiveSearch shared = SolrArchiveSearch.open(archive)) {
            assertEquals(List.of("wire#1", "wire#2", "wire#3"),
                    ids(shared.search(SearchRequest.all().withSort(SortOrder.OLDEST)).hits()));
        }
    }

    @Test
    void publishesAWebArchiveInPartsAndTakesItAsPublishedOnceAllAreIn() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("crawl"));
        TestArchive.in(folder).harbourDiary("crawl.warc.gz", 1_100);
        Publisher publisher = new Publisher(solr.archive("crawl"), FieldMap.NONE, false, Publisher.Layout.SINGLE);
        assertEquals(1_100, publisher.publish(folder, Publisher.Progress.NONE).articles());
        assertEquals(0, publisher.publish(folder, Publisher.Progress.NONE).read(), "every part arrived");
        try (SolrArchiveSearch shared = SolrArchiveSearch.open(solr.archive("crawl"))) {
            assertEquals(List.of("crawl.warc.gz#https://example.com/diary/1099"),
                    ids(shared.search(SearchRequest.of("\"berth 1099\"")).hits()));
            assertEquals(1_100, shared.search(SearchRequest.all()).total());
        }
    }

    @Test
    void aWatchPublishesEachChange() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("watched"));
        TestArchive.in(folder).withSeeds();
        Publisher publisher = new Publisher(solr.archive("watched"), FieldMap.NONE, false, Publisher.Layout.SINGLE);
        java.util.concurrent.BlockingQueue<Publisher.Summary> published = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread watch = new Thread(() -> {
            try {
                publisher.watch(folder, Publisher.Progress.NONE, published::add, stop::get,
                        java.time.Duration.ofMillis(50));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        watch.start();
        try {
            Publisher.Summary first = published.poll(60, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(first != null && first.created() && first.articles() == 2, String.valueOf(first));
            TestArchive.in(folder).article("late.txt", "March 9th, 2021 at 10:00 IST", "A late story", "It came.");
            Publisher.Summary second = published.poll(60, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(second != null && second.read() == 1 && second.articles() == 1, String.valueOf(second));
        } finally {
            stop.set(true);
            watch.join();
        }
    }

    @Test
    void tellsWhatIsWrongInOneLine() throws Exception {
        SharedArchiveException missing = assertThrows(SharedArchiveException.class,
                () -> SolrArchiveSearch.open(solr.archive("nothing-here")));
        assertEquals("the cluster at " + solr.nodeUrls().get(0) + " has no collection \"nothing-here\": publish an "
                + "archive to it first", missing.getMessage());

        SharedArchive closed = SharedArchive.of("http://127.0.0.1:9", "language", null, null);
        SharedArchiveException unreachable = assertThrows(SharedArchiveException.class,
                () -> SolrArchiveSearch.open(closed));
        assertTrue(unreachable.getMessage().startsWith("cannot reach Solr at http://127.0.0.1:9/solr"),
                unreachable.getMessage());

        // A collection made by a version of Broadsheet with another schema.
        Path older = Files.createDirectories(temp.resolve("older-configset"));
        for (java.util.Map.Entry<String, byte[]> file : SolrConfigSet.files(org.broadsheet.index.CommonWords.NONE)
                .entrySet()) {
            String text = new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            Files.writeString(older.resolve(file.getKey()), text.replace(SolrConfigSet.schemaName(), "broadsheet-1"));
        }
        solr.cluster().uploadConfigSet(older, "older");
        org.apache.solr.client.solrj.request.CollectionAdminRequest.createCollection("older", "older", 1, 1)
                .process(solr.cluster().getSolrClient());
        solr.waitForActive("older", 1, 1);
        SharedArchiveException otherSchema = assertThrows(SharedArchiveException.class,
                () -> SolrArchiveSearch.open(solr.archive("older")));
        assertEquals("the collection \"older\" was not made by this version of Broadsheet (its schema is "
                + "\"broadsheet-1\", this version's is \"" + SolrConfigSet.schemaName() + "\"): publish the archive "
                + "to a new collection", otherSchema.getMessage());
        SharedArchiveException notPublished = assertThrows(SharedArchiveException.class, () -> new Publisher(
                solr.archive("older"), FieldMap.NONE, false, Publisher.Layout.SINGLE).publish(languageFolder,
                Publisher.Progress.NONE));
        assertEquals(otherSchema.getMessage(), notPublished.getMessage());

        IllegalArgumentException badUrl = assertThrows(IllegalArgumentException.class,
                () -> SharedArchive.of("solr.example.com", "news", null, null));
        assertTrue(badUrl.getMessage().contains("http://host:8983/solr"), badUrl.getMessage());
    }
}
