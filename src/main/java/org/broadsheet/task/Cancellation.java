package org.broadsheet.task;

/**
 * Asks long work to stop: whoever started the work cancels, the work looks at {@link #isCancelled()} as it
 * goes and gives up early. Looking costs one volatile read, so searches look every few thousand documents.
 * Thread-safe.
 */
public class Cancellation {

    /** Never cancelled: for work nobody will ask to stop, such as the command line's one search. */
    public static final Cancellation NEVER = new Cancellation();

    private volatile boolean cancelled;

    /** Asks the work to stop; it stops at its next look. */
    public void cancel() {
        if (this != NEVER) {
            cancelled = true;
        }
    }

    /** Whether the work should stop; tests may override it to stop work at a chosen point. */
    public boolean isCancelled() {
        return cancelled;
    }
}
