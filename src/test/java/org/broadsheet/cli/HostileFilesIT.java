package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.broadsheet.testing.JarRun;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files made to take Broadsheet down, read by the packaged jar under the heap the README recommends or less:
 * each must come out as a bounded result or a problem, with one line on standard error at most.
 */
class HostileFilesIT {

    private static final int FIFTEEN_MB = 15 * 1024 * 1024;

    @TempDir
    Path archive;

    @TempDir
    Path workingFolder;

    @TempDir
    Path home;

    private JarRun jar() {
        return JarRun.in(workingFolder, home);
    }

    /** Writes a file of about {@code bytes} bytes: {@code start}, then {@code unit} over and over, then {@code end}. */
    private Path write(String name, String start, String unit, String end, long bytes) throws IOException {
        Path file = archive.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(start);
            for (long written = start.length(); written < bytes - end.length(); written += unit.length()) {
                out.write(unit);
            }
            out.write(end);
        }
        return file;
    }

    private void withAGoodArticle() {
        TestArchive.in(archive).article("good.txt", "March 3rd, 2021 at 10:00 IST", "A good harbour story",
                "Ships came in.");
    }

    private static void assertQuietSuccess(JarRun.Result run) {
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
    }

    private static List<String> reasons(JsonNode search) {
        return java.util.stream.StreamSupport.stream(search.get("problems").spliterator(), false)
                .map(problem -> problem.get("reason").asText()).toList();
    }

    @Test
    void fifteenMegabytesOfOneLetterParagraphsFitInTheRecommendedHeap() throws Exception {
        withAGoodArticle();
        write("tiny.txt", "Tiny paragraphs\n\n", "a\n\n", "zebra\n", FIFTEEN_MB);
        JarRun.Result run = jar().heap("512m").run("search", "--archive", archive.toString(), "--query", "zebra");
        assertQuietSuccess(run);
        assertEquals(1, run.json().get("total").asInt());
        assertTrue(reasons(run.json()).get(0).contains("paragraphs were folded"), reasons(run.json()).toString());
    }

    @Test
    void aJsonBodyOfMillionsOfOneLetterParagraphsFitsInTheRecommendedHeap() throws Exception {
        withAGoodArticle();
        write("tiny.json", "{\"title\": \"Tiny\", \"text\": [", "\"a\",", "\"zebra\"]}", FIFTEEN_MB);
        JarRun.Result run = jar().heap("512m").run("search", "--archive", archive.toString(), "--query", "zebra");
        assertQuietSuccess(run);
        assertEquals(1, run.json().get("total").asInt());
    }

    @Test
    void halfAMillionBrokenRecordsMakeAHundredProblemsAndACount() throws Exception {
        withAGoodArticle();
        write("numbers.json", "[", "0,", "0]", 1_000_001);
        write("broken.jsonl", "", "not json at all\n", "", FIFTEEN_MB);
        JarRun.Result run = jar().heap("512m").run("search", "--archive", archive.toString(), "--limit", "1");
        assertQuietSuccess(run);
        List<String> reasons = reasons(run.json());
        assertTrue(reasons.size() <= 2 * 101, "problems listed: " + reasons.size());
        assertTrue(reasons.stream().anyMatch(reason -> reason.matches("\u2026 and [0-9,]+ more problems in this file")));
        assertTrue(run.out().length() < 100_000, "the output stays small: " + run.out().length());
    }

    @Test
    void aFileOfFifteenMegabytesOfUniqueWordsIndexesInASmallHeap() throws Exception {
        withAGoodArticle();
        Path file = archive.resolve("unique.txt");
        Random random = new Random(7);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Unique words\n\n");
            for (long written = 0; written < FIFTEEN_MB; written += 11) {
                out.write(Long.toString(random.nextLong() >>> 12, 36) + " ");
            }
        }
        JarRun.Result run = jar().heap("256m").run("search", "--archive", archive.toString(), "--query", "harbour");
        assertQuietSuccess(run);
        assertEquals(1, run.json().get("total").asInt());
    }

    @Test
    void aNormalArchiveIndexesInAHundredAndTwentyEightMegabytes() throws Exception {
        JarRun.Result run = jar().heap("128m").run("bench", "--articles", "2000");
        assertQuietSuccess(run);
        assertEquals(2000, run.json().get("articles").asInt());
    }

    @Test
    void runningOutOfMemoryIsOneLineAndTheLogHasTheRest() throws Exception {
        write("big.txt", "Big\n\n", "word after word ", "", FIFTEEN_MB);
        JarRun run = jar().heap("20m");
        JarRun.Result result = run.run("search", "--archive", archive.toString());
        assertEquals(2, result.status());
        assertEquals("", result.out());
        List<String> lines = result.err().lines().toList();
        assertEquals(1, lines.size(), result.err());
        assertTrue(lines.get(0).startsWith("error: Broadsheet ran out of memory"), lines.get(0));
        String log = Files.readString(run.cacheFolder().resolve("broadsheet/logs/broadsheet.log"));
        assertTrue(log.contains("OutOfMemoryError"), "the log file tells the rest");
    }

    @Test
    void aLimitOfBillionsAllocatesForTheArchiveNotForTheNumber() throws Exception {
        TestArchive.in(archive).withSeeds();
        for (String limit : List.of("2000000000", "2147483647")) {
            JarRun.Result run = jar().heap("256m").run("search", "--archive", archive.toString(), "--limit", limit);
            assertQuietSuccess(run);
            assertEquals(2, run.json().get("hits").size());
        }
    }

    @Test
    void datesFarOutsideTheYearsArePlainlyRefused() throws Exception {
        TestArchive.in(archive).withSeeds();
        for (String date : List.of("+999999999-12-31", "-5000000-01-01", "99999")) {
            JarRun.Result run = jar().run("search", "--archive", archive.toString(), "--from", date);
            assertEquals(2, run.status());
            assertTrue(run.err().startsWith("error: --from: "), run.err());
            assertEquals(1, run.err().lines().count());
        }
    }

    @Test
    void anEmptyArchivePathIsAnErrorNotTheCurrentFolder() throws Exception {
        TestArchive.in(workingFolder).article("here.txt", null, "In the working folder", "Text.");
        JarRun.Result run = jar().run("search", "--archive", "");
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: "), run.err());
    }

    @Test
    void idsOfNonAsciiFileNamesHoldInAnAsciiLocale() throws Exception {
        TestArchive.in(archive)
                .article("caf\u00E9.txt", null, "Caf\u00E9 news", "Text.")
                .article("cafe\u0301s.txt", null, "Another caf\u00E9", "Text.");
        JarRun ascii = jar().environment("LANG", "C").environment("LC_ALL", "C");
        JarRun.Result search = ascii.run("search", "--archive", archive.toString());
        assertQuietSuccess(search);
        List<String> ids = java.util.stream.StreamSupport.stream(search.json().get("hits").spliterator(), false)
                .map(hit -> hit.get("id").asText()).sorted().toList();
        assertEquals(List.of("cafe\u0301s", "caf\u00E9"), ids);
        JarRun.Result show = ascii.run("show", "--archive", archive.toString(), "caf\u00E9");
        assertQuietSuccess(show);
        assertEquals("Caf\u00E9 news", show.json().get("title").asText());
    }

    @Test
    void aCacheThatCannotBeWrittenNeverFailsACommand() throws Exception {
        TestArchive.in(archive).withSeeds();
        Files.writeString(home.resolve("cache"), "a file where the cache folder should be");
        JarRun.Result run = jar().run("search", "--archive", archive.toString(), "--query", "navalny");
        assertQuietSuccess(run);
        assertEquals(1, run.json().get("total").asInt());
    }
}
