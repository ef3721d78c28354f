package org.broadsheet.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.archive.ArticleParts;
import org.broadsheet.archive.FileReadResult;
import org.broadsheet.index.ArticleIndex;
import org.broadsheet.search.ChangeListeners;

/**
 * Reads files and puts them into an index on several threads, while the calling thread reports progress,
 * makes new articles searchable and commits at intervals, so that a crash loses at most the last interval.
 * New articles become searchable every second while someone watches a list ({@link ChangeListeners#any()}),
 * else rarely: each refresh flushes small segments that must later be merged. Stops early, without error,
 * when asked to. One run at a time; the caller holds the session's writing lock.
 */
final class ParallelIngest {

    /**
     * Reads one file, a large one in parts: the archive reader, or in tests one that can be held at a chosen
     * file.
     */
    @FunctionalInterface
    interface FileReading {
        /** @param earlier takes each part before the last, which is the result */
        FileReadResult read(ArchiveFile file, ArticleParts earlier);
    }

    private final FileReading reader;
    private final ArchiveSession.Options options;
    private final ChangeListeners listeners;
    private final BooleanSupplier stop;

    ParallelIngest(FileReading reader, ArchiveSession.Options options, ChangeListeners listeners, BooleanSupplier stop) {
        this.reader = reader;
        this.options = options;
        this.listeners = listeners;
        this.stop = stop;
    }

    /**
     * Reads {@code files} into {@code target}.
     *
     * @param replacing whether the index may hold documents of a file already; a file it cannot hold is added
     *                  without the cost of looking for old documents to replace
     * @param started   when the work this is part of started, for the rate in the progress reports
     * @return how many files were read
     */
    int run(ArticleIndex target, List<ArchiveFile> files, Predicate<ArchiveFile> replacing, IngestListener listener,
            long started) throws IOException {
        if (files.isEmpty()) {
            return 0;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean over = new AtomicBoolean();
        int threads = Math.min(options.threads(), files.size());
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "broadsheet-ingest");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                running.add(workers.submit(() -> {
                    for (int at = next.getAndIncrement(); at < files.size() && !stop.getAsBoolean() && !over.get();
                         at = next.getAndIncrement()) {
                        ArchiveFile file = files.get(at);
                        boolean replace = replacing.test(file);
                        AtomicInteger parts = new AtomicInteger();
                        FileReadResult result = reader.read(file, part -> {
                            try {
                                target.putPart(file, part, parts.getAndIncrement() == 0, replace);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                        try {
                            if (parts.get() == 0) {
                                target.putFile(file, result, replace);
                            } else {
                                target.putLastPart(file, result);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            Schedule schedule = new Schedule(target, listener);
            for (Future<?> worker : running) {
                while (!isDone(worker, schedule.tickInterval())) {
                    schedule.tick(done.get(), files.size(), started);
                }
            }
            return done.get();
        } finally {
            // When one worker failed the others stop, and none may still be putting a file when the caller
            // replaces the failed index.
            over.set(true);
            workers.shutdown();
            awaitWorkers(workers);
        }
    }

    /** When to refresh, report and commit while the workers read. */
    private final class Schedule {
        private final ArticleIndex target;
        private final IngestListener listener;
        private long lastCommit = System.nanoTime();
        /** The first refresh comes after one progress interval, so that a search finds something at once. */
        private long lastRefresh = System.nanoTime() - options.refreshInterval().toNanos()
                + options.progressInterval().toNanos();
        private int doneAtRefresh;
        private int searchable;

        Schedule(ArticleIndex target, IngestListener listener) throws IOException {
            this.target = target;
            this.listener = listener;
            this.searchable = target.articleCount();
        }

        /**
         * How long to wait for the workers between ticks: while a list is open, a quarter of its refresh
         * interval, so that a new article shows within little more than that interval.
         */
        Duration tickInterval() {
            Duration forList = options.listRefreshInterval().dividedBy(4);
            return listeners.any() && forList.compareTo(options.progressInterval()) < 0 ? forList
                    : options.progressInterval();
        }

        void tick(int done, int total, long started) throws IOException {
            long now = System.nanoTime();
            Duration interval = listeners.any() ? options.listRefreshInterval() : options.refreshInterval();
            if (done > doneAtRefresh && now - lastRefresh >= interval.toNanos()) {
                target.refresh();
                searchable = target.articleCount();
                doneAtRefresh = done;
                lastRefresh = System.nanoTime();
            }
            listener.progressed(new IngestProgress(done, total, searchable, since(started), false));
            if (now - lastCommit >= options.commitInterval().toNanos()) {
                // Counted before committing: files finished while the commit runs may not be in it.
                int durable = done;
                target.commit();
                lastCommit = System.nanoTime();
                listener.committed(durable);
            }
        }
    }

    private static void awaitWorkers(ExecutorService workers) {
        try {
            if (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Waits for a worker for up to {@code wait}; rethrows what made it fail. */
    private static boolean isDone(Future<?> worker, Duration wait) throws IOException {
        try {
            worker.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the archive", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
