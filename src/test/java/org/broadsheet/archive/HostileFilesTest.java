package org.broadsheet.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.broadsheet.article.Article;
import org.broadsheet.article.Problem;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One hostile file never takes more than its own share: each case is a real file made here. */
class HostileFilesTest {

    @TempDir
    Path folder;

    private final ArchiveReader reader = new ArchiveReader();
    private final ArchiveScanner scanner = new ArchiveScanner();

    private FileReadResult read(String name, String text) throws Exception {
        TestArchive.in(folder).file(name, text);
        return reader.read(scanner.describe(folder, folder.resolve(name)));
    }

    private static List<String> reasons(FileReadResult result) {
        return result.problems().stream().map(Problem::reason).toList();
    }

    @Test
    void cutsABylineLongerThanAnyByline() throws Exception {
        String name = "Reporter ".repeat(5_000);
        Article text = read("long.txt", "Title\n\nReported by: " + name + "\n\nText.").articles().get(0);
        Article json = read("long.json", "[{\"title\": \"T\", \"text\": \"x\", \"author\": \"" + name + "\"}]")
                .articles().get(0);
        for (Article article : List.of(text, json)) {
            assertTrue(article.author().length() <= ArticleLimits.MAX_BYLINE_CHARS, article.author().length() + "");
            assertTrue(article.author().startsWith("Reporter Reporter") && article.author().endsWith("\u2026"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e308", "9223372036854775807", "-9223372036854775808", "\"+999999999-12-31T23:59:59Z\"",
            "\"+5000000-01-01\"", "\"-5000000-01-01\"", "\"0999-12-31\"", "\"3000-01-01T00:00:00Z\""})
    void leavesAnArticleWithADateOutsideTheSaneYearsUndatedAndSaysSo(String date) throws Exception {
        FileReadResult result = read("dated.json", "[{\"title\": \"T\", \"text\": \"x\", \"date\": " + date + "}]");
        assertNull(result.articles().get(0).published(), date);
        assertEquals(List.of("read, but its date is outside the years 1000\u20132999; it is listed as undated"),
                reasons(result));
        assertEquals("dated.json#1", result.problems().get(0).file());
    }

    @Test
    void keepsADateInsideTheSaneYears() throws Exception {
        FileReadResult result = read("fine.json", "[{\"title\": \"T\", \"text\": \"x\", \"date\": \"1000-01-01\"}]");
        assertEquals(1000, result.articles().get(0).published().getYear());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void foldsMillionsOfTinyParagraphsIntoABoundedNumberAndSaysSo() throws Exception {
        int paragraphs = ArticleLimits.MAX_PARAGRAPHS * 5;
        FileReadResult result = read("tiny.txt", "Title\n\nStandfirst\n\n" + "a\n\n".repeat(paragraphs) + "zebra");
        Article article = result.articles().get(0);
        assertEquals(ArticleLimits.MAX_PARAGRAPHS - 1, article.paragraphs().size(), "the standfirst is one of them");
        assertTrue(article.paragraphs().get(article.paragraphs().size() - 1).endsWith("zebra"), "nothing is lost");
        assertEquals(1, result.problems().size());
        assertTrue(reasons(result).get(0).startsWith("read, but its " + ArticleLimits.count(paragraphs + 2)
                + " paragraphs were folded into 10,000"), reasons(result).toString());
    }

    @Test
    void foldsAJsonBodyOfMillionsOfTinyParagraphs() throws Exception {
        String values = String.join(",", java.util.Collections.nCopies(ArticleLimits.MAX_JSON_VALUES * 3, "\"a\""));
        FileReadResult result = read("tiny.json", "{\"title\": \"T\", \"text\": [" + values + ", \"zebra\"]}");
        Article article = result.articles().get(0);
        assertTrue(article.paragraphs().size() <= ArticleLimits.MAX_PARAGRAPHS);
        assertTrue(article.paragraphs().get(article.paragraphs().size() - 1).endsWith("zebra"));
        assertTrue(reasons(result).get(0).startsWith("read, but 20,"), reasons(result).toString());
    }

    @Test
    void listsAtMostAHundredProblemsOfAFileAndCountsTheRest() throws Exception {
        String numbers = String.join(",", java.util.stream.IntStream.range(0, 5_000).mapToObj(String::valueOf).toList());
        FileReadResult array = read("numbers.json", "[" + numbers + "]");
        FileReadResult lines = read("broken.jsonl", "not json\n".repeat(5_000));
        for (FileReadResult result : List.of(array, lines)) {
            assertEquals(ArticleLimits.MAX_PROBLEMS_PER_FILE + 1, result.problems().size());
            assertEquals("\u2026 and 4,900 more problems in this file", reasons(result).get(ArticleLimits.MAX_PROBLEMS_PER_FILE));
        }
    }

    @Test
    void readsTheRestOfAJsonFileWithAnInvalidByte() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("[{\"title\": \"Caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\", \"text\": \"One.\"}, {\"title\": \"Second\", \"text\": \"Two.\"}]".getBytes(StandardCharsets.UTF_8));
        TestArchive.in(folder).bytes("legacy.json", bytes.toByteArray());
        FileReadResult result = reader.read(scanner.describe(folder, folder.resolve("legacy.json")));
        assertEquals(List.of("Caf\u00E9", "Second"), result.articles().stream().map(Article::title).toList());
    }

    @Test
    void saysAFileJustOverTheLimitIsOverIt() throws Exception {
        ArchiveReader small = new ArchiveReader(16L * 1024 * 1024);
        Path big = folder.resolve("big.txt");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(16L * 1024 * 1024 + 1);
        }
        assertEquals("too large to be an article (16.0 MB; the limit is 16 MB)",
                small.read(scanner.describe(folder, big)).problems().get(0).reason());
    }

    @Test
    void neverWaitsOnAPipeThatReplacedAFile() throws Exception {
        ArchiveFile listed = scanner.describe(folder, TestArchive.in(folder).file("news.txt", "Title\n\nText.").folder()
                .resolve("news.txt"));
        Files.delete(listed.path());
        Process mkfifo = new ProcessBuilder("mkfifo", listed.path().toString()).start();
        assertEquals(0, mkfifo.waitFor());
        FileReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read(listed));
        assertTrue(reasons(result).get(0).startsWith("not a regular file"), reasons(result).toString());
        assertEquals(List.of(), scanner.scan(folder).files(), "and a scan does not list one");
    }

    @Test
    void followsNoLinkThatLeadsOutsideTheArchive(@TempDir Path elsewhere) throws Exception {
        Path archive = Files.createDirectory(folder.resolve("archive"));
        Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0\n");
        Files.createDirectories(elsewhere.resolve("outside")).resolve("story.txt").toFile().createNewFile();
        Files.writeString(elsewhere.resolve("outside/story.txt"), "Outside\n\nText.");
        TestArchive.in(archive).file("inside/kept.txt", "Kept\n\nText.");
        Files.createSymbolicLink(archive.resolve("passwd.txt"), secret);
        Files.createSymbolicLink(archive.resolve("folder-link"), elsewhere.resolve("outside"));
        Files.createSymbolicLink(archive.resolve("inside-link.txt"), archive.resolve("inside/kept.txt"));

        ArchiveListing listing = scanner.scan(archive);
        assertEquals(List.of("inside-link.txt", "inside/kept.txt"),
                listing.files().stream().map(ArchiveFile::relativePath).toList());
        assertEquals(List.of(new Problem("folder-link", ArchiveScanner.LINK_OUTSIDE),
                new Problem("passwd.txt", ArchiveScanner.LINK_OUTSIDE)), listing.problems());

        ArchiveListing anywhere = new ArchiveScanner(true).scan(archive);
        assertEquals(4, anywhere.files().size(), "a setting may allow them");
    }

    @Test
    void givesEveryFileItsOwnId() throws Exception {
        TestArchive.in(folder)
                .file("x.txt", "Lower\n\nText.").file("x.TXT", "Upper\n\nText.")
                .file("feed#1.txt", "Named like a record\n\nText.").file("feed.json", "[{\"title\": \"Record\"}]")
                .file("y.json", "[{\"title\": \"From json\"}]").file("y.jsonl", "{\"title\": \"From lines\"}\n");
        Set<String> ids = new HashSet<>();
        List<String> all = new java.util.ArrayList<>();
        for (ArchiveFile file : scanner.scan(folder).files()) {
            for (Article article : reader.read(file).articles()) {
                ids.add(article.id());
                all.add(article.id());
            }
            assertEquals(file.fullId(), scanner.describe(folder, file.path()).fullId(),
                    "a single changed file gets the id a scan gives it: " + file.relativePath());
        }
        assertEquals(6, all.size());
        assertEquals(6, ids.size(), all.toString());
        assertTrue(ids.containsAll(List.of("x", "x.TXT", "feed#1.txt", "feed#1", "y#1", "y.jsonl#1")), ids.toString());
    }
}
