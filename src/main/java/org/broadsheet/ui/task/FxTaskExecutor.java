package org.broadsheet.ui.task;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;
import org.broadsheet.task.Cancellation;
import org.broadsheet.task.OutOfMemoryFailure;
import org.broadsheet.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's {@link TaskExecutor}: a pool of daemon threads for work, {@link Platform#runLater} for
 * results. Work never runs on the FX thread and callbacks always do. Delays are timed on a thread of their
 * own, so that a typing pause ends on time however busy the pool is.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService workers;
    private final ScheduledExecutorService timer;

    public FxTaskExecutor() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.workers = Executors.newFixedThreadPool(threads, daemonThreads("broadsheet-worker-"));
        this.timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("broadsheet-timer-"));
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public <T> Cancellable run(CancellableWork<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        Cancellation cancellation = new Cancellation();
        workers.execute(() -> {
            if (cancellation.isCancelled()) {
                return;
            }
            try {
                T result = work.call(cancellation);
                Platform.runLater(() -> {
                    if (!cancellation.isCancelled()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception e) {
                Platform.runLater(() -> {
                    if (!cancellation.isCancelled()) {
                        onFailure.accept(e);
                    }
                });
            } catch (OutOfMemoryError e) {
                LOG.error("Background work ran out of memory", e);
                fail(cancellation, onFailure, new OutOfMemoryFailure(e));
            } catch (Error e) {
                // Whoever waits for the work must hear that it ended, or a search pipeline would wait forever.
                LOG.error("Background work failed", e);
                fail(cancellation, onFailure, new IllegalStateException("background work failed", e));
            }
        });
        return cancellation::cancel;
    }

    private static void fail(Cancellation cancellation, Consumer<Exception> onFailure, Exception failure) {
        Platform.runLater(() -> {
            if (!cancellation.isCancelled()) {
                onFailure.accept(failure);
            }
        });
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Cancellation cancellation = new Cancellation();
        timer.schedule(() -> Platform.runLater(() -> {
            if (!cancellation.isCancelled()) {
                action.run();
            }
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
        return cancellation::cancel;
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Stops taking work; background work still running is abandoned with the daemon threads. */
    public void shutdown() {
        workers.shutdownNow();
        timer.shutdownNow();
    }
}
