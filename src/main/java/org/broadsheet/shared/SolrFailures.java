package org.broadsheet.shared;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import org.apache.solr.common.SolrException;

/**
 * What went wrong with a Solr request, in a few words for the user: which node or setting to look at, never
 * the client library's text. Whether trying again can help is asked of {@link #isPassing}.
 */
final class SolrFailures {

    private SolrFailures() {
    }

    /** The failure as a {@link SharedArchiveException} whose message names the archive. */
    static SharedArchiveException of(SharedArchive archive, Exception failure) {
        if (failure instanceof SharedArchiveException already) {
            return already;
        }
        return new SharedArchiveException(describe(archive, failure), failure);
    }

    static String describe(SharedArchive archive, Throwable failure) {
        String where = archive.nodes().get(0);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return "no computer answers to the name in " + where + ": check the address";
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
                return "cannot reach Solr at " + where + ": is it running, and is the address right?";
            }
            if (cause instanceof SSLException) {
                return "the secure connection to " + where + " failed: check that the node speaks https and "
                        + "that its certificate is trusted";
            }
            if (cause instanceof TimeoutException || cause instanceof java.net.SocketTimeoutException) {
                return "Solr at " + where + " did not answer in time: the cluster may be overloaded or a node down";
            }
            if (cause instanceof SolrException solr) {
                switch (solr.code()) {
                    case 401:
                        return archive.user() == null
                                ? archive.describe() + " asks for a user name and password"
                                : "Solr refused the user name or password for " + archive.describe();
                    case 403:
                        return "this user may not do that on " + archive.describe();
                    case 404:
                        return "no Solr collection \"" + archive.collection() + "\" at " + where
                                + " (publish the archive there first, and check that the address ends in /solr)";
                    case 400:
                        return "Solr refused the request for " + archive.describe()
                                + ": its collection may have been made by another version of Broadsheet";
                    default:
                        if (solr.code() >= 500) {
                            return "the cluster could not answer for " + archive.describe()
                                    + " (a node may be down or recovering); try again shortly";
                        }
                        break;
                }
            }
            if (isUnreachable(cause)) {
                return "cannot reach Solr at " + where + ": is it running, and is the address right?";
            }
            if (cause.getMessage() != null && cause.getMessage().contains("No live SolrServers")) {
                return "no node holding " + archive.describe() + " answers now: a node may be down or recovering";
            }
        }
        return "the cluster could not answer for " + archive.describe() + "; the details are in the log";
    }

    /**
     * Whether SolrJ failed to learn the cluster's nodes from any URL it was given: it says so in a bare
     * RuntimeException, without the connection's failure as a cause.
     */
    private static boolean isUnreachable(Throwable failure) {
        return failure.getMessage() != null && failure.getMessage().startsWith("Failed fetching live_nodes");
    }

    /**
     * Whether an unchecked exception came from SolrJ, which reports some failures of the network in plain
     * RuntimeExceptions; any other is a bug of ours and is not told as the cluster's.
     */
    static boolean isFromSolr(RuntimeException failure) {
        if (failure instanceof SolrException) {
            return true;
        }
        StackTraceElement[] trace = failure.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("org.apache.solr.");
    }

    /** Whether a request that failed so may well succeed if sent again shortly: a node lost, a leader changing. */
    static boolean isPassing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SolrException solr) {
                return solr.code() >= 500 || solr.code() == 409;
            }
            if (cause instanceof ConnectException || cause instanceof TimeoutException
                    || cause instanceof java.net.SocketTimeoutException || cause instanceof java.io.EOFException
                    || isUnreachable(cause)
                    || cause.getMessage() != null && cause.getMessage().contains("No live SolrServers")) {
                return true;
            }
        }
        return false;
    }
}
