package org.broadsheet.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.solr.embedded.JettySolrRunner;
import org.broadsheet.bench.SyntheticArchive;
import org.broadsheet.testing.JarRun;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code publish} and {@code search}, {@code show} and {@code export --solr} against the packaged jar (which
 * has no ZooKeeper client) and a real two-node SolrCloud cluster: the same ids as the embedded index, a node
 * lost mid-way, and each bad case in one line with status 2.
 */
class SharedArchiveCommandLineIT {

    @TempDir
    static Path temp;

    private static SolrCloudFixture solr;
    private static String nodes;
    private static Path sample;
    private static Path generated;

    @BeforeAll
    static void startCluster() throws Exception {
        solr = SolrCloudFixture.start(temp.resolve("cluster"));
        nodes = String.join(",", solr.nodeUrls());
        sample = Files.createDirectories(temp.resolve("sample"));
        TestArchive.in(sample).withSeeds();
        generated = Files.createDirectories(temp.resolve("generated"));
        new SyntheticArchive(11).write(generated, 300);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        solr.close();
    }

    private static JarRun.Result run(String... args) throws IOException, InterruptedException {
        return JarRun.in(temp, Files.createDirectories(temp.resolve("home"))).run(args);
    }

    private static JsonNode ok(String... args) throws IOException, InterruptedException {
        JarRun.Result run = run(args);
        assertEquals(0, run.status(), run.err());
        return run.json();
    }

    private static List<String> ids(JsonNode search) {
        List<String> ids = new ArrayList<>();
        search.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    @Test
    void searchesAPublishedArchiveWithTheEmbeddedIndexsResults() throws Exception {
        JsonNode published = ok("publish", "--archive", sample.toString(), "--solr", nodes, "--collection", "sample",
                "--shards", "2", "--replicas", "2");
        assertTrue(published.get("created").asBoolean());
        assertEquals(2, published.get("articles").asInt());
        assertEquals(0, ok("publish", "--archive", sample.toString(), "--solr", nodes, "--collection", "sample")
                .get("read").asInt());
        ok("publish", "--archive", generated.toString(), "--solr", nodes, "--collection", "generated",
                "--shards", "2", "--replicas", "2");

        for (String query : List.of("", "navalny", "\"foreign ministry\"", "sanction* OR floods", "-china")) {
            JsonNode embedded = ok("search", "--archive", sample.toString(), "--query", query, "--sort", "oldest");
            JsonNode shared = ok("search", "--solr", nodes, "--collection", "sample", "--query", query, "--sort",
                    "oldest");
            assertEquals(ids(embedded), ids(shared), query);
            assertEquals(embedded.get("total"), shared.get("total"), query);
            assertEquals(embedded.get("authors"), shared.get("authors"), query);
            assertEquals(embedded.get("timeline"), shared.get("timeline"), query);
        }
        for (String query : List.of("minister", "court -election", "\"of the\"")) {
            JsonNode embedded = ok("search", "--archive", generated.toString(), "--query", query, "--limit", "1000");
            JsonNode shared = ok("search", "--solr", nodes, "--collection", "generated", "--query", query,
                    "--limit", "1000");
            assertEquals(embedded.get("total"), shared.get("total"), query);
            assertEquals(new java.util.TreeSet<>(ids(embedded)), new java.util.TreeSet<>(ids(shared)), query);
        }

        String id = ids(ok("search", "--archive", sample.toString())).get(0);
        JsonNode shown = ok("show", "--solr", nodes, "--collection", "sample", id);
        assertEquals(ok("show", "--archive", sample.toString(), id).get("title"), shown.get("title"));

        JarRun.Result export = run("export", "--solr", nodes, "--collection", "sample", "--format", "jsonl");
        assertEquals(0, export.status(), export.err());
        assertEquals(2, export.out().strip().split("\n").length);
    }

    @Test
    void keepsSearchingAndPublishingWhenANodeGoesDown() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("resilient"));
        new SyntheticArchive(5).write(folder, 120);
        ok("publish", "--archive", folder.toString(), "--solr", nodes, "--collection", "resilient",
                "--shards", "2", "--replicas", "2");
        int total = ok("search", "--solr", nodes, "--collection", "resilient").get("total").asInt();

        JettySolrRunner stopped = solr.stopNode(1);
        try {
            String alive = solr.nodeUrls().get(0);
            assertEquals(total, ok("search", "--solr", nodes, "--collection", "resilient").get("total").asInt());
            TestArchive.in(folder).article("late.txt", "March 9th, 2021 at 10:00 IST", "A late story",
                    "Published while a node was down.");
            JsonNode published = ok("publish", "--archive", folder.toString(), "--solr", alive, "--collection",
                    "resilient");
            assertEquals(1, published.get("read").asInt());
            assertEquals(total + 1, ok("search", "--solr", alive, "--collection", "resilient").get("total").asInt());
        } finally {
            solr.startNode(stopped);
        }
        solr.waitForActive("resilient", 2, 4);
        assertEquals(0, ok("publish", "--archive", folder.toString(), "--solr", nodes, "--collection", "resilient")
                .get("read").asInt());
        assertEquals(total + 1, ok("search", "--solr", nodes, "--collection", "resilient").get("total").asInt());
    }

    @Test
    void aPublishSurvivesANodeLostMidWay() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("midway"));
        new SyntheticArchive(9).write(folder, 600);
        SharedArchive archive = solr.archive("midway");
        new Publisher(archive, org.broadsheet.article.FieldMap.NONE, false, new Publisher.Layout(2, 2))
                .publish(Files.createDirectories(temp.resolve("empty")), Publisher.Progress.NONE);
        JettySolrRunner[] stopped = new JettySolrRunner[1];
        Publisher.Summary published;
        try {
            // The node goes down once the publish has read what the collection holds, before it sends anything.
            published = new Publisher(archive, org.broadsheet.article.FieldMap.NONE, false, Publisher.Layout.SINGLE)
                    .publish(folder, line -> {
                        if (line.endsWith("gone") && stopped[0] == null) {
                            try {
                                stopped[0] = solr.stopNode(1);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    });
        } finally {
            if (stopped[0] != null) {
                solr.startNode(stopped[0]);
            }
        }
        assertTrue(stopped[0] != null, "a node was stopped");
        assertEquals(600, published.articles());
        solr.waitForActive("midway", 2, 4);
        assertEquals(600, ok("search", "--solr", nodes, "--collection", "midway").get("total").asInt());
        assertEquals(0, ok("publish", "--archive", folder.toString(), "--solr", nodes, "--collection", "midway")
                .get("read").asInt());
    }

    @Test
    void saysWhatIsWrongInOneLine() throws Exception {
        assertOneLineError("cannot reach Solr at http://127.0.0.1:9/solr",
                "search", "--solr", "http://127.0.0.1:9", "--collection", "sample");
        assertOneLineError("has no collection \"missing\"", "search", "--solr", nodes, "--collection", "missing");
        assertOneLineError("is not a Solr node's address", "search", "--solr", "ftp://example", "--collection", "x");
        assertOneLineError("--solr needs --collection NAME", "search", "--solr", nodes);
        assertOneLineError("not both", "search", "--solr", nodes, "--collection", "sample", "--archive", "x");
        assertOneLineError("needs a password", "search", "--solr", nodes, "--collection", "sample", "--user", "ann");
        assertOneLineError("publish needs --solr URL", "publish", "--archive", sample.toString());
    }

    private static void assertOneLineError(String expected, String... args) throws Exception {
        JarRun.Result run = run(args);
        assertEquals(2, run.status(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: ") && run.err().contains(expected), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
