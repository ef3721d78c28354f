package org.broadsheet.ui.task;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's {@link TaskExecutor}: a small pool of daemon threads for work, {@link Platform#runLater} for
 * results. Work never runs on the FX thread and callbacks always do.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ScheduledExecutorService workers;

    public FxTaskExecutor() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.workers = Executors.newScheduledThreadPool(threads, daemonThreads());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "broadsheet-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public <T> Cancellable run(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        workers.execute(() -> {
            if (cancelled.get()) {
                return;
            }
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception e) {
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            } catch (Error e) {
                LOG.error("Background work failed", e);
                throw e;
            }
        });
        return () -> cancelled.set(true);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        workers.schedule(() -> Platform.runLater(() -> {
            if (!cancelled.get()) {
                action.run();
            }
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> cancelled.set(true);
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
    }
}
