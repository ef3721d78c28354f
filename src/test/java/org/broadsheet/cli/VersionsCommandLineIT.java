package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.broadsheet.testing.JarRun;
import org.broadsheet.testing.StoryCorpus;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code show}'s versions, {@code search --collapse} and {@code diff} against the packaged jar. */
class VersionsCommandLineIT {

    @TempDir
    Path workingFolder;

    @TempDir
    Path home;

    private Path archive;

    @BeforeEach
    void writeArchive() throws IOException {
        archive = Files.createDirectory(home.resolve("archive"));
        StoryCorpus corpus = new StoryCorpus(5);
        List<String> story = corpus.paragraphs(6);
        TestArchive.in(archive)
                .file("first.txt", StoryCorpus.file("March 1st, 2021 at 10:00 IST", "Talks resume", story))
                .file("second.txt", StoryCorpus.file("March 2nd, 2021 at 10:00 IST", "Talks resume today",
                        corpus.edited(story, 2)))
                .file("other.txt", StoryCorpus.file("March 3rd, 2021 at 10:00 IST", "Markets close",
                        corpus.paragraphs(6)));
    }

    private JsonNode ok(String... args) throws IOException, InterruptedException {
        JarRun.Result run = JarRun.in(workingFolder, home).run(args);
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        return run.json();
    }

    @Test
    void showListsTheOtherVersionsWithTheirSimilarity() throws Exception {
        JsonNode shown = ok("show", "--archive", archive.toString(), "first");
        JsonNode versions = shown.get("versions");
        assertEquals(1, versions.size());
        assertEquals(List.of("id", "published", "updated", "similarity"), fieldNames(versions.get(0)));
        assertEquals("second", versions.get(0).get("id").asText());
        assertTrue(versions.get(0).get("similarity").asDouble() >= 0.8);
        assertEquals("2021-03-02T10:00+05:30", versions.get(0).get("updated").asText());
        assertEquals(0, ok("show", "--archive", archive.toString(), "other").get("versions").size());
    }

    @Test
    void aCollapsedSearchHasOneHitPerStoryAndSaysHowManyStoriesAndVersions() throws Exception {
        JsonNode collapsed = ok("search", "--archive", archive.toString(), "--collapse");
        assertEquals(List.of("total", "stories", "hits", "problems", "authors", "tags", "sources", "timeline",
                "complete"), fieldNames(collapsed));
        assertEquals(3, collapsed.get("total").asInt());
        assertEquals(2, collapsed.get("stories").asInt());
        assertEquals(2, collapsed.get("hits").size());
        JsonNode story = collapsed.get("hits").get(1);
        assertEquals("second", story.get("id").asText(), "the newest version stands for its story");
        assertEquals(2, story.get("versions").asInt());
        JsonNode plain = ok("search", "--archive", archive.toString());
        assertEquals(3, plain.get("hits").size());
        assertTrue(plain.get("stories") == null && plain.get("hits").get(0).get("versions") == null,
                "without --collapse the output is as it was");
    }

    @Test
    void diffPrintsTheWordLevelComparison() throws Exception {
        JsonNode pieces = ok("diff", "--archive", archive.toString(), "first", "second");
        assertTrue(pieces.isArray());
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        for (JsonNode piece : pieces) {
            assertEquals(List.of("op", "text"), fieldNames(piece));
            String op = piece.get("op").asText();
            assertTrue(List.of("equal", "insert", "delete").contains(op), op);
            if (!op.equals("insert")) {
                first.append(piece.get("text").asText());
            }
            if (!op.equals("delete")) {
                second.append(piece.get("text").asText());
            }
        }
        assertTrue(first.toString().startsWith("Talks resume\n\n"), first.toString());
        assertTrue(second.toString().startsWith("Talks resume today\n\n"), second.toString());
        JarRun.Result wrong = JarRun.in(workingFolder, home).run("diff", "--archive", archive.toString(), "first");
        assertEquals(2, wrong.status());
        assertEquals("error: diff needs the ids of two articles, not 1" + System.lineSeparator(), wrong.err());
        JarRun.Result missing = JarRun.in(workingFolder, home).run("diff", "--archive", archive.toString(), "first",
                "nope");
        assertEquals("error: no article with id \"nope\"" + System.lineSeparator(), missing.err());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
