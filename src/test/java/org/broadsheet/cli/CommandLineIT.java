package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.broadsheet.index.IndexOpener;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.testing.JarRun;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line's contract, checked against the packaged {@code target/broadsheet.jar} run as a user runs
 * it: {@code java -jar}, from an unrelated folder, with its own empty cache.
 */
class CommandLineIT {

    @TempDir
    Path workingFolder;

    @TempDir
    Path home;

    private JarRun.Result broadsheet(String... args) throws IOException, InterruptedException {
        return JarRun.in(workingFolder, home).run(args);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void searchesTheBundledSampleFromAnyFolder() throws Exception {
        JarRun.Result run = broadsheet("search");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        JsonNode result = run.json();
        assertEquals(List.of("total", "hits", "problems", "authors", "tags", "sources", "timeline", "complete"),
                fieldNames(result));
        assertTrue(result.get("complete").asBoolean(), "this process read the whole archive");
        assertEquals(2, result.get("total").asInt());
        assertEquals(2, result.get("hits").size());
        assertEquals(0, result.get("problems").size());
        JsonNode newest = result.get("hits").get(0);
        assertEquals(List.of("id", "title", "author", "published", "updated", "snippet", "score", "star", "tags", "note",
                "read", "source"), fieldNames(newest));
        assertEquals(false, newest.get("star").asBoolean());
        assertEquals(0, newest.get("tags").size());
        assertTrue(newest.get("note").isNull());
        assertEquals("001_191ff7a9de4b3ca6", newest.get("id").asText());
        assertEquals("Jay Pandya", newest.get("author").asText());
        assertEquals("2021-03-04T12:13+05:30", newest.get("published").asText());
        assertEquals("2021-03-04T12:13+05:30", newest.get("updated").asText());
        assertTrue(newest.get("score").isNull(), "no query, no score");
        assertTrue(result.get("hits").get(1).get("author").isNull());
    }

    @Test
    void searchesWithAQueryAndScoresTheHits() throws Exception {
        JsonNode result = broadsheet("search", "--query", "Navalny").json();
        assertEquals(1, result.get("total").asInt());
        JsonNode hit = result.get("hits").get(0);
        assertEquals("000_1e1bfa49edc9e94a", hit.get("id").asText());
        assertTrue(hit.get("score").isNumber());
        assertTrue(hit.get("snippet").asText().contains("Navalny"));
    }

    @Test
    void filtersByInclusiveDatesAndSorts() throws Exception {
        JsonNode fourth = broadsheet("search", "--from", "2021-03-04", "--to", "2021-03-04").json();
        assertEquals(1, fourth.get("total").asInt());
        assertEquals("001_191ff7a9de4b3ca6", fourth.get("hits").get(0).get("id").asText());
        JsonNode oldest = broadsheet("search", "--sort", "oldest").json();
        assertEquals("000_1e1bfa49edc9e94a", oldest.get("hits").get(0).get("id").asText());
    }

    @Test
    void limitsTheHitsButCountsThemAll() throws Exception {
        JsonNode result = broadsheet("search", "--limit", "1").json();
        assertEquals(2, result.get("total").asInt());
        assertEquals(1, result.get("hits").size());
    }

    @Test
    void countsAuthorsAndTheTimelineAndFiltersByAuthor() throws Exception {
        JsonNode all = broadsheet("search").json();
        JsonNode author = all.get("authors").get(0);
        assertEquals(List.of("name", "count"), fieldNames(author));
        assertEquals("Jay Pandya", author.get("name").asText());
        assertEquals(1, author.get("count").asInt());
        JsonNode timeline = all.get("timeline");
        assertEquals(List.of("start", "count"), fieldNames(timeline.get(0)));
        assertEquals("2021-03-03", timeline.get(0).get("start").asText());
        assertEquals(1, timeline.get(0).get("count").asInt());
        assertEquals("2021-03-04", timeline.get(1).get("start").asText());

        JsonNode byJay = broadsheet("search", "--author", "jay pandya").json();
        assertEquals(1, byJay.get("total").asInt());
        assertEquals("001_191ff7a9de4b3ca6", byJay.get("hits").get(0).get("id").asText());
        assertEquals(1, byJay.get("timeline").size());
        assertEquals(0, broadsheet("search", "--author", "Nobody").json().get("total").asInt());
    }

    @Test
    void showsAnArticleWhole() throws Exception {
        JarRun.Result run = broadsheet("show", "001_191ff7a9de4b3ca6");
        assertEquals(0, run.status(), run.err());
        JsonNode article = run.json();
        assertEquals(List.of("id", "title", "standfirst", "author", "published", "updated", "paragraphs", "related",
                "similar", "star", "tags", "note", "read", "versions", "url", "source"), fieldNames(article));
        assertEquals(0, article.get("versions").size(), "the two sample articles are different stories");
        assertEquals("000_1e1bfa49edc9e94a", article.get("similar").get(0).asText());
        assertEquals("Microsoft after India: China bats away another cyber-attack claim with no specific counter",
                article.get("title").asText());
        assertEquals("Jay Pandya", article.get("author").asText());
        assertEquals(8, article.get("paragraphs").size());
        assertEquals(4, article.get("related").size());
        assertEquals("2021-03-04T12:13+05:30", article.get("published").asText());
    }

    @Test
    void countsOutletsAndFiltersBySource() throws Exception {
        Path archive = Files.createDirectory(home.resolve("crawl"));
        TestArchive.in(archive)
                .file("one.json", "{\"title\": \"Port strike\", \"text\": \"Dock workers struck.\", "
                        + "\"domain\": \"reuters.com\"}")
                .file("two.json", "{\"title\": \"Port talks\", \"text\": \"Dock owners talked.\", "
                        + "\"url\": \"https://www.apnews.com/article/port-talks\"}");
        JsonNode all = broadsheet("search", "--archive", archive.toString()).json();
        JsonNode sources = all.get("sources");
        assertEquals(2, sources.size());
        assertEquals(List.of("name", "count"), fieldNames(sources.get(0)));
        assertEquals(List.of("apnews.com", "reuters.com"), List.of(sources.get(0).get("name").asText(),
                sources.get(1).get("name").asText()));
        JsonNode wire = broadsheet("search", "--archive", archive.toString(), "--source", "Reuters.com").json();
        assertEquals(1, wire.get("total").asInt());
        assertEquals("one#1", wire.get("hits").get(0).get("id").asText());
        assertEquals("reuters.com", wire.get("hits").get(0).get("source").asText());
        String csv = broadsheet("export", "--archive", archive.toString(), "--source", "apnews.com", "--format", "csv")
                .out();
        assertEquals(2, csv.lines().count(), "a header and the one article from that outlet: " + csv);
    }

    @Test
    void readsJsonOfAnotherShapeByTheMapOnTheCommandLineOrInTheSettings() throws Exception {
        Path archive = Files.createDirectory(home.resolve("odd"));
        TestArchive.in(archive).file("crawl.json", "{\"title\": \"Port strike\", "
                + "\"body_text\": \"Dock workers struck.\", \"when\": \"2021-03-04 08:30:00\"}");
        JsonNode unmapped = broadsheet("search", "--archive", archive.toString(), "--query", "dock").json();
        assertEquals(0, unmapped.get("total").asInt());
        assertEquals("read, but no text field recognised; fields: body_text, when",
                unmapped.get("problems").get(0).get("reason").asText());

        JarRun.Result mapped = broadsheet("search", "--archive", archive.toString(), "--query", "dock",
                "--map", "text=body_text,published=when");
        assertEquals(0, mapped.status(), mapped.err());
        assertEquals("", mapped.err());
        assertEquals(1, mapped.json().get("total").asInt());
        assertTrue(mapped.json().get("hits").get(0).get("published").asText().startsWith("2021-03-04T08:30"));
        assertEquals(0, mapped.json().get("problems").size());

        JarRun.Result wrong = broadsheet("search", "--archive", archive.toString(), "--map", "txt=body_text");
        assertEquals(2, wrong.status());
        assertEquals("error: --map: \u201Ctxt\u201D is not a part of an article; the parts are title, text, html, "
                + "standfirst, author, published, updated, url, source", wrong.err().strip());

        Path settings = Files.createDirectories(home.resolve("config").resolve("broadsheet")).resolve("settings.json");
        Files.writeString(settings, JsonOutput.write(Map.of("fieldMaps",
                Map.of(archive.toAbsolutePath().normalize().toString(), Map.of("text", "body_text")))));
        assertEquals(1, broadsheet("show", "--archive", archive.toString(), "crawl#1").json().get("paragraphs").size(),
                "the settings' map for this archive");
        Files.writeString(settings, JsonOutput.write(Map.of("fieldMaps",
                Map.of(archive.toAbsolutePath().normalize().toString(), Map.of("text", " ")))));
        JarRun.Result unusable = broadsheet("search", "--archive", archive.toString());
        assertEquals(2, unusable.status());
        assertEquals("error: the field map the settings keep for this archive cannot be used: text needs the name of "
                + "a field", unusable.err().strip());
    }

    @Test
    void readsAnotherArchiveAndReportsItsProblems() throws Exception {
        Path archive = Files.createDirectory(home.resolve("archive"));
        TestArchive.in(archive)
                .article("world/2021/one.txt", "May 1st, 2021 at 10:00 IST", "A world story", "It happened.")
                .file("empty.txt", "");
        JsonNode result = broadsheet("search", "--archive", archive.toString()).json();
        assertEquals(1, result.get("total").asInt());
        assertEquals("world/2021/one", result.get("hits").get(0).get("id").asText());
        JsonNode problem = result.get("problems").get(0);
        assertEquals(List.of("file", "reason"), fieldNames(problem));
        assertEquals("empty.txt", problem.get("file").asText());
        assertEquals("empty file", problem.get("reason").asText());
        JsonNode shown = broadsheet("show", "--archive", archive.toString(), "world/2021/one").json();
        assertNull(shown.get("author").textValue());
        assertTrue(shown.get("standfirst").isTextual());
    }

    @Test
    void searchesWhileAnotherProcessIsUpdatingTheSameArchivesIndex() throws Exception {
        Path archive = Files.createDirectory(home.resolve("shared"));
        TestArchive.in(archive).withSeeds();
        Path indexes = home.resolve("cache").resolve("broadsheet").resolve("indexes");
        try (ArchiveSession writer = ArchiveSession.open(archive, new IndexOpener(indexes),
                ArchiveSession.Options.defaults())) {
            writer.ingest(IngestListener.NONE);
            JarRun.Result run = broadsheet("search", "--archive", archive.toString(), "--query", "hafnium");
            assertEquals(0, run.status(), run.err());
            assertEquals("", run.err());
            assertEquals(2, run.json().get("total").asInt());
        }
    }

    @Test
    void keepsTheIndexInTheUserCacheBetweenRuns() throws Exception {
        assertEquals(0, broadsheet("search").status());
        Path indexes = home.resolve("cache").resolve("broadsheet").resolve("indexes");
        try (var folders = Files.list(indexes)) {
            assertEquals(1, folders.count());
        }
        assertEquals(2, broadsheet("search").json().get("total").asInt());
    }

    @Test
    void benchmarksASyntheticArchiveAndPrintsOneObject() throws Exception {
        JarRun.Result run = broadsheet("bench", "--articles", "300", "--seed", "7");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        JsonNode report = run.json();
        assertEquals(List.of("articles", "bytes", "threads", "cold_index_s", "docs_per_s", "warm_start_s", "query",
                "heap_peak_mb", "marked", "versions", "baseline", "cold_vs_baseline"), fieldNames(report));
        assertEquals(300, report.get("articles").asInt());
        assertTrue(report.get("bytes").asLong() > 300 * 2048L, "bodies of 2-4 KB");
        assertTrue(report.get("threads").asInt() >= 1);
        assertTrue(report.get("cold_index_s").asDouble() > 0);
        assertTrue(report.get("warm_start_s").asDouble() > 0);
        JsonNode query = report.get("query");
        assertEquals(List.of("count", "p50_ms", "p99_ms", "max_ms"), fieldNames(query));
        assertTrue(query.get("count").asInt() >= 200);
        assertTrue(query.get("p50_ms").asDouble() <= query.get("p99_ms").asDouble());
        assertTrue(query.get("p99_ms").asDouble() <= query.get("max_ms").asDouble());
        assertTrue(report.get("heap_peak_mb").asLong() > 0);
        JsonNode marked = report.get("marked");
        assertEquals(List.of("articles", "mark_s", "query"), fieldNames(marked));
        assertEquals(30, marked.get("articles").asInt(), "a tenth tagged, a twentieth read: every tenth has a mark");
        assertEquals(120, marked.get("query").get("count").asInt());
        assertTrue(marked.get("query").get("p50_ms").asDouble() <= marked.get("query").get("max_ms").asDouble());
        JsonNode versions = report.get("versions");
        assertEquals(List.of("written", "folded", "group_s", "signature_s"), fieldNames(versions));
        assertEquals(15, versions.get("written").asInt(), "one article in twenty is a version of an earlier one");
        assertEquals(versions.get("written"), versions.get("folded"), "every version is found and folded");
        assertTrue(versions.get("signature_s").asDouble() > 0);
        JsonNode baseline = report.get("baseline");
        assertEquals(List.of("index_s", "docs_per_s"), fieldNames(baseline));
        assertTrue(baseline.get("index_s").asDouble() > 0);
        // Both times are printed to the millisecond and the ratio to the hundredth: on a short baseline the
        // millisecond alone moves a ratio of 10 by 0.05, so the bound follows from the roundings.
        double cold = report.get("cold_index_s").asDouble();
        double plain = baseline.get("index_s").asDouble();
        assertEquals(cold / plain, report.get("cold_vs_baseline").asDouble(),
                cold / plain * (0.0005 / cold + 0.0005 / plain) + 0.005);
        JsonNode again = broadsheet("bench", "--articles", "300", "--seed", "7").json();
        assertEquals(report.get("bytes"), again.get("bytes"), "the same seed writes the same archive");
        JsonNode wire = broadsheet("bench", "--articles", "300", "--seed", "7", "--body", "short").json();
        assertTrue(wire.get("bytes").asLong() < 300 * 2048L, "bodies of 0.5-2 KB");
        assertTrue(wire.get("bytes").asLong() > 300 * 512L, "bodies of 0.5-2 KB");
        JsonNode warc = broadsheet("bench", "--articles", "300", "--seed", "7", "--format", "warc").json();
        assertEquals(report.get("bytes"), warc.get("bytes"), "the same articles, in a WARC per month");
        assertEquals(warc.get("versions").get("written"), warc.get("versions").get("folded"),
                "every page of the WARCs was read: each version found its story");
        assertTrue(warc.get("baseline").isNull() && warc.get("cold_vs_baseline").isNull(),
                "the plain indexer reads text files only");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            bench                                  | bench needs --articles N
            bench --articles 0                     | --articles must be a whole number above 0
            bench --articles many                  | --articles must be a whole number above 0
            bench --articles 5 --body medium       | --body must be short (0.5-2 KB) or long (2-4 KB)
            bench --articles 5 --format pdf        | --format must be text, html, rss or warc
            search --archive /no/such/folder       | archive folder not found
            search --query "unclosed               | invalid query
            search --from 03/03/2021               | --from: “03/03/2021” is not a date: write it as 1987, 1987-03 or 1987-03-04.
            search --to 2021-02-30                 | --to: February 2021 has no day 30.
            search --from 2021-03-05 --to 2021-03-04 | is after --to
            search --sort random                   | --sort must be relevance, newest or oldest
            search --limit -1                      | --limit must be a whole number
            search --limit many                    | --limit must be a whole number
            search --colour red                    | unknown option --colour
            search --query                         | --query needs a value
            search stray                           | does not take
            show no-such-article                   | no article with id
            show                                   | show needs the id of an article
            diff only-one                          | diff needs the ids of two articles
            frobnicate                             | (commands: search, show, diff, mark, export, bench; or --archive DIR
            """)
    void reportsEveryErrorOnOneLineWithStatusTwo(String arguments, String expected) throws Exception {
        JarRun.Result run = broadsheet(split(arguments));
        assertEquals(2, run.status());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("error: "), lines.get(0));
        assertTrue(lines.get(0).contains(expected), lines.get(0));
    }

    @Test
    void saysInALineWhenThereIsNoDisplayForTheWindow() throws Exception {
        // No X server answers on display 199; the window's toolkit cannot start there.
        JarRun window = JarRun.in(workingFolder, home).environment("DISPLAY", ":199");
        JarRun.Result run = window.run();
        assertEquals(2, run.status(), run.err());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), "JavaFX's own notices go to the log file too: " + run.err());
        assertTrue(lines.get(0).startsWith("error: no display to open the window on"), run.err());
        assertTrue(Files.readString(window.cacheFolder().resolve("broadsheet/logs/broadsheet.log"))
                .contains("The window could not start"), "the log file keeps the failure");
    }

    /** Splits on spaces, keeping a double-quoted word's quote, the way a shell would pass it. */
    private static String[] split(String arguments) {
        return arguments.strip().split("\\s+");
    }
}
