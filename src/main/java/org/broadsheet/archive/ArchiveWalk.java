package org.broadsheet.archive;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.broadsheet.article.Problem;
import org.broadsheet.platform.IoFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listing of a folder tree of an archive, on several threads: the article files found, in the order of
 * their paths, and the problems met on the way. {@link ArchiveScanner} says what it is for; this class says how
 * the work is shared. One per scan.
 */
final class ArchiveWalk {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveWalk.class);

    /**
     * Threads that look at an archive's entries at once. Each file costs a call to the system for its
     * attributes, and on a large archive these calls are most of a warm start: on two cores, two threads list
     * 300,000 files in 0.9 s where one takes 1.4 s, and more threads than cores gained nothing, with the disk's
     * cache warm or cold.
     */
    static final int THREADS = Math.min(8, Math.max(2, Runtime.getRuntime().availableProcessors()));

    /**
     * Entries looked at by one task: a folder of a million files is shared among the threads as well as a
     * million folders of one file.
     */
    static final int BATCH = 512;

    private final Path root;
    private final Path realRoot;
    private final boolean followLinksOutside;
    private final List<Problem> problems = new ArrayList<>();

    /** Tasks given to the threads and not yet finished; the walk is over when none are left. */
    private final AtomicInteger pending = new AtomicInteger();
    private final CountDownLatch finished = new CountDownLatch(1);
    /** What went wrong on a thread of the walk beyond a file's or folder's trouble: the caller's to throw. */
    private final AtomicReference<Throwable> bug = new AtomicReference<>();
    private ExecutorService threads;

    ArchiveWalk(Path root, Path realRoot, boolean followLinksOutside) {
        this.root = root;
        this.realRoot = realRoot;
        this.followLinksOutside = followLinksOutside;
    }

    /**
     * Lists the first folder on the calling thread, so that its failure is the walk's, then everything below it
     * on threads of the walk's own, which end with it.
     *
     * @return the article files at and below {@code first}, in the order of their relative paths
     */
    List<ArchiveFile> run(Folder first) throws IOException {
        List<Path> entries = new ArrayList<>();
        try {
            listInto(first, entries);
        } catch (DirectoryIteratorException failure) {
            throw failure.getCause();
        }
        threads = Executors.newFixedThreadPool(THREADS, ArchiveWalk::walkThread);
        try {
            pending.set(1);
            lookAtAll(first, entries);
            taskDone();
            awaitEnd();
        } finally {
            threads.shutdownNow();
        }
        Throwable failure = bug.get();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return inPathOrder(first);
    }

    /** The problems met, in the order of their paths. */
    List<Problem> problems() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::file));
        return sorted;
    }

    /** Waits for the last task; a scan runs to its end, so an interrupt is kept for the caller to see after. */
    private void awaitEnd() {
        boolean interrupted = false;
        while (true) {
            try {
                finished.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void submit(Runnable task) {
        pending.incrementAndGet();
        try {
            threads.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException | Error failure) {
                    // Kept for the caller, rather than left to the thread's handler, which would print it.
                    bug.compareAndSet(null, failure);
                } finally {
                    taskDone();
                }
            });
        } catch (RuntimeException | Error failure) {
            // No thread could take it (none could be started): the walk must still end.
            bug.compareAndSet(null, failure);
            taskDone();
        }
    }

    private void taskDone() {
        if (pending.decrementAndGet() == 0) {
            finished.countDown();
        }
    }

    private static void listInto(Folder folder, List<Path> entries) throws IOException {
        try (DirectoryStream<Path> listed = Files.newDirectoryStream(folder.seen)) {
            listed.forEach(entries::add);
        }
    }

    /** Lists a folder below the first; one that cannot be listed is a problem, though what was listed is kept. */
    private void list(Folder folder) {
        List<Path> entries = new ArrayList<>();
        try {
            listInto(folder, entries);
        } catch (IOException failure) {
            failed(folder.seen, failure);
        } catch (DirectoryIteratorException failure) {
            failed(folder.seen, failure.getCause());
        }
        lookAtAll(folder, entries);
    }

    private void lookAtAll(Folder folder, List<Path> entries) {
        folder.expect((entries.size() + BATCH - 1) / BATCH);
        for (int from = 0; from < entries.size(); from += BATCH) {
            List<Path> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
            submit(() -> lookAt(folder, batch));
        }
    }

    /** Looks at some entries of one folder, keeps what belongs to the archive, and lists the folders among them. */
    private void lookAt(Folder folder, List<Path> entries) {
        List<ArchiveFile> files = new ArrayList<>();
        List<Folder> folders = new ArrayList<>();
        for (Path entry : entries) {
            String name = nameOf(entry);
            if (!name.startsWith(".")) {
                entry(folder, entry, name, files, folders);
            }
        }
        folder.add(files, folders);
        for (Folder below : folders) {
            submit(() -> list(below));
        }
    }

    private void entry(Folder folder, Path entry, String name, List<ArchiveFile> files, List<Folder> folders) {
        String inside = folder.inside + name;
        try {
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                link(folder, entry, name, files, folders);
            } else if (attributes.isDirectory()) {
                folders.add(new Folder(entry, folder.real.resolve(name), inside + "/", folder, folder.viaLink));
            } else if (attributes.isRegularFile() && ArchiveScanner.isArticleName(name)) {
                files.add(new ArchiveFile(inside, root, attributes.size(), attributes.lastModifiedTime().toMillis(),
                        folder.viaLink, false));
            }
        } catch (IOException failure) {
            failed(entry, failure);
        }
    }

    /** A link is followed when its target is inside the archive (or links may lead anywhere). */
    private void link(Folder folder, Path link, String name, List<ArchiveFile> files, List<Folder> folders)
            throws IOException {
        String inside = folder.inside + name;
        Path target;
        try {
            target = link.toRealPath();
        } catch (NoSuchFileException broken) {
            LOG.debug("Not following the broken link {}", link);
            return;
        }
        if (!target.startsWith(realRoot) && !followLinksOutside) {
            if (Files.isDirectory(target) || ArchiveScanner.isArticleName(name)) {
                problem(new Problem(inside, ArchiveScanner.LINK_OUTSIDE));
            }
            return;
        }
        BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            if (folder.wouldLoop(target)) {
                LOG.debug("Not following {}: it leads back to a folder being listed", link);
            } else {
                folders.add(new Folder(link, target, inside + "/", folder, true));
            }
        } else if (attributes.isRegularFile() && ArchiveScanner.isArticleName(name)) {
            files.add(new ArchiveFile(inside, root, attributes.size(), attributes.lastModifiedTime().toMillis(),
                    true, false));
        }
    }

    private void failed(Path path, IOException failure) {
        if (failure instanceof NoSuchFileException) {
            LOG.debug("{} vanished while the archive was listed", path);
            return;
        }
        LOG.debug("Cannot list {}", path, failure);
        String reason = failure instanceof AccessDeniedException
                ? "permission denied" : "cannot be listed (" + IoFailures.describe(failure) + ")";
        problem(new Problem(ArchiveScanner.relativePath(root, path), reason));
    }

    private void problem(Problem problem) {
        synchronized (problems) {
            problems.add(problem);
        }
    }

    /**
     * The files of a folder tree in the order of their paths, gathered folder by folder without recursion (a
     * tree may be deep): every path below a folder begins with the folder's own, ending in {@code /}, so each
     * folder's files and folders, put in order by those paths, give the order of the whole.
     */
    private static List<ArchiveFile> inPathOrder(Folder top) {
        List<ArchiveFile> files = new ArrayList<>();
        Deque<Folder.Reading> open = new ArrayDeque<>();
        open.push(top.reading());
        while (!open.isEmpty()) {
            Folder.Reading reading = open.peek();
            if (reading.nextIsFile()) {
                files.add(reading.nextFile());
            } else if (reading.nextIsFolder()) {
                open.push(reading.nextFolder().reading());
            } else {
                open.pop();
            }
        }
        return files;
    }

    /**
     * The name of an entry a folder's listing gave, read off its text: {@link Path#getFileName} would first
     * index every name in the path, a cost a warm start pays once per file.
     */
    private static String nameOf(Path entry) {
        String text = entry.toString();
        return text.substring(text.lastIndexOf(entry.getFileSystem().getSeparator()) + 1);
    }

    private static Thread walkThread(Runnable work) {
        Thread thread = new Thread(work, "archive-scan");
        thread.setDaemon(true);
        return thread;
    }

    /**
     * A folder to list: where it is seen, where it really is, its path inside the archive ({@code ""} for the
     * archive's own folder, else ending in {@code /}), the folder it was found in, and whether a link lies on the
     * way to it; and, once looked at, what it holds.
     */
    static final class Folder {
        private final Path seen;
        private final Path real;
        private final String inside;
        private final Folder parent;
        private final boolean viaLink;
        private final List<ArchiveFile> files = new ArrayList<>();
        private final List<Folder> folders = new ArrayList<>();
        private int batchesLeft;

        Folder(Path seen, Path real, String inside, Folder parent, boolean viaLink) {
            this.seen = seen;
            this.real = real;
            this.inside = inside;
            this.parent = parent;
            this.viaLink = viaLink;
        }

        /** Whether listing {@code target} here would list one of this folder's own ancestors again. */
        boolean wouldLoop(Path target) {
            for (Folder folder = this; folder != null; folder = folder.parent) {
                if (folder.real.equals(target)) {
                    return true;
                }
            }
            return false;
        }

        /** How many batches of entries will be looked at, each ending in {@link #add}. */
        private synchronized void expect(int batches) {
            batchesLeft = batches;
        }

        /**
         * What one batch of entries held. The last batch puts the whole in path order, on the walk's thread:
         * sorting every folder after the walk, on the caller's alone, was a sixth of a warm start's listing.
         */
        private synchronized void add(List<ArchiveFile> moreFiles, List<Folder> moreFolders) {
            files.addAll(moreFiles);
            folders.addAll(moreFolders);
            if (--batchesLeft == 0) {
                sort();
            }
        }

        private void sort() {
            files.sort(Comparator.comparing(ArchiveFile::relativePath));
            folders.sort(Comparator.comparing(folder -> folder.inside));
        }

        /** What the folder holds, from the first path to the last; once every entry has been looked at. */
        private synchronized Reading reading() {
            return new Reading();
        }

        /** A place in a folder's files and folders, taken together in the order of their paths. */
        private final class Reading {
            private int file;
            private int folder;

            boolean nextIsFile() {
                return file < files.size() && (folder == folders.size()
                        || files.get(file).relativePath().compareTo(folders.get(folder).inside) < 0);
            }

            boolean nextIsFolder() {
                return folder < folders.size();
            }

            ArchiveFile nextFile() {
                return files.get(file++);
            }

            Folder nextFolder() {
                return folders.get(folder++);
            }
        }
    }
}
