package org.broadsheet.task;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs work on background threads and callbacks on one thread of its own that stands in for the UI thread,
 * as the window's executor does, for tests of what happens while threads really run at once.
 */
public final class ThreadedTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> daemon(runnable, "test-worker"));
    private final ScheduledExecutorService callbacks =
            Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "test-ui"));

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public <T> Cancellable run(CancellableWork<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        Cancellation cancellation = new Cancellation();
        workers.execute(() -> {
            try {
                T result = work.call(cancellation);
                callbacks.execute(() -> {
                    if (!cancellation.isCancelled()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception e) {
                callbacks.execute(() -> {
                    if (!cancellation.isCancelled()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return cancellation::cancel;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Cancellation cancellation = new Cancellation();
        callbacks.schedule(() -> {
            if (!cancellation.isCancelled()) {
                action.run();
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
        return cancellation::cancel;
    }

    @Override
    public void onUiThread(Runnable action) {
        callbacks.execute(action);
    }

    @Override
    public void close() {
        workers.shutdownNow();
        callbacks.shutdownNow();
    }
}
