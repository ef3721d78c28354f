package org.broadsheet.shared;

import java.nio.file.Files;
import java.nio.file.Path;

import org.broadsheet.article.FieldMap;

/**
 * Starts the tests' in-process SolrCloud cluster, publishes a folder to it and keeps it running until standard
 * input ends: for looking at a shared archive in the real window. Not a test.
 * {@code java -cp <test class path> org.broadsheet.shared.SharedDemoCluster FOLDER COLLECTION}.
 */
public final class SharedDemoCluster {

    private SharedDemoCluster() {
    }

    public static void main(String[] args) throws Exception {
        Path temp = Files.createTempDirectory("broadsheet-demo-cluster");
        try (SolrCloudFixture solr = SolrCloudFixture.start(temp.resolve("cluster"))) {
            Publisher.Summary summary = new Publisher(solr.archive(args[1]), FieldMap.NONE, false,
                    new Publisher.Layout(2, 2)).publish(Path.of(args[0]), line -> { });
            System.out.println(String.join(",", solr.nodeUrls()) + " " + summary.articles());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Runs until standard input ends.
            }
        }
    }
}
