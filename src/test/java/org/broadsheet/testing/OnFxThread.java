package org.broadsheet.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.testfx.util.WaitForAsyncUtils;

/**
 * Reads UI state on the FX thread, where it is changed, and waits for conditions on it. A test thread that
 * read a list while the FX thread replaced it would see half a change.
 */
public final class OnFxThread {

    private static final long TIMEOUT_SECONDS = 15;

    private OnFxThread() {
    }

    public static <T> T read(Callable<T> state) {
        try {
            return WaitForAsyncUtils.asyncFx(state).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the window's state", e);
        }
    }

    /** Waits until the condition, evaluated on the FX thread, holds; then lets pending FX events run. */
    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> read(condition));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
