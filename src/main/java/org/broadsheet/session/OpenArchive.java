package org.broadsheet.session;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.broadsheet.marks.MarkStore;
import org.broadsheet.search.ArchiveSearch;

/**
 * An archive the window has open, wherever it lives: a folder on this computer with its embedded index
 * ({@link ArchiveSession}) or a shared archive on a SolrCloud collection ({@link SharedSession}). The window
 * searches it, reads it and marks it through this alone.
 */
public interface OpenArchive {

    /** The archive's folder on this computer, or null for a shared archive. */
    Path folder();

    /** How the window names it: the folder's name, or the collection's. */
    String name();

    ArchiveSearch searcher();

    /** The user's marks on its articles, with saved searches: always on this computer. */
    MarkStore marks();

    /** One-line messages for the user about its index and marks. */
    List<String> notices();

    /** Brings it up to date on a thread of its own, telling {@code events} how it goes and what it holds. */
    void start(SessionEvents events);

    /** Looks again at what it holds, after whatever it is doing. */
    void rescan(SessionEvents events);

    /** Closes it on a thread of its own and returns at once. */
    CompletableFuture<Void> closeInBackground();
}
