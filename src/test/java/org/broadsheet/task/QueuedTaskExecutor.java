package org.broadsheet.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Holds every piece of work and every delayed action until the test runs it, in any order, so that tests can
 * make a slow early search finish after a later one, and can see what was cancelled and what waits for a
 * delay. Work whose handle was cancelled is given a cancelled {@link Cancellation} and its callbacks are
 * dropped, as the window's executor does.
 */
public final class QueuedTaskExecutor implements TaskExecutor {

    /** One queued piece of work or delayed action. */
    public static final class Queued {
        private final Runnable action;
        private final Duration delay;
        private final Cancellation cancellation = new Cancellation();

        private Queued(Runnable action, Duration delay) {
            this.action = action;
            this.delay = delay;
        }

        /** The delay it was scheduled with, or null for background work. */
        public Duration delay() {
            return delay;
        }

        public boolean isCancelled() {
            return cancellation.isCancelled();
        }
    }

    private final List<Queued> queued = new ArrayList<>();
    private int cancelled;

    @Override
    public <T> Cancellable run(CancellableWork<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        Queued[] self = new Queued[1];
        self[0] = new Queued(() -> {
            Cancellation cancellation = self[0].cancellation;
            T result;
            try {
                result = work.call(cancellation);
            } catch (Exception e) {
                if (!cancellation.isCancelled()) {
                    onFailure.accept(e);
                }
                return;
            }
            if (!cancellation.isCancelled()) {
                onSuccess.accept(result);
            }
        }, null);
        queued.add(self[0]);
        return () -> cancel(self[0]);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Queued[] self = new Queued[1];
        self[0] = new Queued(() -> {
            if (!self[0].isCancelled()) {
                action.run();
            }
        }, delay);
        queued.add(self[0]);
        return () -> cancel(self[0]);
    }

    private void cancel(Queued item) {
        if (!item.isCancelled()) {
            item.cancellation.cancel();
            cancelled++;
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    public int size() {
        return queued.size();
    }

    /** What is queued, in the order it was queued. */
    public List<Queued> queued() {
        return List.copyOf(queued);
    }

    /** How many handles were cancelled so far. */
    public int cancelledCount() {
        return cancelled;
    }

    /** Runs the queued work at {@code index} and removes it from the queue. */
    public void runAt(int index) {
        queued.remove(index).action.run();
    }

    public void runAll() {
        while (!queued.isEmpty()) {
            runAt(0);
        }
    }
}
