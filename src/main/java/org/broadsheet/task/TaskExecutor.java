package org.broadsheet.task;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Where view-models and the search pipeline send work so that the UI thread never waits: work runs on a
 * background thread and its outcome comes back on the UI thread ("the callback thread": the window's FX
 * thread, or the test's own thread). Tests use implementations that run work at once or when told, so that
 * view-models and pipelines are tested without starting JavaFX.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the callback thread.
     * Cancelling the handle stops the callbacks and cancels the {@link Cancellation} the work was given, so
     * that work which looks at it stops early.
     */
    <T> Cancellable run(CancellableWork<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** {@link #run(CancellableWork, Consumer, Consumer)} for work that never looks whether it was cancelled. */
    default <T> Cancellable run(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        return run(cancellation -> work.call(), onSuccess, onFailure);
    }

    /** Runs {@code action} on the callback thread after {@code delay}, unless cancelled before. */
    Cancellable schedule(Duration delay, Runnable action);

    /** Runs {@code action} on the callback thread, soon; safe to call from any thread. */
    void onUiThread(Runnable action);

    /** Work for a background thread. */
    @FunctionalInterface
    interface BackgroundWork<T> {
        T call() throws Exception;
    }

    /** Work for a background thread that stops early when asked to. */
    @FunctionalInterface
    interface CancellableWork<T> {
        T call(Cancellation cancellation) throws Exception;
    }

    /** A handle on submitted work. */
    @FunctionalInterface
    interface Cancellable {
        Cancellable NONE = () -> { };

        void cancel();
    }
}
