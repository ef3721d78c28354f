package org.broadsheet.session;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.store.AlreadyClosedException;
import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.archive.ArchiveListing;
import org.broadsheet.archive.ArchiveReader;
import org.broadsheet.archive.ArchiveScanner;
import org.broadsheet.archive.FileReadResult;
import org.broadsheet.article.Article;
import org.broadsheet.article.Problem;
import org.broadsheet.index.ArticleIndex;
import org.broadsheet.index.CommonWords;
import org.broadsheet.index.FileStamp;
import org.broadsheet.index.IndexOpener;
import org.broadsheet.search.ArticleSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One archive folder opened for reading: its index, the ingest that brings the index up to date with the
 * folder's files, the watch that keeps it so, and the searcher over it. The window and the command line both
 * work through this.
 *
 * <p>An ingest reconciles: it reads only the files that are new or changed since the index last saw them
 * (by size and time), drops the documents of removed files, and reads on every core. Articles become
 * searchable as they come in; the index is committed as it goes, so a crash loses at most the last few
 * seconds of work, which the next start redoes.
 *
 * <p>Thread-safe: one ingest or change batch runs at a time while any number of searches run; a failing disk
 * moves the session to an index in memory, a damaged index is rebuilt.
 */
public final class ArchiveSession implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveSession.class);

    private final Path folder;
    private final IndexOpener opener;
    private final Options options;
    private final ArchiveScanner scanner = new ArchiveScanner();
    private final ArchiveReader reader = new ArchiveReader();
    private final ArticleSearcher searcher;
    private final List<String> notices = new CopyOnWriteArrayList<>();
    /** One writer of the index at a time: an ingest, a batch of live changes, or a rebuild. */
    private final ReentrantLock writing = new ReentrantLock();
    private volatile ArticleIndex index;
    private volatile List<Problem> scanProblems = List.of();
    private volatile boolean closed;
    private volatile boolean verified;
    private ArchiveWatcher watcher;

    /**
     * How an ingest works.
     *
     * @param threads          how many files are read and indexed at once
     * @param progressInterval how often progress is reported
     * @param refreshInterval  how often new articles are made searchable during an ingest, after a first
     *                         refresh at once; each refresh flushes small segments that must later be merged,
     *                         which showed as several per cent of a large ingest, so not too often
     * @param commitInterval   how often the index is made durable during an ingest
     */
    public record Options(int threads, Duration progressInterval, Duration refreshInterval, Duration commitInterval) {

        public static Options defaults() {
            return new Options(Math.max(1, Runtime.getRuntime().availableProcessors()), Duration.ofMillis(500),
                    Duration.ofSeconds(10), Duration.ofSeconds(10));
        }

        public Options withCommitInterval(Duration interval) {
            return new Options(threads, progressInterval, refreshInterval, interval);
        }
    }

    private ArchiveSession(Path folder, IndexOpener.Opened opened, IndexOpener opener, Options options) {
        this.folder = folder;
        this.opener = opener;
        this.options = options;
        this.index = opened.index();
        this.notices.addAll(opened.notices());
        this.searcher = new ArticleSearcher(() -> index);
    }

    /** Opens the archive in a folder with an index in memory, built afresh; nothing is read until {@link #ingest}. */
    public static ArchiveSession open(Path folder) throws IOException {
        Path absolute = checkedFolder(folder);
        return new ArchiveSession(absolute, new IndexOpener.Opened(ArticleIndex.inMemory(), List.of()), null,
                Options.defaults());
    }

    /**
     * Opens the archive in a folder with its stored index, made by {@code opener}; nothing is read until
     * {@link #ingest}, but what the stored index holds is searchable at once.
     *
     * @throws NoSuchFileException   when the folder does not exist
     * @throws NotDirectoryException when the path is not a folder
     */
    public static ArchiveSession open(Path folder, IndexOpener opener, Options options) throws IOException {
        Path absolute = checkedFolder(folder);
        return new ArchiveSession(absolute, opener.open(absolute), opener, options);
    }

    private static Path checkedFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new NoSuchFileException(absolute.toString());
        }
        if (!Files.isDirectory(absolute)) {
            throw new NotDirectoryException(absolute.toString());
        }
        return absolute;
    }

    public Path folder() {
        return folder;
    }

    public ArticleSearcher searcher() {
        return searcher;
    }

    /** Where the index lives now: it moves to memory if the disk fails. */
    public ArticleIndex.Storage storage() {
        return index.storage();
    }

    /** One-line messages for the user about the index: rebuilt, read-only, kept in memory. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /**
     * Brings the index up to date with the folder, making articles searchable as it goes. A read-only index
     * is only refreshed: another process keeps it up to date. Returns early, without error, when the session
     * is closed meanwhile.
     *
     * @throws IOException when the folder itself can no longer be listed
     */
    public IngestProgress ingest(IngestListener listener) throws IOException {
        writing.lock();
        try {
            if (!index.isWritable()) {
                index.refresh();
                IngestProgress done = new IngestProgress(0, 0, index.articleCount(), Duration.ZERO, true);
                listener.progressed(done);
                return done;
            }
            // The archive is listed before the index is touched: a folder that cannot be listed is the archive's
            // trouble, and must not be taken for damage to the index.
            ArchiveListing listing = scanner.scan(folder);
            try {
                return reconcile(listing, listener);
            } catch (IOException | RuntimeException failure) {
                if (closed) {
                    return new IngestProgress(0, 0, 0, Duration.ZERO, true);
                }
                recover(failure);
                return reconcile(listing, listener);
            }
        } finally {
            writing.unlock();
        }
    }

    /**
     * Checks every byte of a stored index against its checksums, once per session, and rebuilds a damaged
     * index from the archive. Slow on a large index: run it after {@link #ingest}, off the UI thread.
     *
     * @return whether the index was damaged and has been rebuilt
     */
    public boolean verifyIndex(IngestListener listener) throws IOException {
        if (verified || index.storage() != ArticleIndex.Storage.DISK) {
            return false;
        }
        writing.lock();
        try {
            index.verifyIntegrity();
            verified = true;
            return false;
        } catch (IOException | RuntimeException failure) {
            if (closed || !IndexOpener.isDamage(failure)) {
                throw failure;
            }
            recover(failure);
            reconcile(scanner.scan(folder), listener);
            verified = true;
            return true;
        } finally {
            writing.unlock();
        }
    }

    /**
     * Replaces an index that failed: a damaged one with a new one on disk, one whose disk failed with one in
     * memory. The caller then reconciles everything into it.
     */
    private void recover(Throwable failure) throws IOException {
        ArticleIndex failed = index;
        abandonQuietly(failed);
        if (failed.storage() == ArticleIndex.Storage.DISK && IndexOpener.isDamage(failure) && opener != null) {
            LOG.warn("The index of {} is damaged; rebuilding it", folder, failure);
            IndexOpener.Opened rebuilt = opener.rebuild(folder);
            notices.add("The stored index was damaged; it is being rebuilt from the archive.");
            notices.addAll(rebuilt.notices());
            index = rebuilt.index();
        } else if (failed.storage() == ArticleIndex.Storage.DISK) {
            LOG.warn("Cannot write the index of {}; indexing in memory", folder, failure);
            notices.add("The index could not be written (" + IndexOpener.reason(failure)
                    + "); this session indexes in memory.");
            index = ArticleIndex.inMemory();
        } else {
            throw failure instanceof IOException io ? io : new IOException(failure);
        }
    }

    private IngestProgress reconcile(ArchiveListing listing, IngestListener listener) throws IOException {
        long started = System.nanoTime();
        scanProblems = listing.problems();
        Map<String, FileStamp> indexed = index.fileStamps();
        List<ArchiveFile> changed = new ArrayList<>();
        Set<String> present = new HashSet<>();
        for (ArchiveFile file : listing.files()) {
            present.add(file.relativePath());
            if (!FileStamp.of(file).equals(indexed.get(file.relativePath()))) {
                changed.add(file);
            }
        }
        int removed = 0;
        for (String file : indexed.keySet()) {
            if (!present.contains(file)) {
                index.removeFile(file);
                removed++;
            }
        }
        if (index.needsCommonWords()) {
            index.chooseCommonWords(CommonWords.sampledFrom(sample(changed)));
        }
        int read = readAll(changed, indexed.keySet(), listener, started);
        index.commit();
        index.refresh();
        IngestProgress finished = new IngestProgress(read, changed.size(), index.articleCount(), since(started),
                true);
        LOG.info("Brought the index of {} up to date in {} ms: {} files read, {} removed, {} articles",
                folder, finished.elapsed().toMillis(), read, removed, finished.articles());
        listener.progressed(finished);
        return finished;
    }

    /** How many articles of a new index's archive are read first to choose its common words. */
    static final int COMMON_WORDS_SAMPLE = 300;

    /**
     * Articles from files spread evenly over the archive, for choosing a new index's common words: the archive's
     * first folder might be a single year or a single section.
     */
    private List<Article> sample(List<ArchiveFile> files) {
        List<Article> sample = new ArrayList<>();
        int step = Math.max(1, files.size() / COMMON_WORDS_SAMPLE);
        for (int at = 0; at < files.size() && sample.size() < COMMON_WORDS_SAMPLE && !closed; at += step) {
            sample.addAll(reader.read(files.get(at)).articles());
        }
        return sample.size() > COMMON_WORDS_SAMPLE ? sample.subList(0, COMMON_WORDS_SAMPLE) : sample;
    }

    /**
     * Reads and indexes files on {@link Options#threads()} threads while this thread makes the articles
     * searchable, reports progress and commits at intervals.
     *
     * @return how many files were read
     */
    private int readAll(List<ArchiveFile> files, Set<String> alreadyIndexed, IngestListener listener, long started)
            throws IOException {
        if (files.isEmpty()) {
            return 0;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ArticleIndex target = index;
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
                    for (int at = next.getAndIncrement(); at < files.size() && !closed; at = next.getAndIncrement()) {
                        ArchiveFile file = files.get(at);
                        FileReadResult result = reader.read(file);
                        try {
                            target.putFile(file, result, alreadyIndexed.contains(file.relativePath()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            long lastCommit = System.nanoTime();
            // The first refresh comes after one progress interval, so that a search finds something at once.
            long lastRefresh = System.nanoTime() - options.refreshInterval().toNanos() + options.progressInterval().toNanos();
            int searchable = target.articleCount();
            for (Future<?> worker : running) {
                while (!isDone(worker, options.progressInterval())) {
                    if (System.nanoTime() - lastRefresh >= options.refreshInterval().toNanos()) {
                        target.refresh();
                        searchable = target.articleCount();
                        lastRefresh = System.nanoTime();
                    }
                    listener.progressed(new IngestProgress(done.get(), files.size(), searchable, since(started), false));
                    if (System.nanoTime() - lastCommit >= options.commitInterval().toNanos()) {
                        // Counted before committing: files finished while the commit runs may not be in it.
                        int durable = done.get();
                        target.commit();
                        lastCommit = System.nanoTime();
                        listener.committed(durable);
                    }
                }
            }
            return done.get();
        } finally {
            workers.shutdownNow();
        }
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
            throw new IOException(cause);
        }
    }

    /**
     * Applies changes to files and folders of the archive, as the live watch reports them: each path is read
     * again if it changed, dropped if it is gone, and a folder is reconciled as a whole.
     */
    void applyChanges(Collection<Path> paths) throws IOException {
        writing.lock();
        try {
            if (closed || !index.isWritable()) {
                return;
            }
            Map<String, FileStamp> indexed;
            try {
                indexed = index.fileStamps();
            } catch (IOException | RuntimeException failure) {
                recoverAndReconcile(failure);
                return;
            }
            // Looking at the archive fails for the archive's own reasons, never taken for damage to the index.
            Changes changes = changesIn(paths, indexed);
            try {
                apply(changes);
            } catch (IOException | RuntimeException failure) {
                recoverAndReconcile(failure);
            }
        } finally {
            writing.unlock();
        }
    }

    /** After the index failed during live changes: a new index, brought up to date with the whole folder. */
    private void recoverAndReconcile(Exception failure) throws IOException {
        if (closed) {
            return;
        }
        recover(failure);
        reconcile(scanner.scan(folder), IngestListener.NONE);
    }

    /**
     * What a batch of changed paths means for the index: files to read, by path, so that a file named in a batch
     * both itself and through its new folder is read once; and files and folders to drop.
     */
    private record Changes(Map<String, ArchiveFile> toRead, List<String> removedFiles, List<String> removedFolders) {
    }

    /**
     * Looks at the changed paths in the archive. A path can vanish while it is looked at (a file being moved,
     * a folder being deleted); it then counts as removed, since by now it is.
     */
    private Changes changesIn(Collection<Path> paths, Map<String, FileStamp> indexed) throws IOException {
        Changes changes = new Changes(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (!absolute.startsWith(folder) || absolute.equals(folder) || ArchiveScanner.isHiddenWithin(folder, absolute)) {
                continue;
            }
            String relative = ArchiveScanner.relativePath(folder, absolute);
            try {
                if (Files.isDirectory(absolute)) {
                    folderChanged(absolute, relative, indexed, changes);
                } else if (Files.isRegularFile(absolute) && ArchiveScanner.isArticleFile(absolute)) {
                    ArchiveFile file = scanner.describe(folder, absolute);
                    if (!FileStamp.of(file).equals(indexed.get(relative))) {
                        changes.toRead().put(relative, file);
                    }
                } else if (!Files.exists(absolute)) {
                    removed(relative, changes);
                }
            } catch (NoSuchFileException vanished) {
                removed(relative, changes);
            }
        }
        return changes;
    }

    private void folderChanged(Path absolute, String relative, Map<String, FileStamp> indexed, Changes changes)
            throws IOException {
        ArchiveListing listing = scanner.scan(folder, absolute);
        Set<String> present = new HashSet<>();
        for (ArchiveFile file : listing.files()) {
            present.add(file.relativePath());
            if (!FileStamp.of(file).equals(indexed.get(file.relativePath()))) {
                changes.toRead().put(file.relativePath(), file);
            }
        }
        for (String file : indexed.keySet()) {
            if (file.startsWith(relative + "/") && !present.contains(file)) {
                changes.removedFiles().add(file);
            }
        }
    }

    private static void removed(String relative, Changes changes) {
        changes.removedFiles().add(relative);
        changes.removedFolders().add(relative);
    }

    /** Live changes always replace by file: a batch is small, and replacing can never leave a file twice. */
    private void apply(Changes changes) throws IOException {
        for (String file : changes.removedFiles()) {
            index.removeFile(file);
        }
        for (String removedFolder : changes.removedFolders()) {
            index.removeFolder(removedFolder);
        }
        for (ArchiveFile file : changes.toRead().values()) {
            index.putFile(file, reader.read(file), true);
        }
        index.commit();
        index.refresh();
    }

    /**
     * Keeps the index up to date with the folder from now on: files added, changed or removed appear, update
     * or vanish within about a second, and {@code onChange} runs after each batch, on the watching thread. A
     * read-only index follows the commits of the process that writes it instead.
     */
    public synchronized void watch(Runnable onChange) throws IOException {
        if (watcher != null || closed) {
            return;
        }
        watcher = index.isWritable()
                ? ArchiveWatcher.onFolder(folder, paths -> {
                    applyChanges(paths);
                    onChange.run();
                }, () -> {
                    ingest(IngestListener.NONE);
                    onChange.run();
                })
                : ArchiveWatcher.onCommits(this::followCommits, onChange);
        watcher.start();
    }

    /** For a read-only index: whether the process that writes it has committed since the last look. */
    private boolean followCommits() throws IOException {
        return index.refreshIfChanged();
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Every file, record or folder that could not be read, with the reason, in path order. */
    public List<Problem> problems() throws IOException {
        List<Problem> problems = new ArrayList<>(scanProblems);
        problems.addAll(index.problems());
        problems.sort(Comparator.comparing(Problem::file));
        return problems;
    }

    /** How many articles are searchable now. */
    public int articleCount() throws IOException {
        return index.articleCount();
    }

    /** Stops watching and reading, and closes the index, committing what it holds. */
    @Override
    public void close() throws IOException {
        closed = true;
        synchronized (this) {
            if (watcher != null) {
                watcher.close();
            }
        }
        writing.lock();
        try {
            index.close();
        } catch (AlreadyClosedException e) {
            LOG.debug("The index of {} was already closed", folder);
        } finally {
            writing.unlock();
        }
    }

    private void abandonQuietly(ArticleIndex failed) {
        try {
            failed.abandon();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not close a failed index cleanly", e);
        }
    }
}
