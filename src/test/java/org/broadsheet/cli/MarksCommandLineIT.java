package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.broadsheet.testing.JarRun;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mark} and {@code export} against the packaged jar: marks kept in the data folder, exports of every match. */
class MarksCommandLineIT {

    private static final String NAVALNY = "000_1e1bfa49edc9e94a";
    private static final String MICROSOFT = "001_191ff7a9de4b3ca6";

    @TempDir
    Path workingFolder;

    @TempDir
    Path home;

    private JarRun.Result broadsheet(String... args) throws IOException, InterruptedException {
        return JarRun.in(workingFolder, home).run(args);
    }

    private JsonNode ok(String... args) throws IOException, InterruptedException {
        JarRun.Result run = broadsheet(args);
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        return run.json();
    }

    @Test
    void marksAnArticleAndSearchesAndShowsItsMarks() throws Exception {
        JsonNode marks = ok("mark", NAVALNY, "--star", "--tag", "Cyber war", "--tag", "Россия", "--note",
                "Check the \"internal matter\" quote", "--read");
        assertEquals(List.of("id", "star", "tags", "note", "read"), fieldNames(marks));
        assertTrue(marks.get("star").asBoolean());
        assertEquals("[\"Cyber war\",\"Россия\"]", marks.get("tags").toString());
        assertEquals("Check the \"internal matter\" quote", marks.get("note").asText());
        assertTrue(marks.get("read").asBoolean());

        JsonNode found = ok("search", "--query", "tag:\"cyber war\" is:starred has:note note:quotes");
        assertEquals(1, found.get("total").asInt());
        JsonNode hit = found.get("hits").get(0);
        assertEquals(NAVALNY, hit.get("id").asText());
        assertTrue(hit.get("star").asBoolean());
        assertEquals("Cyber war", found.get("tags").get(0).get("name").asText());

        assertEquals(1, ok("search", "--query", "is:unread").get("total").asInt());
        JsonNode shown = ok("show", NAVALNY);
        assertEquals(2, shown.get("tags").size());
        assertTrue(shown.get("read").asBoolean());

        JsonNode after = ok("mark", NAVALNY, "--unstar", "--untag", "cyber WAR", "--note", "");
        assertFalse(after.get("star").asBoolean());
        assertEquals("[\"Россия\"]", after.get("tags").toString());
        assertTrue(after.get("note").isNull());
        assertTrue(Files.walk(home.resolve("data")).anyMatch(path -> path.toString().endsWith(".sqlite")),
                "the marks live in the data folder");
    }

    @Test
    void exportsEveryMatchAsCsvToAFileAndAsRisAndJsonLinesToStandardOutput() throws Exception {
        ok("mark", MICROSOFT, "--tag", "tech, policy");
        Path csv = home.resolve("out/all.csv");
        Files.createDirectories(csv.getParent());
        JarRun.Result written = broadsheet("export", "--format", "csv", "--output", csv.toString(), "--text");
        assertEquals(0, written.status(), written.err());
        assertEquals("", written.out(), "the export went to the file");
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> read = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            read.forEachRemaining(rows::add);
        }
        assertEquals(2, rows.size());
        assertEquals(MICROSOFT, rows.get(0).get("id"), "newest first, as search lists them");
        assertEquals("tech, policy", rows.get(0).get("tags"));
        assertTrue(rows.get(0).get("text").contains("Wang Wenbin"));
        try (var files = Files.list(csv.getParent())) {
            assertEquals(List.of(csv), files.toList(), "nothing left beside the export");
        }

        JarRun.Result ris = broadsheet("export", "--format", "ris", "--query", "navalny");
        assertEquals(0, ris.status(), ris.err());
        assertEquals(1, ris.out().split("TY  - NEWS", -1).length - 1);
        assertTrue(ris.out().contains("ID  - " + NAVALNY + "\r\n"));

        JarRun.Result lines = broadsheet("export", "--format", "jsonl", "--from", "2021-03-04");
        assertEquals(0, lines.status(), lines.err());
        assertEquals(1, lines.out().lines().count());
    }

    @Test
    void saysWhatIsWrongInOneLineAndPrintsNothing() throws Exception {
        assertError("error: no article with id \"nope\"", "mark", "nope", "--star");
        assertError("error: --star and --unstar cannot be given together", "mark", NAVALNY, "--star", "--unstar");
        assertError("error: A tag can have at most 100 characters; this one has 10,000.", "mark", NAVALNY, "--tag",
                "t".repeat(10_000));
        assertError("error: export needs --format csv, jsonl or ris", "export");
        assertError("error: --format must be csv, jsonl or ris, not \"xml\"", "export", "--format", "xml");
        assertError("error: invalid query: is: takes starred, unstarred, read or unread, as in is:starred.",
                "export", "--format", "csv", "--query", "is:everything");
        Path archive = Files.createDirectory(home.resolve("archive"));
        TestArchive.in(archive).withSeeds();
        JarRun.Result inside = broadsheet("export", "--archive", archive.toString(), "--format", "csv", "--output",
                archive.resolve("export.csv").toString());
        assertEquals(2, inside.status());
        assertTrue(inside.err().startsWith("error: --output ") && inside.err().contains("is inside the archive"),
                inside.err());
        assertFalse(Files.exists(archive.resolve("export.csv")));
    }

    private void assertError(String message, String... args) throws Exception {
        JarRun.Result run = broadsheet(args);
        assertEquals(2, run.status(), run.out());
        assertEquals("", run.out());
        assertEquals(message + System.lineSeparator(), run.err());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
