package org.broadsheet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.broadsheet.archive.ArchiveReader;
import org.broadsheet.article.Problem;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive holding every kind of mess at once: all its articles load, intact, and nothing is written. */
class MessyArchiveTest {

    @TempDir
    Path folder;

    private void buildMessyArchive() throws IOException {
        String utf16 = "Published March 1, 2021 10:00 GMT\r\n\r\nUnicode sixteen headline\r\n\r\nAlpha wörds in UTF-16.\r\n";
        TestArchive.in(folder)
                .withSeeds()
                .bytes("encodings/utf16.txt", ("\uFEFF" + utf16).getBytes(StandardCharsets.UTF_16LE))
                .bytes("encodings/legacy.txt", "Café “Zürich” reopens\n\nBravo naïve façade.\n"
                        .getBytes(Charset.forName("windows-1252")))
                .bytes("encodings/bom.txt", ("\uFEFFCharlie headline\n\nWith a mark.\n").getBytes(StandardCharsets.UTF_8))
                .file("endings/old-mac.txt", "Delta headline\r\rOld Mac line endings.\r")
                .file("dates/odd.txt", "Updated March 33rd, 2021 at 21:14 IST\n\nEcho headline\n\nUndated but kept.\n")
                .file("feeds/wire.json", "{\"articles\": [{\"headline\": \"Foxtrot wire\", \"content\": \"Wire text.\"}, 3]}")
                .file("feeds/stream.jsonl", "{\"title\": \"Golf stream\"}\n{broken\n")
                .file("empty.txt", "")
                .bytes("binary.txt", new byte[] {'G', 'I', 'F', '8', 0, 0, 1, 0, 0})
                .file(".hidden/secret.txt", "Hidden\n\nNot read.")
                .file("notes.docx", "not an article type");
        try (RandomAccessFile huge = new RandomAccessFile(folder.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(ArchiveReader.DEFAULT_MAX_FILE_BYTES + 1);
        }
        Files.createSymbolicLink(folder.resolve("encodings/loop"), folder);
    }

    /** Every path under the folder with its size, time and content digest. */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> state = new TreeMap<>();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                String content = attributes.isRegularFile()
                        ? HexFormat.of().formatHex(digest.digest(Files.readAllBytes(path))) : "dir";
                state.put(folder.relativize(path).toString(),
                        attributes.size() + " " + attributes.lastModifiedTime().toMillis() + " " + content);
            }
        }
        return state;
    }

    @Test
    void loadsEveryReadableArticleIntactListsEveryOtherFileAndWritesNothing() throws Exception {
        buildMessyArchive();
        Map<String, String> before = snapshot();
        try (ArchiveSession session = ArchiveSession.open(folder)) {
            session.ingest(IngestListener.NONE);

            List<String> ids = session.searcher().search(SearchRequest.all().withPage(0, 100)).hits().stream()
                    .map(SearchHit::id).sorted().toList();
            assertEquals(List.of("000_1e1bfa49edc9e94a", "001_191ff7a9de4b3ca6", "dates/odd", "encodings/bom",
                    "encodings/legacy", "encodings/utf16", "endings/old-mac", "feeds/stream#1", "feeds/wire#1"), ids);

            assertEquals("Café “Zürich” reopens", only(session, "zürich").title());
            assertEquals("Unicode sixteen headline", only(session, "wörds").title());
            assertEquals("Charlie headline", only(session, "charlie").title());
            assertEquals("Delta headline", only(session, "delta").title());
            assertEquals("Foxtrot wire", only(session, "foxtrot").title());
            assertTrue(only(session, "echo").publicationDate().isEmpty());

            List<Problem> problems = session.problems();
            assertEquals(List.of("binary.txt", "empty.txt", "feeds/stream.jsonl#2", "feeds/wire.json#2", "huge.txt"),
                    problems.stream().map(Problem::file).toList());
            assertTrue(problems.stream().allMatch(problem -> !problem.reason().isBlank()));
        }
        assertEquals(before, snapshot(), "the archive folder was changed");
    }

    private static SearchHit only(ArchiveSession session, String query) throws Exception {
        List<SearchHit> hits = session.searcher().search(SearchRequest.of(query)).hits();
        assertEquals(1, hits.size(), () -> query + " found " + hits);
        return hits.get(0);
    }
}
