package org.broadsheet.task;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Runs work and its callbacks at once on the calling thread, delays included, so that view-models can be
 * tested without JavaFX and without waiting.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> Cancellable run(CancellableWork<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        T result;
        try {
            result = work.call(new Cancellation());
        } catch (Exception e) {
            onFailure.accept(e);
            return Cancellable.NONE;
        }
        onSuccess.accept(result);
        return Cancellable.NONE;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        action.run();
        return Cancellable.NONE;
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
