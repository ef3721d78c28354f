package org.broadsheet.session;

/** Hears how an ingest progresses. Called on the ingesting thread, a few times a second at most. */
@FunctionalInterface
public interface IngestListener {

    IngestListener NONE = progress -> { };

    void progressed(IngestProgress progress);

    /** The files read so far are durable: a crash from now on will not lose them. */
    default void committed(int filesDone) {
    }
}
