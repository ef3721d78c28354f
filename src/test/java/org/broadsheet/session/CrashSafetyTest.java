package org.broadsheet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.broadsheet.index.ArticleIndex;
import org.broadsheet.index.IndexOpener;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed in the middle of indexing loses nothing that the next start cannot redo. */
class CrashSafetyTest {

    private static final int ARTICLES = 3000;

    @TempDir
    Path archive;

    @TempDir
    Path cache;

    @Test
    void theNextStartOpensTheLastGoodIndexAndFinishes() throws Exception {
        TestArchive files = TestArchive.in(archive);
        for (int i = 0; i < ARTICLES; i++) {
            files.article("folder" + i % 30 + "/a" + i + ".txt", null, "Harbour news " + i, "Ships came in.");
        }
        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "-Dbroadsheet.logging=command-line",
                IngestUntilKilled.class.getName(), archive.toString(), cache.toString()))
                // Its standard output says when it committed; what the JVM or Lucene says goes elsewhere.
                .redirectError(cache.resolve("child-errors.txt").toFile())
                .start();
        int committed;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = output.readLine();
            assertTrue(line != null && line.startsWith("committed "), "the child did not commit: " + line + " "
                    + Files.readString(cache.resolve("child-errors.txt")));
            committed = Integer.parseInt(line.substring("committed ".length()));
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(committed < ARTICLES, "killed before it had committed everything");

        try (ArchiveSession session = ArchiveSession.open(archive, new IndexOpener(cache), ArchiveSession.Options.defaults())) {
            assertEquals(ArticleIndex.Storage.DISK, session.storage());
            assertEquals(List.of(), session.notices(), "the last good commit opens as it is");
            assertTrue(session.articleCount() >= committed, "what was committed survived the kill");
            IngestProgress finished = session.ingest(IngestListener.NONE);
            assertTrue(finished.filesTotal() <= ARTICLES - committed, "only what was not committed is read again");
            assertEquals(ARTICLES, session.articleCount());
            assertEquals(ARTICLES, session.searcher().search(SearchRequest.of("harbour")).total());
        }
    }
}
