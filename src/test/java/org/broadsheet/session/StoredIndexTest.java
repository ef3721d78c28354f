package org.broadsheet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.broadsheet.article.FieldMap;
import org.broadsheet.index.ArticleIndex;
import org.broadsheet.index.IndexOpener;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SearchResult;
import org.broadsheet.search.SortOrder;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index kept in the cache between runs: brought up to date at start, rebuilt when it no longer fits. */
class StoredIndexTest {

    @TempDir
    Path archive;

    @TempDir
    Path cache;

    private static final List<String> QUERIES = List.of("", "harbour", "ships", "\"came in\"", "harb*", "port OR dock");

    private ArchiveSession stored() throws IOException {
        return ArchiveSession.open(archive, new IndexOpener(cache), ArchiveSession.Options.defaults());
    }

    private void writeArchive() {
        TestArchive archiveFiles = TestArchive.in(archive);
        for (int i = 1; i <= 6; i++) {
            archiveFiles.file("a" + i + ".txt", "Updated March " + i + "th, 2021 at 10:00 IST\n\nHarbour news " + i
                    + "\n\nShips came in.\n\nReported by: Writer " + (i % 2) + "\n\nThe port was busy.\n");
        }
        archiveFiles.file("feeds/dock.jsonl", "{\"title\": \"Dock report\", \"text\": \"Ships left the dock.\"}\n");
    }

    @Test
    void anOpenWhoseMarksFailLeavesTheIndexFreeForTheNext() throws Exception {
        writeArchive();
        IOException refused = new IOException("the marks cannot be opened");
        IOException failure = assertThrows(IOException.class,
                () -> ArchiveSession.open(archive, new IndexOpener(cache), ArchiveSession.Options.defaults(),
                        folder -> {
                            throw refused;
                        }));
        assertEquals(refused, failure);
        try (ArchiveSession again = stored()) {
            again.ingest(IngestListener.NONE);
            assertTrue(again.isComplete(), "this session holds the writer, not the failed one");
            assertEquals(7, again.searcher().search(SearchRequest.all()).total());
        }
    }

    /** Makes sure a rewritten file looks changed even on file systems with coarse times. */
    private void rewrite(String name, String content) throws IOException {
        Path file = archive.resolve(name);
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 10_000));
    }

    @Test
    void readsOnlyNewChangedAndRemovedFilesOnTheNextStart() throws Exception {
        writeArchive();
        try (ArchiveSession first = stored()) {
            IngestProgress cold = first.ingest(IngestListener.NONE);
            assertEquals(7, cold.filesTotal());
            assertEquals(ArticleIndex.Storage.DISK, first.storage());
        }
        rewrite("a2.txt", "Updated March 2nd, 2021 at 10:00 IST\n\nHarbour closed\n\nNo ships today.\n");
        Files.delete(archive.resolve("a3.txt"));
        TestArchive.in(archive).file("a7.txt", "Updated March 7th, 2021 at 10:00 IST\n\nHarbour news 7\n\nShips came in.\n");
        try (ArchiveSession second = stored()) {
            assertEquals(7, second.articleCount(), "the stored index is searchable before it is brought up to date");
            IngestProgress warm = second.ingest(IngestListener.NONE);
            assertEquals(2, warm.filesTotal(), "only the changed and the new file are read");
            assertEquals(7, warm.articles());
            assertEquals("Harbour closed", only(second, "closed").title());
            assertEquals(0, second.searcher().search(SearchRequest.of("\"news 3\"")).total());
        }
    }

    @Test
    void writesNoCommitWhenTheArchiveHasNotChangedAndOneWhenItHas() throws Exception {
        writeArchive();
        try (ArchiveSession first = stored()) {
            first.ingest(IngestListener.NONE);
        }
        long built = committedGeneration();
        try (ArchiveSession again = stored()) {
            again.ingest(IngestListener.NONE);
            assertEquals(6, again.searcher().search(SearchRequest.of("harbour")).total());
        }
        assertEquals(built, committedGeneration(), "a search on an unchanged archive leaves its index as it was");

        TestArchive.in(archive).file("a7.txt", "Updated March 7th, 2021 at 10:00 IST\n\nHarbour news 7\n\nShips.\n");
        try (ArchiveSession changed = stored()) {
            changed.ingest(IngestListener.NONE);
        }
        assertTrue(committedGeneration() > built, "a new file is made durable");
        try (ArchiveSession reopened = stored()) {
            assertEquals(7, reopened.searcher().search(SearchRequest.of("harbour")).total());
        }
    }

    private long committedGeneration() throws IOException {
        try (FSDirectory directory = FSDirectory.open(new IndexOpener(cache).locationFor(archive))) {
            return SegmentInfos.readLatestCommit(directory).getGeneration();
        }
    }

    @Test
    void findsExactlyWhatAFreshBuildFinds() throws Exception {
        writeArchive();
        try (ArchiveSession first = stored()) {
            first.ingest(IngestListener.NONE);
        }
        rewrite("a4.txt", "Updated March 4th, 2021 at 10:00 IST\n\nHarbour dredged\n\nShips waited.\n");
        Files.delete(archive.resolve("a5.txt"));
        TestArchive.in(archive).file("new/a8.txt", "Harbour news 8\n\nShips came in late.\n");
        try (ArchiveSession updated = stored(); ArchiveSession fresh = ArchiveSession.open(archive)) {
            updated.ingest(IngestListener.NONE);
            fresh.ingest(IngestListener.NONE);
            for (String query : QUERIES) {
                for (SortOrder order : SortOrder.values()) {
                    SearchRequest request = SearchRequest.of(query).withSort(order);
                    assertSameResult(fresh.searcher().search(request), updated.searcher().search(request), query, order);
                }
            }
            SearchRequest dated = SearchRequest.all().withDates(LocalDate.of(2021, 3, 2), LocalDate.of(2021, 3, 4));
            assertSameResult(fresh.searcher().search(dated), updated.searcher().search(dated), "dated", SortOrder.NEWEST);
            assertEquals(fresh.problems(), updated.problems());
        }
    }

    /**
     * Lucene counts deleted documents in its statistics until it merges them away, so relevance scores of an
     * updated index may differ from a fresh one's in their last digits; the articles found, their order by
     * date, the counts and the snippets may not.
     */
    private static void assertSameResult(SearchResult expected, SearchResult actual, String query, SortOrder order) {
        String what = query + " by " + order;
        assertEquals(expected.total(), actual.total(), what);
        assertEquals(expected.authors(), actual.authors(), what);
        assertEquals(expected.timeline(), actual.timeline(), what);
        if (order == SortOrder.RELEVANCE && !query.isEmpty()) {
            assertEquals(Set.copyOf(ids(expected)), Set.copyOf(ids(actual)), what);
        } else {
            assertEquals(ids(expected), ids(actual), what);
        }
        Map<String, String> snippets = new HashMap<>();
        expected.hits().forEach(hit -> snippets.put(hit.id(), hit.snippet().text()));
        actual.hits().forEach(hit -> assertEquals(snippets.get(hit.id()), hit.snippet().text(), what));
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    private ArchiveSession stored(FieldMap fields) throws IOException {
        return ArchiveSession.open(archive, new IndexOpener(cache),
                ArchiveSession.Options.defaults().withFieldMap(fields));
    }

    @Test
    void readsTheJsonFilesAgainWhenTheFieldMapChangesAndOnlyThen() throws Exception {
        writeArchive();
        TestArchive.in(archive).file("crawl.json", "{\"title\": \"Crawled harbour\", \"maintext2\": \"Cranes idle.\"}");
        FieldMap map = FieldMap.parse("text=maintext2");
        try (ArchiveSession first = stored()) {
            assertEquals(8, first.ingest(IngestListener.NONE).filesTotal());
            assertEquals(0, first.searcher().search(SearchRequest.of("cranes")).total(), "the text is not found");
        }
        try (ArchiveSession mapped = stored(map)) {
            assertEquals(2, mapped.ingest(IngestListener.NONE).filesTotal(), "both JSON files, and no text file");
            assertEquals("crawl#1", only(mapped, "cranes").id());
            assertEquals(8, mapped.articleCount());
        }
        try (ArchiveSession again = stored(map)) {
            assertEquals(0, again.ingest(IngestListener.NONE).filesTotal(), "read with this map already");
        }
        try (ArchiveSession unmapped = stored(FieldMap.NONE)) {
            assertEquals(2, unmapped.ingest(IngestListener.NONE).filesTotal());
            assertEquals(0, unmapped.searcher().search(SearchRequest.of("cranes")).total());
        }
    }

    @Test
    void putsAWebArchiveInPartsAndTakesItAsReadOnceAllAreIn() throws Exception {
        int pages = 1_100;
        TestArchive.in(archive).harbourDiary("crawl.warc.gz", pages);
        try (ArchiveSession first = stored()) {
            first.ingest(IngestListener.NONE);
            assertEquals(pages, first.articleCount());
            assertEquals("crawl.warc.gz#https://example.com/diary/1099", only(first, "\"berth 1099\"").id());
        }
        try (ArchiveSession second = stored()) {
            assertEquals(0, second.ingest(IngestListener.NONE).filesTotal(), "every part was put: nothing to read");
            assertEquals(pages, second.articleCount());
        }
    }

    private static SearchHit only(ArchiveSession session, String query) throws Exception {
        List<SearchHit> hits = session.searcher().search(SearchRequest.of(query)).hits();
        assertEquals(1, hits.size(), () -> query + " found " + hits);
        return hits.get(0);
    }

    @Test
    void rebuildsAnIndexMadeByAnotherSchema() throws Exception {
        writeArchive();
        try (ArchiveSession first = stored()) {
            first.ingest(IngestListener.NONE);
        }
        Path location = new IndexOpener(cache).locationFor(archive);
        try (FSDirectory directory = FSDirectory.open(location);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of("broadsheet.schema", "0", "broadsheet.lucene", "9").entrySet());
            writer.commit();
        }
        try (ArchiveSession second = stored()) {
            assertEquals(0, second.articleCount(), "an index of another schema is not searched");
            IngestProgress rebuilt = second.ingest(IngestListener.NONE);
            assertEquals(7, rebuilt.filesTotal(), "every file is read again");
            assertEquals(7, rebuilt.articles());
        }
    }

    @Test
    void keepsTheIndexInTheCacheAndNeverWritesIntoTheArchive() throws Exception {
        writeArchive();
        Set<Path> before = files(archive);
        try (ArchiveSession session = stored()) {
            session.ingest(IngestListener.NONE);
        }
        assertEquals(before, files(archive));
        assertTrue(Files.list(new IndexOpener(cache).locationFor(archive)).findAny().isPresent());
    }

    @Test
    void refusesToKeepAnIndexInsideItsArchive() throws Exception {
        writeArchive();
        Set<Path> before = files(archive);
        try (ArchiveSession session = ArchiveSession.open(archive, new IndexOpener(archive.resolve("cache")),
                ArchiveSession.Options.defaults())) {
            session.ingest(IngestListener.NONE);
            assertEquals(ArticleIndex.Storage.MEMORY, session.storage());
            assertTrue(session.notices().get(0).contains("in memory"), session.notices().toString());
            assertEquals(7, session.articleCount());
        }
        assertEquals(before, files(archive));
    }

    private static Set<Path> files(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            return new HashSet<>(paths.toList());
        }
    }
}
