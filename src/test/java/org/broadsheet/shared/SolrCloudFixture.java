package org.broadsheet.shared;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.security.Sha256AuthenticationProvider;

/**
 * A real SolrCloud cluster in the test's process: two Solr nodes over HTTP and an embedded ZooKeeper, from
 * Solr's own test framework. Started once per test class; its nodes can be stopped and started again.
 */
final class SolrCloudFixture implements AutoCloseable {

    static final int NODES = 2;

    private final MiniSolrCloudCluster cluster;

    private SolrCloudFixture(MiniSolrCloudCluster cluster) {
        this.cluster = cluster;
    }

    static SolrCloudFixture start(Path folder) throws Exception {
        return new SolrCloudFixture(new MiniSolrCloudCluster.Builder(NODES, folder).build());
    }

    /** A cluster that lets in only this user, with Solr's basic authentication. */
    static SolrCloudFixture startWithUser(Path folder, String user, String password) throws Exception {
        Map<String, Object> security = Map.of("authentication", Map.of(
                "class", "solr.BasicAuthPlugin",
                "blockUnknown", true,
                "credentials", Map.of(user, Sha256AuthenticationProvider.getSaltedHashedValue(password))));
        return new SolrCloudFixture(new MiniSolrCloudCluster.Builder(NODES, folder)
                .withSecurityJson(new ObjectMapper().writeValueAsString(security)).build());
    }

    /** The archive of this collection, reached through every node's URL, as a user would list them. */
    SharedArchive archive(String collection) {
        return SharedArchive.of(String.join(",", nodeUrls()), collection, null, null);
    }

    List<String> nodeUrls() {
        return cluster.getJettySolrRunners().stream().map(node -> node.getBaseUrl().toString()).toList();
    }

    /** Stops a node, as when a machine of the cluster goes down; returns it, to start it again. */
    JettySolrRunner stopNode(int index) throws Exception {
        return cluster.stopJettySolrRunner(index);
    }

    void startNode(JettySolrRunner node) throws Exception {
        cluster.startJettySolrRunner(node, true);
        cluster.waitForNode(node, 30);
    }

    void waitForActive(String collection, int shards, int replicas) {
        cluster.waitForActiveCollection(collection, shards, replicas);
    }

    MiniSolrCloudCluster cluster() {
        return cluster;
    }

    @Override
    public void close() throws Exception {
        cluster.shutdown();
    }
}
