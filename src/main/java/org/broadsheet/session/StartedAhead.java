package org.broadsheet.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * A piece of opening an archive that runs on a thread of its own while the index opens on the caller's: the
 * marks file, and the first listing of the folder. On two cores a one-shot command spends most of its time in
 * such steps, one after another, each waiting for nothing but the processor.
 */
final class StartedAhead<T> {

    /** A step that may fail as opening an archive fails. */
    @FunctionalInterface
    interface Step<T> {
        T run() throws IOException;
    }

    private final CompletableFuture<T> result;

    private StartedAhead(CompletableFuture<T> result) {
        this.result = result;
    }

    /** Starts {@code step} at once on a daemon thread called {@code name}. */
    static <T> StartedAhead<T> start(String name, Step<T> step) {
        return new StartedAhead<>(CompletableFuture.supplyAsync(() -> {
            try {
                return step.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** What the step made, once it is done; its failure is thrown as the step threw it. */
    T get() throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening the archive", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** Lets go of what the step makes, once it is done, when nobody will take it. */
    void discard(Consumer<T> release) {
        result.thenAccept(release);
    }

    private static IOException rethrown(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}
