package org.broadsheet.ui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Holds every piece of work until the test runs it, in any order, so tests can make a slow early search
 * finish after a later one.
 */
public final class QueuedTaskExecutor implements TaskExecutor {

    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> Cancellable run(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        queued.add(() -> new CurrentThreadTaskExecutor().run(work, onSuccess, onFailure));
        return Cancellable.NONE;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        queued.add(action);
        return Cancellable.NONE;
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    public int size() {
        return queued.size();
    }

    /** Runs the queued work at {@code index} and removes it from the queue. */
    public void runAt(int index) {
        queued.remove(index).run();
    }

    public void runAll() {
        while (!queued.isEmpty()) {
            runAt(0);
        }
    }
}
