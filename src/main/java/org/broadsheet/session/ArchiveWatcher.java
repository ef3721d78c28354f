package org.broadsheet.session;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches an archive on a thread of its own and reports what changed in batches: a batch is delivered once
 * the folder has been quiet for a moment, so that a file being written or a folder being copied makes one
 * batch, not hundreds; and at the latest after a second, so that a folder that never rests is still followed.
 * Alternatively it polls another process's index for new commits. Failures are logged, never thrown: the
 * watch goes on.
 */
final class ArchiveWatcher implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveWatcher.class);

    static final Duration QUIET = Duration.ofMillis(250);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(1);
    static final Duration COMMIT_POLL = Duration.ofSeconds(1);

    /** What to do with a batch of changed files and folders. */
    @FunctionalInterface
    interface ChangedPaths {
        void changed(Set<Path> paths) throws IOException;
    }

    /** Work that may fail. */
    @FunctionalInterface
    interface Work {
        void run() throws IOException;
    }

    /** A check that may fail. */
    @FunctionalInterface
    interface Check {
        boolean changed() throws IOException;
    }

    private final Thread thread;
    private final WatchService service;
    private volatile boolean closed;

    private ArchiveWatcher(WatchService service, Runnable loop, String name) {
        this.service = service;
        this.thread = new Thread(loop, name);
        this.thread.setDaemon(true);
    }

    /**
     * Watches every folder of the archive, hidden ones excepted.
     *
     * @param onOverflow what to do when the system dropped events and a batch cannot say what changed
     */
    static ArchiveWatcher onFolder(Path folder, ChangedPaths onChanges, Work onOverflow) throws IOException {
        WatchService service = folder.getFileSystem().newWatchService();
        Map<WatchKey, Path> folders = new HashMap<>();
        ArchiveWatcher[] self = new ArchiveWatcher[1];
        self[0] = new ArchiveWatcher(service, () -> self[0].watchFolders(folder, folders, onChanges, onOverflow),
                "broadsheet-watch");
        self[0].register(folder, folder, folders);
        return self[0];
    }

    /** Polls for commits made by the process that writes a read-only index. */
    static ArchiveWatcher onCommits(Check newCommit, Runnable onChange) {
        ArchiveWatcher[] self = new ArchiveWatcher[1];
        self[0] = new ArchiveWatcher(null, () -> self[0].pollCommits(newCommit, onChange), "broadsheet-follow");
        return self[0];
    }

    void start() {
        thread.start();
    }

    private void register(Path archive, Path start, Map<WatchKey, Path> folders) throws IOException {
        Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(archive) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                synchronized (folders) {
                    folders.put(key, dir);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
                if (!(failure instanceof FileSystemLoopException)) {
                    LOG.debug("Not watching {}: {}", file, failure.toString());
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void watchFolders(Path archive, Map<WatchKey, Path> folders, ChangedPaths onChanges, Work onOverflow) {
        try {
            while (!closed) {
                Set<Path> batch = new LinkedHashSet<>();
                boolean overflow = collect(service.take(), archive, folders, batch);
                long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
                WatchKey more;
                while (System.nanoTime() < deadline
                        && (more = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    overflow |= collect(more, archive, folders, batch);
                }
                deliver(overflow, batch, onChanges, onOverflow);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            LOG.debug("Stopped watching {}", archive);
        }
    }

    /** Adds the paths a key reports to the batch, and watches new folders; returns whether events were lost. */
    private boolean collect(WatchKey key, Path archive, Map<WatchKey, Path> folders, Set<Path> batch) {
        Path dir;
        synchronized (folders) {
            dir = folders.get(key);
        }
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                overflow = true;
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            batch.add(changed);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)
                    && !changed.getFileName().toString().startsWith(".")) {
                try {
                    register(archive, changed, folders);
                } catch (IOException e) {
                    LOG.warn("Cannot watch the new folder {}", changed, e);
                }
            }
        }
        if (!key.reset()) {
            synchronized (folders) {
                folders.remove(key);
            }
        }
        return overflow;
    }

    private void deliver(boolean overflow, Set<Path> batch, ChangedPaths onChanges, Work onOverflow) {
        if (closed) {
            return;
        }
        try {
            if (overflow) {
                onOverflow.run();
            } else if (!batch.isEmpty()) {
                onChanges.changed(batch);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not apply changes to the archive's index", e);
        }
    }

    private void pollCommits(Check newCommit, Runnable onChange) {
        while (!closed) {
            try {
                if (newCommit.changed()) {
                    onChange.run();
                }
                Thread.sleep(COMMIT_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                if (!closed) {
                    LOG.warn("Could not follow the index's updates", e);
                }
            }
        }
    }

    /** Stops the watch and waits for a batch being applied to finish. */
    @Override
    public void close() throws IOException {
        closed = true;
        if (service != null) {
            service.close();
        } else {
            thread.interrupt();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
