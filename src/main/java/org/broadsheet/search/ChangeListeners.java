package org.broadsheet.search;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Who wants to hear that searches would find something new. Thread-safe; listeners run on the caller's thread. */
public final class ChangeListeners {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void add(Runnable listener) {
        listeners.add(listener);
    }

    public void remove(Runnable listener) {
        listeners.remove(listener);
    }

    /** Whether anyone listens: a list is open that would show new articles. */
    public boolean any() {
        return !listeners.isEmpty();
    }

    public void fire() {
        listeners.forEach(Runnable::run);
    }
}
