package org.broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.archive.ArchiveReader;
import org.broadsheet.archive.ArchiveScanner;
import org.broadsheet.archive.FileReadResult;
import org.broadsheet.archive.FileReadResultFactory;
import org.broadsheet.article.Article;
import org.broadsheet.article.Problem;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index's own promises: replacing it never breaks a running search, and snapshots keep their state. */
class ArticleIndexTest {

    @TempDir
    Path folder;

    private ArticleIndex index;

    @BeforeEach
    void fill() throws IOException {
        TestArchive.in(folder).withSeeds();
        index = ArticleIndex.inMemory();
        put(index, new ArchiveScanner().scan(folder).files());
        index.refresh();
    }

    private static void put(ArticleIndex index, List<ArchiveFile> files) throws IOException {
        ArchiveReader reader = new ArchiveReader();
        for (ArchiveFile file : files) {
            index.putFile(file, reader.read(file), false);
        }
    }

    @Test
    void aSearchRunningWhenTheIndexIsRetiredFinishesOnIt() throws IOException {
        int counted = index.withSearcher(searcher -> {
            index.abandon();
            return searcher.count(new MatchAllDocsQuery());
        });
        assertEquals(2, counted, "the searcher stayed open until the search ended");
        assertThrows(IndexRetiredException.class, () -> index.withSearcher(searcher -> 0),
                "a later search is sent to look for the current index");
    }

    @Test
    void takesAFileWhosePartsWereNotAllPutAsNotYetRead() throws IOException {
        ArchiveFile seed = new ArchiveScanner().scan(folder).files().get(0);
        FileReadResult whole = new ArchiveReader().read(seed);
        index.putPart(seed, whole, true, true);
        index.refresh();
        assertTrue(index.indexedFiles().get(seed.relativePath()).isStaleFor(seed),
                "stopped after a part: read again at the next start");
        assertEquals(2, index.articleCount(), "the part took the place of what the index held");
        index.putPart(seed, new FileReadResult(List.of(), List.of()), false, true);
        index.putLastPart(seed, new FileReadResult(List.of(), List.of()));
        index.refresh();
        assertFalse(index.indexedFiles().get(seed.relativePath()).isStaleFor(seed), "every part put: read");
        assertEquals(2, index.articleCount());
    }

    @Test
    void aSnapshotKeepsTheStateItWasMadeOf() throws IOException {
        long snapshot = index.withNewSnapshot((searcher, version) -> version);
        TestArchive.in(folder).article("later.txt", null, "Later", "Added after the snapshot.");
        put(index, List.of(new ArchiveScanner().describe(folder, folder.resolve("later.txt"))));
        index.refresh();
        assertEquals(3, index.articleCount());
        int counted = index.withSnapshot(snapshot, searcher -> searcher.count(new MatchAllDocsQuery()));
        assertEquals(2, counted);
        index.close();
        assertThrows(IndexRetiredException.class, () -> index.withSnapshot(snapshot, searcher -> 0));
    }

    @Test
    void makesAFileWhoseValuesLuceneRefusesOneProblemAndKeepsTheRest() throws IOException {
        ArchiveFile file = new ArchiveFile("odd.txt", folder, 1, 0);
        Article refused = new Article("odd", "Odd", null, "x".repeat(40_000), null, null, List.of("Text."), List.of(),
                null);
        index.putFile(file, FileReadResultFactory.of(refused), false);
        index.refresh();
        assertEquals(2, index.articleCount(), "the others are still there, and this one is not");
        assertEquals(List.of(new Problem("odd.txt", "could not be indexed (a value in it is too long to be searched)")),
                index.problems());
    }

    @Test
    void tellsItsListenersWhenSearchesSeeSomethingNew() throws IOException {
        int[] refreshes = {0};
        index.addRefreshListener(() -> refreshes[0]++);
        index.refresh();
        assertEquals(0, refreshes[0], "nothing new, nothing said");
        TestArchive.in(folder).article("later.txt", null, "Later", "Text.");
        put(index, List.of(new ArchiveScanner().describe(folder, folder.resolve("later.txt"))));
        index.refresh();
        assertEquals(1, refreshes[0]);
    }
}
