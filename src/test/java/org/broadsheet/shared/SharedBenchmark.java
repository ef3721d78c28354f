package org.broadsheet.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.broadsheet.article.FieldMap;
import org.broadsheet.bench.Benchmark;
import org.broadsheet.bench.BenchmarkQueries;
import org.broadsheet.bench.SyntheticArchive;

/**
 * Publish rate and query latency of a shared archive on the in-process cluster the tests use (two nodes, two
 * shards of two replicas, on this one machine): not a test, a program that prints numbers, for
 * docs/benchmarks.md. {@code java -cp <test class path> org.broadsheet.shared.SharedBenchmark ARTICLES [SEED]}.
 * One machine says little about a cluster: its nodes share the cores and the disk with the publisher.
 */
public final class SharedBenchmark {

    private SharedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        Path temp = Files.createTempDirectory("broadsheet-shared-bench");
        try (SolrCloudFixture solr = SolrCloudFixture.start(temp.resolve("cluster"))) {
            Path folder = Files.createDirectories(temp.resolve("archive"));
            SyntheticArchive archive = new SyntheticArchive(seed);
            archive.write(folder, articles);
            SharedArchive shared = solr.archive("bench");
            Publisher.Summary published = new Publisher(shared, FieldMap.NONE, false, new Publisher.Layout(2, 2))
                    .publish(folder, line -> { });
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("articles", published.articles());
            report.put("publish_s", Math.round(published.seconds() * 10) / 10.0);
            report.put("docs_per_s", Math.round(published.articles() / published.seconds()));
            long again = System.nanoTime();
            new Publisher(shared, FieldMap.NONE, false, Publisher.Layout.SINGLE).publish(folder, line -> { });
            report.put("republish_unchanged_s", Math.round((System.nanoTime() - again) / 1e8) / 10.0);
            try (SolrArchiveSearch searcher = SolrArchiveSearch.open(shared)) {
                report.put("query", Benchmark.timeQueries(searcher, BenchmarkQueries.of(archive, seed + 1),
                        BenchmarkQueries.of(archive, seed)));
            }
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(report));
        } finally {
            try (Stream<Path> files = Files.walk(temp)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
