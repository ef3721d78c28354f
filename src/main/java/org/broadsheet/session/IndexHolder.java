package org.broadsheet.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.broadsheet.index.ArticleIndex;
import org.broadsheet.index.IndexOpener;
import org.broadsheet.platform.IoFailures;
import org.broadsheet.search.ChangeListeners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session's current index, and its replacement when it fails: a damaged index is rebuilt on disk, one
 * whose disk fails is replaced by one in memory. The replaced index is retired, so searches running on it
 * finish on it and later ones find the replacement. Whoever listens for changes hears each refresh of
 * whichever index is current, and each replacement. Thread-safe; replacing is the caller's to serialise.
 */
final class IndexHolder {

    private static final Logger LOG = LoggerFactory.getLogger(IndexHolder.class);

    private final Path folder;
    private final IndexOpener opener;
    private final ChangeListeners listeners;
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private volatile ArticleIndex current;

    /** @param opener where a damaged index is rebuilt; null for an index that lives in memory only */
    IndexHolder(Path folder, IndexOpener opener, IndexOpener.Opened opened, ChangeListeners listeners) {
        this.folder = folder;
        this.opener = opener;
        this.listeners = listeners;
        this.notices.addAll(opened.notices());
        install(opened.index());
    }

    ArticleIndex current() {
        return current;
    }

    /** One-line messages for the user about the index: rebuilt, read-only, kept in memory. */
    List<String> notices() {
        return List.copyOf(notices);
    }

    private void install(ArticleIndex index) {
        index.addRefreshListener(listeners::fire);
        current = index;
    }

    /**
     * Replaces the index after {@code failure}, with an empty one to bring up to date with the whole folder.
     *
     * @throws IndexBugException when the failure is not the index's storage failing but a bug, which a new
     *                           index would only meet again
     * @throws IOException       when the index in memory failed too
     */
    ArticleIndex replaceAfter(Throwable failure) throws IOException {
        ArticleIndex failed = current;
        IndexFailure kind = IndexFailure.of(failure);
        if (kind == IndexFailure.BUG) {
            throw new IndexBugException(failure);
        }
        abandonQuietly(failed);
        if (failed.storage() == ArticleIndex.Storage.DISK && kind == IndexFailure.DAMAGE && opener != null) {
            LOG.warn("The index of {} is damaged; rebuilding it", folder, failure);
            IndexOpener.Opened rebuilt = opener.rebuild(folder);
            notices.add("The stored index was damaged; it is being rebuilt from the archive.");
            notices.addAll(rebuilt.notices());
            install(rebuilt.index());
        } else if (failed.storage() == ArticleIndex.Storage.DISK) {
            LOG.warn("Cannot write the index of {}; indexing in memory", folder, failure);
            if (opener != null) {
                opener.removeLeftovers(folder);
            }
            notices.add("The index could not be written (" + IoFailures.describe(failure)
                    + "); this session indexes in memory.");
            install(ArticleIndex.inMemory());
        } else {
            throw failure instanceof IOException io ? io : new IOException("the index in memory failed", failure);
        }
        listeners.fire();
        return current;
    }

    /** Closes the current index, committing what it holds; searches still running finish first. */
    void close() throws IOException {
        current.close();
    }

    private static void abandonQuietly(ArticleIndex failed) {
        try {
            failed.abandon();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not close a failed index cleanly", e);
        }
    }
}
