package org.broadsheet.session;

/**
 * What the window hears from a session it started ({@link ArchiveSession#start}): how the first reading goes,
 * what the archive holds whenever that changes, and failures in words. Called on the session's threads;
 * implementations hand the news to their own thread.
 */
public interface SessionEvents {

    /** The first reading of the archive progressed; a few times a second at most. */
    void progressed(IngestProgress progress);

    /** What the archive holds now: after the first reading, after each later change, after a rebuild. */
    void contentsChanged(ArchiveContents contents);

    /**
     * Reading the archive stopped.
     *
     * @param message one sentence for the user; the details went to the log
     */
    void failed(String message);
}
