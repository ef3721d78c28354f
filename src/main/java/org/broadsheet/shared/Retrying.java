package org.broadsheet.shared;

import java.io.IOException;
import java.time.Duration;

import org.apache.solr.client.solrj.SolrServerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request to a cluster again while it fails for a passing reason (a node lost, a leader being elected),
 * waiting longer each time, for about half a minute in all; any other failure, or the last, is told in words.
 * A request sent again must mean the same twice: adding documents by id, deleting by a file's path.
 */
final class Retrying {

    private static final Logger LOG = LoggerFactory.getLogger(Retrying.class);

    /** One request to the cluster. */
    @FunctionalInterface
    interface Request<T> {
        T send() throws IOException, SolrServerException;
    }

    private final SharedArchive archive;
    private final int attempts;
    private final Duration firstWait;

    Retrying(SharedArchive archive) {
        this(archive, 6, Duration.ofSeconds(1));
    }

    Retrying(SharedArchive archive, int attempts, Duration firstWait) {
        this.archive = archive;
        this.attempts = attempts;
        this.firstWait = firstWait;
    }

    <T> T call(String what, Request<T> request) throws SharedArchiveException {
        Duration wait = firstWait;
        for (int attempt = 1; ; attempt++) {
            try {
                return request.send();
            } catch (IOException | SolrServerException | RuntimeException e) {
                if (e instanceof RuntimeException unchecked && !SolrFailures.isFromSolr(unchecked)) {
                    throw unchecked;
                }
                if (attempt >= attempts || !SolrFailures.isPassing(e)) {
                    LOG.warn("{} on {} failed after {} attempt(s)", what, archive, attempt, e);
                    throw SolrFailures.of(archive, e);
                }
                LOG.info("{} on {} failed (attempt {}), trying again in {} ms", what, archive, attempt,
                        wait.toMillis(), e);
                pause(wait);
                wait = wait.multipliedBy(2);
            }
        }
    }

    private void pause(Duration wait) throws SharedArchiveException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SharedArchiveException("stopped while waiting for " + archive.describe() + " to answer", e);
        }
    }
}
