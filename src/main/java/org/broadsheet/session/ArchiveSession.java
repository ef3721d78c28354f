package org.broadsheet.session;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.archive.ArchiveListing;
import org.broadsheet.archive.ArchiveReader;
import org.broadsheet.archive.ArchiveScanner;
import org.broadsheet.archive.FileReadResult;
import org.broadsheet.article.FieldMap;
import org.broadsheet.article.Problem;
import org.broadsheet.index.ArticleIndex;
import org.broadsheet.index.CommonWords;
import org.broadsheet.index.IndexOpener;
import org.broadsheet.index.IndexedFile;
import org.broadsheet.marks.ArticleLocator;
import org.broadsheet.marks.MarkException;
import org.broadsheet.marks.MarkStore;
import org.broadsheet.platform.IoFailures;
import org.broadsheet.platform.LogFolder;
import org.broadsheet.search.ArticleSearcher;
import org.broadsheet.search.ChangeListeners;
import org.broadsheet.task.OutOfMemoryFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One archive folder opened for reading, and the order in which that happens: its index opens (a stored one
 * is searchable at once), an ingest brings it up to date with the folder, the checksums are verified, and a
 * watch keeps it up to date. The window and the command line both work through this; its parts do the jobs
 * ({@link IndexHolder} the index and its replacement after a failure, {@link Reconciler} what changed,
 * {@link ParallelIngest} the reading, {@link LiveChanges} the watched paths).
 *
 * <p>Thread-safe. One lock lets one writing job (an ingest, a batch of live changes, the checksum pass)
 * run at a time while any number of searches run; the window's jobs run on the session's own thread, so
 * the window never waits for them, and closing stops them.
 */
public final class ArchiveSession implements Closeable, OpenArchive {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveSession.class);

    /** How many articles of a new index's archive are read first to choose its common words. */
    static final int COMMON_WORDS_SAMPLE = 300;
    /** How often the window looks for marks another window changed. */
    static final Duration MARKS_WATCH_INTERVAL = Duration.ofSeconds(1);
    /** How long closing waits for a writing job to notice and stop before closing the index anyway. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(20);

    private final Path folder;
    private final ArchiveScanner scanner;
    private final ArchiveReader reader;
    private final FieldMap fieldMap;
    private final ChangeListeners changeListeners = new ChangeListeners();
    private final IndexHolder holder;
    private final ParallelIngest ingester;
    private final LiveChanges liveChanges;
    private final ArticleSearcher searcher;
    private final MarkStore marks;
    private final double storySimilarity;
    /** One writing job at a time; everything else reads volatile state. */
    private final ReentrantLock writing = new ReentrantLock();
    /** The window's jobs, one after another: the start's steps, then rescans. */
    private final ExecutorService jobs;
    private final AtomicBoolean rescanQueued = new AtomicBoolean();
    private final AtomicBoolean repairQueued = new AtomicBoolean();
    /** Whom the window's session tells what changes; set by {@link #start}. */
    private volatile SessionEvents events;
    private volatile List<Problem> scanProblems = List.of();
    private volatile boolean closed;
    private volatile boolean verified;
    private volatile ArchiveWatcher watcher;
    private volatile StoryGroupingTime lastGrouping;

    /** What the last grouping of stories did, and how long it took. */
    public record StoryGroupingTime(ArticleIndex.StoryGrouping grouping, boolean everything, Duration took) {
    }

    /**
     * How an ingest works.
     *
     * @param threads             how many files are read and indexed at once
     * @param progressInterval    how often progress is reported
     * @param refreshInterval     how often new articles are made searchable during an ingest nobody watches,
     *                            after a first refresh at once; each refresh flushes small segments that must
     *                            later be merged, which showed as several per cent of a large ingest
     * @param listRefreshInterval how often while a result list is open, so that it shows new articles soon
     * @param commitInterval      how often the index is made durable during an ingest
     * @param followLinksOutside  whether links that lead outside the archive are followed (else each is a problem)
     * @param storySimilarity     how alike two articles' texts must be (Jaccard similarity of their shingles)
     *                            to be versions of one story
     * @param fieldMap            the fields the user named for JSON records of a shape not known to Broadsheet
     */
    public record Options(int threads, Duration progressInterval, Duration refreshInterval,
                          Duration listRefreshInterval, Duration commitInterval, boolean followLinksOutside,
                          double storySimilarity, FieldMap fieldMap) {

        /** The similarity at which two articles are versions of one story, unless the settings say otherwise. */
        public static final double STORY_SIMILARITY = 0.8;

        /** Options that keep to the archive's own folder. */
        public Options(int threads, Duration progressInterval, Duration refreshInterval, Duration listRefreshInterval,
                       Duration commitInterval) {
            this(threads, progressInterval, refreshInterval, listRefreshInterval, commitInterval, false,
                    STORY_SIMILARITY, FieldMap.NONE);
        }

        public Options {
            fieldMap = Objects.requireNonNullElse(fieldMap, FieldMap.NONE);
        }

        public static Options defaults() {
            return new Options(Math.max(1, Runtime.getRuntime().availableProcessors()), Duration.ofMillis(500),
                    Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(10));
        }

        public Options withLinksOutsideFollowed(boolean follow) {
            return new Options(threads, progressInterval, refreshInterval, listRefreshInterval, commitInterval, follow,
                    storySimilarity, fieldMap);
        }

        public Options withStorySimilarity(double similarity) {
            return new Options(threads, progressInterval, refreshInterval, listRefreshInterval, commitInterval,
                    followLinksOutside, similarity, fieldMap);
        }

        public Options withFieldMap(FieldMap fields) {
            return new Options(threads, progressInterval, refreshInterval, listRefreshInterval, commitInterval,
                    followLinksOutside, storySimilarity, fields);
        }
    }

    private ArchiveSession(Path folder, IndexOpener.Opened opened, IndexOpener opener, Options options,
                           ParallelIngest.FileReading reading, MarkStore marks) {
        this.folder = folder;
        this.marks = marks;
        this.storySimilarity = options.storySimilarity();
        this.fieldMap = options.fieldMap();
        this.reader = new ArchiveReader(fieldMap);
        this.scanner = new ArchiveScanner(options.followLinksOutside());
        this.holder = new IndexHolder(folder, opener, opened, changeListeners);
        this.ingester = new ParallelIngest(reading == null ? reader::read : reading, options, changeListeners,
                () -> closed);
        this.liveChanges = new LiveChanges(folder, scanner);
        this.searcher = new ArticleSearcher(holder::current, changeListeners, this::searchFailed, marks::snapshot);
        // A list shows marks, and may filter by them: a change to them is a change to what searches find.
        marks.addChangeListener(changeListeners::fire);
        this.jobs = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "broadsheet-session");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Opens the archive in a folder with an index and marks in memory, built afresh; nothing is read until
     * {@link #ingest}.
     */
    public static ArchiveSession open(Path folder) throws IOException {
        Path absolute = checkedFolder(folder);
        return new ArchiveSession(absolute, new IndexOpener.Opened(ArticleIndex.inMemory(), List.of()), null,
                Options.defaults(), null, MarkStore.inMemory());
    }

    /** Opens the marks of an archive folder. */
    @FunctionalInterface
    public interface MarksOpener {
        MarkStore open(Path archiveFolder) throws IOException;

        /** Marks that last as long as the session. */
        MarksOpener IN_MEMORY = folder -> MarkStore.inMemory();
    }

    /**
     * Opens the archive in a folder with its stored index, made by {@code opener}; nothing is read until
     * {@link #ingest}, but what the stored index holds is searchable at once.
     *
     * @throws NoSuchFileException   when the folder does not exist
     * @throws NotDirectoryException when the path is not a folder
     */
    public static ArchiveSession open(Path folder, IndexOpener opener, Options options) throws IOException {
        return open(folder, opener, options, MarksOpener.IN_MEMORY);
    }

    /** As {@link #open(Path, IndexOpener, Options)}, with the archive's marks opened by {@code marks}. */
    public static ArchiveSession open(Path folder, IndexOpener opener, Options options, MarksOpener marks)
            throws IOException {
        return open(folder, opener, options, null, marks);
    }

    /** As {@link #open(Path, IndexOpener, Options)}, reading each file whole with {@code reading}; for tests. */
    static ArchiveSession openReading(Path folder, IndexOpener opener, Options options,
                                      Function<ArchiveFile, FileReadResult> reading) throws IOException {
        return open(folder, opener, options, (file, earlier) -> reading.apply(file), MarksOpener.IN_MEMORY);
    }

    private static ArchiveSession open(Path folder, IndexOpener opener, Options options,
                                       ParallelIngest.FileReading reading, MarksOpener marks) throws IOException {
        Path absolute = checkedFolder(folder);
        IndexOpener.Opened opened = opener.open(absolute);
        MarkStore markStore;
        try {
            markStore = marks.open(absolute);
        } catch (IOException | RuntimeException | Error failure) {
            // The index's writer would keep its lock, and the next open in this process would find it taken.
            try {
                opened.index().close();
            } catch (IOException | RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        }
        return new ArchiveSession(absolute, opened, opener, options, reading, markStore);
    }

    private static Path checkedFolder(Path folder) throws IOException {
        if (folder.toString().isBlank()) {
            // An empty path would be the current folder, which nobody asked to open.
            throw new NoSuchFileException("(no folder given)");
        }
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new NoSuchFileException(absolute.toString());
        }
        if (!Files.isDirectory(absolute)) {
            throw new NotDirectoryException(absolute.toString());
        }
        return absolute;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public String name() {
        return folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    }

    @Override
    public ArticleSearcher searcher() {
        return searcher;
    }

    /** The last grouping of stories this session did, or null before any. */
    public StoryGroupingTime lastGrouping() {
        return lastGrouping;
    }

    /** The user's marks on this archive's articles, with its saved searches. */
    @Override
    public MarkStore marks() {
        return marks;
    }

    /** Where the index lives now: it moves to memory if the disk fails. */
    public ArticleIndex.Storage storage() {
        return holder.current().storage();
    }

    /** One-line messages for the user about the index and the marks: rebuilt, read-only, kept in memory. */
    @Override
    public List<String> notices() {
        List<String> notices = new ArrayList<>(holder.notices());
        notices.addAll(marks.notices());
        return notices;
    }

    /**
     * The window's way in: on the session's own thread, brings the index up to date with the folder, checks
     * its checksums, then watches the folder, telling {@code events} as it goes. Returns at once.
     */
    @Override
    public void start(SessionEvents events) {
        this.events = events;
        jobs.execute(() -> {
            if (!bringUpToDate(events::progressed, events)) {
                return;
            }
            try {
                if (verifyIndex(IngestListener.NONE)) {
                    events.contentsChanged(contents());
                }
                watch(() -> tellContents(events));
                marks.watch(MARKS_WATCH_INTERVAL.toMillis());
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not check or watch {}", folder, e);
            }
        });
    }

    /**
     * Reads the folder again on the session's own thread, after the start's steps, e.g. because the watch
     * cannot see a network folder's changes. A rescan asked for while one is waiting is the same rescan.
     */
    @Override
    public void rescan(SessionEvents events) {
        if (rescanQueued.compareAndSet(false, true)) {
            jobs.execute(() -> {
                rescanQueued.set(false);
                bringUpToDate(IngestListener.NONE, events);
            });
        }
    }

    /** Runs an ingest and tells {@code events} how it ended; returns whether it succeeded. */
    private boolean bringUpToDate(IngestListener progress, SessionEvents events) {
        try {
            ingest(progress);
            if (!closed) {
                events.contentsChanged(contents());
            }
            return !closed;
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                events.failed(failureMessage(e));
            }
            return false;
        } catch (OutOfMemoryError e) {
            LOG.error("Reading {} ran out of memory", folder, e);
            events.failed(OutOfMemoryFailure.advice());
            return false;
        }
    }

    private void tellContents(SessionEvents events) {
        try {
            if (!closed) {
                events.contentsChanged(contents());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not count what {} holds", folder, e);
        }
    }

    /** One sentence for the user on why reading the archive stopped; the details go to the log. */
    private String failureMessage(Exception failure) {
        if (failure instanceof NoSuchFileException) {
            LOG.info("The archive folder {} is gone", folder);
            return "The archive folder is no longer there; what was read before can still be searched.";
        }
        if (failure instanceof AccessDeniedException) {
            LOG.info("The archive folder {} cannot be read", folder, failure);
            return "The archive folder cannot be read (permission denied).";
        }
        if (IndexFailure.of(failure) == IndexFailure.BUG) {
            LOG.error("Reading {} stopped because of an internal error", folder, failure);
            return "Reading the archive stopped because of an internal error; the details are in "
                    + LogFolder.logFile() + ".";
        }
        LOG.warn("Reading {} stopped", folder, failure);
        return "Reading the archive stopped (" + IoFailures.describe(failure) + ").";
    }

    /** What the archive holds now: counts, problems, notices. */
    public ArchiveContents contents() throws IOException {
        ArchiveContents.Kept kept = switch (storage()) {
            case DISK -> ArchiveContents.Kept.STORED;
            case DISK_READ_ONLY -> ArchiveContents.Kept.READ_ONLY;
            case MEMORY -> ArchiveContents.Kept.IN_MEMORY;
        };
        return new ArchiveContents(articleCount(), problems(), notices(), kept, isComplete());
    }

    /**
     * Brings the index up to date with the folder, making articles searchable as it goes. A read-only index
     * is only refreshed: another process keeps it up to date. Returns early, without error, when the session
     * is closed meanwhile.
     *
     * @throws IOException        when the folder itself can no longer be listed
     * @throws IndexBugException  when an internal error stopped it
     */
    public IngestProgress ingest(IngestListener listener) throws IOException {
        writing.lock();
        try {
            if (closed) {
                return new IngestProgress(0, 0, 0, Duration.ZERO, true);
            }
            ArticleIndex index = holder.current();
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
                return reconcileArchive(listing, listener);
            } catch (IOException | RuntimeException failure) {
                if (closed) {
                    return new IngestProgress(0, 0, 0, Duration.ZERO, true);
                }
                holder.replaceAfter(failure);
                return reconcileArchive(listing, listener);
            }
        } finally {
            writing.unlock();
        }
    }

    /**
     * A search failed for no reason of its query: in the window, the index is checked on the session's thread,
     * and rebuilt if damaged (a damaged segment can make one query fail every time, long before the checksum
     * pass would look). The command line calls {@link #repairIfDamaged} itself.
     */
    private void searchFailed(Exception failure) {
        SessionEvents told = events;
        if (told == null || closed || !repairQueued.compareAndSet(false, true)) {
            return;
        }
        jobs.execute(() -> {
            repairQueued.set(false);
            try {
                if (repairIfDamaged(failure)) {
                    tellContents(told);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not check the index of {} after a search failed", folder, e);
            }
        });
    }

    /**
     * After a search failed for no reason of its query: checks every byte of the index against its checksums,
     * and rebuilds it from the archive when it is damaged. A failure on an index that checks out is a bug, and
     * logged as one.
     *
     * @return whether the index was damaged and has been rebuilt, so that the search may be tried again
     */
    public boolean repairIfDamaged(Exception searchFailure) throws IOException {
        if (storage() != ArticleIndex.Storage.DISK) {
            LOG.error("A search of {} failed", folder, searchFailure);
            return false;
        }
        writing.lock();
        try {
            if (closed) {
                return false;
            }
            try {
                holder.current().verifyIntegrity(() -> closed);
            } catch (IOException | RuntimeException damage) {
                if (closed || IndexFailure.of(damage) != IndexFailure.DAMAGE) {
                    throw damage;
                }
                LOG.warn("A search of {} failed on a damaged index; rebuilding it", folder, searchFailure);
                holder.replaceAfter(damage);
                reconcileArchive(scanner.scan(folder), IngestListener.NONE);
                verified = true;
                return true;
            }
            LOG.error("A search of {} failed, though its index checks out", folder, searchFailure);
            return false;
        } finally {
            writing.unlock();
        }
    }

    /**
     * Checks every byte of a stored index against its checksums, once per session, and rebuilds a damaged
     * index from the archive. Slow on a large index: run it after {@link #ingest}, off the UI thread. Stops
     * when the session closes.
     *
     * @return whether the index was damaged and has been rebuilt
     */
    public boolean verifyIndex(IngestListener listener) throws IOException {
        if (verified || storage() != ArticleIndex.Storage.DISK) {
            return false;
        }
        writing.lock();
        try {
            if (closed) {
                return false;
            }
            holder.current().verifyIntegrity(() -> closed);
            verified = !closed;
            return false;
        } catch (IOException | RuntimeException failure) {
            if (closed || IndexFailure.of(failure) != IndexFailure.DAMAGE) {
                throw failure;
            }
            holder.replaceAfter(failure);
            reconcileArchive(scanner.scan(folder), listener);
            verified = true;
            return true;
        } finally {
            writing.unlock();
        }
    }

    private IngestProgress reconcileArchive(ArchiveListing listing, IngestListener listener) throws IOException {
        long started = System.nanoTime();
        ArticleIndex index = holder.current();
        scanProblems = listing.problems();
        Map<String, IndexedFile> indexed = index.indexedFiles();
        Reconciler reconcile = new Reconciler();
        reconcile.listedArchive(listing.files());
        // JSON files read with another field map are read again, though unchanged: what they hold depends on it.
        boolean remap = index.isWritable() && !index.fieldsReadWith(fieldMap.written());
        Reconciler.Changes changes = reconcile.against(indexed, file -> remap && file.kind().isJson());
        StoryWork stories = storyWork(index, changes, indexed);
        if (!changes.isEmpty()) {
            index.setComplete(false);
            index.storiesPending();
        }
        if (remap) {
            index.fieldsPending();
        }
        for (String file : changes.removed()) {
            index.removeFile(file);
        }
        if (index.needsCommonWords()) {
            index.chooseCommonWords(sample(changes.toRead()).words());
        }
        int read = ingester.run(index, changes.toRead(), file -> indexed.containsKey(file.relativePath()), listener,
                started);
        if (!closed) {
            // The stories are grouped before the commit, so that one commit makes both durable.
            index.refresh();
            groupStories(index, changes, stories);
            if (remap) {
                index.fieldsRead(fieldMap.written());
            }
        }
        index.setComplete(!closed);
        index.commit();
        index.refresh();
        if (!closed) {
            followMarks();
        }
        IngestProgress finished = new IngestProgress(read, changes.toRead().size(), index.articleCount(),
                ParallelIngest.since(started), true);
        LOG.info("Brought the index of {} up to date in {} ms: {} files read, {} removed, {} articles",
                folder, finished.elapsed().toMillis(), read, changes.removed().size(), finished.articles());
        listener.progressed(finished);
        return finished;
    }

    /**
     * What grouping stories will have to look at after a batch of changes: every article, when the index was
     * not grouped at this similarity or the batch is a large share of it; else the stories of the files about
     * to be replaced or removed, which may lose a version.
     */
    private record StoryWork(boolean everything, Set<Long> touched) {
    }

    /** Above this many files read, grouping looks at every article rather than at the new ones one by one. */
    static final int EVERY_STORY_FILES = 2_000;

    private StoryWork storyWork(ArticleIndex index, Reconciler.Changes changes, Map<String, IndexedFile> indexed)
            throws IOException {
        if (!index.isWritable()) {
            return new StoryWork(false, Set.of());
        }
        boolean everything = !index.storiesGroupedAt(storySimilarity) || changes.toRead().size() > EVERY_STORY_FILES;
        if (everything || changes.isEmpty()) {
            return new StoryWork(everything, Set.of());
        }
        List<String> leaving = new ArrayList<>(changes.removed());
        changes.toRead().stream().map(ArchiveFile::relativePath).filter(indexed::containsKey).forEach(leaving::add);
        return new StoryWork(false, index.storiesOfFiles(leaving).stories());
    }

    /**
     * Groups the articles just read into stories, and those whose stories just lost an article; the caller
     * commits and refreshes, which makes the new stories durable and searchable.
     */
    private void groupStories(ArticleIndex index, Reconciler.Changes changes, StoryWork work) throws IOException {
        if (!index.isWritable() || !work.everything() && changes.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        List<String> newIds = work.everything() ? List.of() : index.storiesOfFiles(
                changes.toRead().stream().map(ArchiveFile::relativePath).toList()).articleIds();
        ArticleIndex.StoryGrouping grouped = index.groupStories(storySimilarity, work.everything(), newIds,
                work.touched());
        lastGrouping = new StoryGroupingTime(grouped, work.everything(), ParallelIngest.since(started));
        LOG.info("Grouped the stories of {} in {} ms ({}): {} articles changed story, {} pairs compared", folder,
                ParallelIngest.since(started).toMillis(), work.everything() ? "every article" : newIds.size() + " new",
                grouped.changed(), grouped.comparisons());
    }

    /**
     * Takes the marks along to where their articles are now, once the index holds the whole archive: a file
     * moved or renamed keeps its marks. A failure costs only the following, and is logged.
     */
    private void followMarks() {
        try {
            if (holder.current().isComplete()) {
                marks.reattach(new ArticleLocator() {
                    @Override
                    public Map<String, String> fingerprintsOf(Collection<String> ids) throws IOException {
                        return searcher.fingerprintsOf(ids);
                    }

                    @Override
                    public Map<String, String> idsWithFingerprints(Collection<String> fingerprints) throws IOException {
                        return searcher.idsWithFingerprints(fingerprints);
                    }
                });
            }
        } catch (IOException | MarkException | RuntimeException e) {
            LOG.warn("Could not follow the marked articles of {}", folder, e);
        }
    }

    private CommonWords.Sample sample(List<ArchiveFile> files) {
        return CommonWords.Sample.spreadOver(files, reader, COMMON_WORDS_SAMPLE, () -> closed);
    }

    /**
     * Applies changes to files and folders of the archive, as the live watch reports them: each path is read
     * again if it changed, dropped if it is gone, and a folder is reconciled as a whole.
     */
    void applyChanges(Collection<Path> paths) throws IOException {
        writing.lock();
        try {
            ArticleIndex index = holder.current();
            if (closed || !index.isWritable()) {
                return;
            }
            // Looking at the archive fails for the archive's own reasons, never taken for damage to the index.
            Reconciler listed = liveChanges.listed(paths);
            try {
                Map<String, IndexedFile> indexed = index.indexedFiles();
                Reconciler.Changes changes = listed.against(indexed, file -> false);
                if (changes.isEmpty()) {
                    return;
                }
                StoryWork stories = storyWork(index, changes, indexed);
                index.storiesPending();
                for (String file : changes.removed()) {
                    index.removeFile(file);
                }
                // Live changes always replace: a batch is small, and replacing can never leave a file twice.
                ingester.run(index, changes.toRead(), file -> true, IngestListener.NONE, System.nanoTime());
                index.refresh();
                groupStories(index, changes, stories);
                index.commit();
                index.refresh();
                followMarks();
            } catch (IOException | RuntimeException failure) {
                if (!closed) {
                    holder.replaceAfter(failure);
                    reconcileArchive(scanner.scan(folder), IngestListener.NONE);
                }
            }
        } finally {
            writing.unlock();
        }
    }

    /**
     * Keeps the index up to date with the folder from now on: files added, changed or removed appear, update
     * or vanish within about a second, and {@code onChange} runs after each batch, on the watching thread. A
     * read-only index follows the commits of the process that writes it instead.
     */
    public void watch(Runnable onChange) throws IOException {
        writing.lock();
        try {
            if (watcher != null || closed) {
                return;
            }
            ArchiveWatcher started = holder.current().isWritable()
                    ? ArchiveWatcher.onFolder(folder, paths -> {
                        applyChanges(paths);
                        onChange.run();
                    }, () -> {
                        ingest(IngestListener.NONE);
                        onChange.run();
                    })
                    : ArchiveWatcher.onCommits(() -> holder.current().refreshIfChanged(), onChange);
            started.start();
            watcher = started;
        } finally {
            writing.unlock();
        }
    }

    /** Every file, record or folder that could not be read, with the reason, in path order. */
    public List<Problem> problems() throws IOException {
        List<Problem> problems = new ArrayList<>(scanProblems);
        problems.addAll(holder.current().problems());
        problems.sort(Comparator.comparing(Problem::file));
        return problems;
    }

    /** How many articles are searchable now. */
    public int articleCount() throws IOException {
        return holder.current().articleCount();
    }

    /**
     * Whether searches see the whole archive: false while another process still builds the index this session
     * only reads, or before this session's first ingest has finished.
     */
    public boolean isComplete() throws IOException {
        return holder.current().isComplete();
    }

    /**
     * Closes the session on a thread of its own, which keeps the process alive until the index is committed,
     * and returns at once: for the window, whose thread must never wait.
     */
    @Override
    public CompletableFuture<Void> closeInBackground() {
        closed = true;
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread closer = new Thread(() -> {
            try {
                close();
                done.complete(null);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not close {} cleanly", folder, e);
                done.completeExceptionally(e);
            }
        }, "broadsheet-close");
        closer.setDaemon(false);
        closer.start();
        return done;
    }

    /**
     * Stops watching and reading, and closes the index, committing what it holds. Writing jobs notice and stop
     * between files; closing waits for them a bounded time.
     */
    @Override
    public void close() throws IOException {
        closed = true;
        jobs.shutdown();
        ArchiveWatcher watching = watcher;
        if (watching != null) {
            watching.close();
        }
        boolean locked = false;
        try {
            locked = writing.tryLock(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (!locked) {
                LOG.warn("A writing job on {} did not stop within {} s; closing its index anyway", folder,
                        CLOSE_WAIT.toSeconds());
            }
            holder.close();
            marks.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (locked) {
                writing.unlock();
            }
        }
    }
}
