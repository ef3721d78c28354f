package org.broadsheet.shared;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;

/**
 * One open connection to a shared archive's cluster: a SolrCloud client that finds the collection's shards
 * through the nodes' URLs (never ZooKeeper, which a desktop often cannot reach), with basic authentication
 * when the archive has a user. Thread-safe; close it when done.
 */
final class SolrConnection implements Closeable {

    private static final long CONNECT_SECONDS = 5;
    private static final long IDLE_SECONDS = 60;
    private static final long REQUEST_SECONDS = 120;

    private final SharedArchive archive;
    private final Http2SolrClient http;
    private final CloudHttp2SolrClient cloud;

    SolrConnection(SharedArchive archive) {
        this.archive = archive;
        Http2SolrClient.Builder builder = new Http2SolrClient.Builder()
                .withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                .withIdleTimeout(IDLE_SECONDS, TimeUnit.SECONDS)
                .withRequestTimeout(REQUEST_SECONDS, TimeUnit.SECONDS);
        if (archive.user() != null) {
            builder.withBasicAuthCredentials(archive.user(), archive.password() == null ? "" : archive.password());
        }
        this.http = builder.build();
        this.cloud = new CloudHttp2SolrClient.Builder(archive.nodes())
                .withHttpClient(http)
                .withDefaultCollection(archive.collection())
                .build();
    }

    SharedArchive archive() {
        return archive;
    }

    CloudHttp2SolrClient client() {
        return cloud;
    }

    /** Whether the cluster has the archive's collection. */
    boolean collectionExists() throws SharedArchiveException {
        try {
            return CollectionAdminRequest.listCollections(cloud).contains(archive.collection());
        } catch (IOException | SolrServerException e) {
            throw SolrFailures.of(archive, e);
        } catch (RuntimeException e) {
            throw fromSolr(e);
        }
    }

    /**
     * Checks that the collection exists and was made from this version's schema.
     *
     * @throws SharedArchiveException saying which, when it cannot be searched as this version searches
     */
    void checkCollection() throws SharedArchiveException {
        if (!collectionExists()) {
            throw new SharedArchiveException("the cluster at " + archive.nodes().get(0) + " has no collection \""
                    + archive.collection() + "\": publish an archive to it first");
        }
        String name;
        try {
            name = new SchemaRequest.SchemaName().process(cloud, archive.collection()).getSchemaName();
        } catch (IOException | SolrServerException e) {
            throw SolrFailures.of(archive, e);
        } catch (RuntimeException e) {
            throw fromSolr(e);
        }
        if (!SolrConfigSet.schemaName().equals(name)) {
            throw new SharedArchiveException("the collection \"" + archive.collection() + "\" was not made by this "
                    + "version of Broadsheet (its schema is \"" + name + "\", this version's is \""
                    + SolrConfigSet.schemaName() + "\"): publish the archive to a new collection");
        }
    }

    /** SolrJ's unchecked failure in words; any other is a bug and goes on as it is. */
    private SharedArchiveException fromSolr(RuntimeException failure) {
        if (!SolrFailures.isFromSolr(failure)) {
            throw failure;
        }
        return SolrFailures.of(archive, whyNoNodeAnswered(failure));
    }

    /**
     * When SolrJ found no node to ask for the cluster's layout, it does not say why: asking the first node
     * directly tells a refused password (401) or a missing path (404) from a node that is down.
     */
    private Exception whyNoNodeAnswered(RuntimeException failure) {
        try {
            http.requestWithBaseUrl(archive.nodes().get(0), null,
                    new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/info/system").setRequiresCollection(false));
            return failure;
        } catch (IOException | SolrServerException | RuntimeException direct) {
            return direct;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            cloud.close();
        } finally {
            http.close();
        }
    }
}
