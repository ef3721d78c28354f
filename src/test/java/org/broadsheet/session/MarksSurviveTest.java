package org.broadsheet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.broadsheet.article.Marks;
import org.broadsheet.index.IndexOpener;
import org.broadsheet.marks.ArticleRef;
import org.broadsheet.marks.MarkChange;
import org.broadsheet.marks.MarkStore;
import org.broadsheet.search.HighlightedArticle;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Marks in the user's data folder outlive everything the index goes through, and follow their articles through
 * the archive: a rebuilt or deleted index, a new schema, a file moved, renamed, edited or removed.
 */
class MarksSurviveTest {

    @TempDir
    Path archive;

    @TempDir
    Path cache;

    @TempDir
    Path data;

    private SessionFactory sessions;

    @BeforeEach
    void writeArchive() {
        TestArchive.in(archive)
                .article("2021/kerala.txt", "March 3rd, 2021 at 10:00 IST", "Floods in Kerala",
                        "Rain fell for a week.", "Rivers rose across the state.")
                .article("2021/assam.txt", "March 4th, 2021 at 10:00 IST", "Polls in Assam",
                        "Voting began on Monday.", "Turnout was high.");
        sessions = SessionFactory.storedIn(cache, data);
    }

    private ArchiveSession opened() throws IOException {
        ArchiveSession session = sessions.open(archive);
        session.ingest(IngestListener.NONE);
        return session;
    }

    private static void mark(ArchiveSession session, String id, MarkChange change) throws Exception {
        HighlightedArticle article = session.searcher().read(id, "", false).orElseThrow();
        session.marks().apply(List.of(new ArticleRef(id, article.fingerprint(), article.article().title())), change);
    }

    private static List<SearchHit> hits(ArchiveSession session, String query) throws Exception {
        return session.searcher().search(SearchRequest.of(query)).hits();
    }

    private static List<String> ids(ArchiveSession session, String query) throws Exception {
        return TestArchive.ids(hits(session, query));
    }

    @Test
    void marksOutliveADeletedIndex() throws Exception {
        try (ArchiveSession session = opened()) {
            mark(session, "2021/kerala", new MarkChange(true, Set.of("floods"), Set.of(), "call the collector", true));
        }
        deleteTree(cache);
        try (ArchiveSession rebuilt = opened()) {
            assertEquals(List.of("2021/kerala"), ids(rebuilt, "tag:floods is:starred has:note note:collector"));
            Marks marks = hits(rebuilt, "kerala").get(0).marks();
            assertEquals(List.of("floods"), marks.tags());
            assertTrue(marks.read());
        }
    }

    @Test
    void marksOutliveAnIndexRebuiltForAnotherSchema() throws Exception {
        try (ArchiveSession session = opened()) {
            mark(session, "2021/assam", MarkChange.addTag("polls"));
        }
        try (FSDirectory directory = FSDirectory.open(new IndexOpener(cache).locationFor(archive));
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of("broadsheet.schema", "0", "broadsheet.lucene", "9").entrySet());
            writer.commit();
        }
        try (ArchiveSession rebuilt = opened()) {
            assertEquals(List.of("2021/assam"), ids(rebuilt, "tag:polls"));
        }
    }

    @Test
    void aMovedAndRenamedFileKeepsItsMarks() throws Exception {
        try (ArchiveSession session = opened()) {
            mark(session, "2021/kerala", MarkChange.star(true));
        }
        Files.createDirectories(archive.resolve("south"));
        Files.move(archive.resolve("2021/kerala.txt"), archive.resolve("south/kerala-floods.txt"));
        try (ArchiveSession moved = opened()) {
            assertEquals(List.of("south/kerala-floods"), ids(moved, "is:starred"));
            assertTrue(moved.marks().marksOf("south/kerala-floods").starred(), "the marks were moved with it");
            assertEquals(List.of(), moved.marks().missing());
        }
    }

    @Test
    void anEditedFileKeepsItsMarksAndIsNotedAsChanged() throws Exception {
        try (ArchiveSession session = opened()) {
            mark(session, "2021/kerala", MarkChange.addTag("floods"));
        }
        Path file = archive.resolve("2021/kerala.txt");
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, Files.readString(file).replace("Rivers rose", "Rivers rose and fell"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 10_000));
        try (ArchiveSession edited = opened()) {
            Marks marks = hits(edited, "tag:floods").get(0).marks();
            assertEquals(List.of("floods"), marks.tags());
            assertTrue(marks.changed(), "the article changed after it was marked");
        }
    }

    @Test
    void aRemovedFileKeepsItsMarksListedAsMissingAndGetsThemBackWhenItReturns() throws Exception {
        Path file = archive.resolve("2021/assam.txt");
        String text = Files.readString(file);
        try (ArchiveSession session = opened()) {
            mark(session, "2021/assam", new MarkChange(null, Set.of("polls"), Set.of(), "turnout figures", null));
        }
        Files.delete(file);
        try (ArchiveSession without = opened()) {
            assertEquals(List.of(), ids(without, "tag:polls"));
            List<MarkStore.MissingArticle> missing = without.marks().missing();
            assertEquals(1, missing.size());
            assertEquals("Polls in Assam", missing.get(0).title());
            assertEquals("turnout figures", missing.get(0).marks().note());
        }
        Files.writeString(file, text);
        try (ArchiveSession back = opened()) {
            assertEquals(List.of("2021/assam"), ids(back, "tag:polls"));
            assertEquals(List.of(), back.marks().missing());
        }
    }

    @Test
    void aSecondWindowOnTheArchiveSeesTheFirstOnesMarks() throws Exception {
        try (ArchiveSession first = opened(); ArchiveSession second = opened()) {
            CountDownLatch heard = new CountDownLatch(1);
            second.searcher().addChangeListener(heard::countDown);
            second.marks().watch(50);
            mark(first, "2021/assam", MarkChange.star(true));
            assertTrue(heard.await(10, TimeUnit.SECONDS), "the second window's lists were told to search again");
            assertEquals(List.of("2021/assam"), ids(second, "is:starred"));
        }
    }

    @Test
    void marksNeverGoIntoTheArchiveOrTheCache() throws Exception {
        List<Path> before = files(archive);
        try (ArchiveSession session = opened()) {
            mark(session, "2021/kerala", MarkChange.star(true));
        }
        assertEquals(before, files(archive));
        assertFalse(files(cache).stream().anyMatch(path -> path.toString().endsWith(".sqlite")));
        assertTrue(files(data).stream().anyMatch(path -> path.toString().endsWith(".sqlite")));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder)) {
                    Files.delete(path);
                }
            }
        }
    }
}
