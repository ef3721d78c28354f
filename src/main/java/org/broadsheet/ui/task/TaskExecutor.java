package org.broadsheet.ui.task;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Where view-models send work so that the UI thread never waits: work runs on a background thread and its
 * outcome comes back on the UI thread. Tests use an implementation that runs everything at once on the
 * calling thread, so view-models can be tested without starting JavaFX.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread.
     * Cancelling stops the callbacks; work already started runs to its end.
     */
    <T> Cancellable run(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Runs {@code action} on the UI thread after {@code delay}, unless cancelled before. */
    Cancellable schedule(Duration delay, Runnable action);

    /** Runs {@code action} on the UI thread, soon; safe to call from any thread. */
    void onUiThread(Runnable action);

    /** Work for a background thread. */
    @FunctionalInterface
    interface BackgroundWork<T> {
        T call() throws Exception;
    }

    /** A handle on submitted work. */
    @FunctionalInterface
    interface Cancellable {
        Cancellable NONE = () -> { };

        void cancel();
    }
}
