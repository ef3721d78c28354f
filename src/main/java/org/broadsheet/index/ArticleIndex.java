package org.broadsheet.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.archive.FileReadResult;
import org.broadsheet.article.Article;
import org.broadsheet.article.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of an archive's Lucene index: its {@link IndexWriter} (unless it only reads an index that
 * another process writes), the {@link SearcherManager} that hands out searchers over it, and the snapshots
 * that result lists page through ({@link SearcherLifetimeManager}). Every searcher acquired here is released
 * here, so callers only ever see one for the length of a {@link SearcherWork}.
 *
 * <p>An index that is replaced (after damage or a failing disk) or closed is <em>retired</em>: its writer
 * stops at once, but its searchers stay open until the last search using one has finished, so that
 * replacing an index never breaks a search already running; a search that starts later gets
 * {@link IndexRetiredException} and looks up the current index.
 *
 * <p>Thread-safe: files may be put from several threads while others search.
 *
 * <p>Open one with {@link IndexOpener}, which decides where it lives and what to do when it cannot live
 * there.
 */
public final class ArticleIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleIndex.class);

    /**
     * Fewer, larger flushes make bulk indexing faster, up to 128 MB; a quarter of the heap at most, so that a
     * small heap ({@code -Xmx128m}) still has room for everything else.
     */
    static final double RAM_BUFFER_MB = Math.max(16, Math.min(128, Runtime.getRuntime().maxMemory() / 4.0 / (1 << 20)));

    /**
     * How long a result list's snapshot is kept after a newer state of the index is searchable. A list
     * follows the index within a second or two, so a snapshot older than this is not paged any more.
     */
    private static final double SNAPSHOT_SECONDS = 60;

    private final Directory directory;
    private final IndexWriter writer;
    private final ReferenceManager<IndexSearcher> searchers;
    private final SearcherLifetimeManager snapshots = new SearcherLifetimeManager();
    private final Storage storage;
    /** The common words every document is indexed with; null until chosen. See {@link CommonWords}. */
    private final AtomicReference<CommonWords> commonWords;
    private final List<Runnable> refreshListeners = new CopyOnWriteArrayList<>();
    /** Searches running on this index; its readers close when the last one ends after it was retired. */
    private final AtomicInteger searchesRunning = new AtomicInteger();
    private volatile boolean retired;
    private volatile boolean complete;
    /** The similarity the stories were last grouped at, or empty while articles wait to be grouped. */
    private volatile String storiesGroupedAt = "";
    private volatile String fieldsReadWith = "";
    private final AtomicBoolean readersClosed = new AtomicBoolean();

    /** Where the index lives and whether this instance may change it. */
    public enum Storage {
        /** On disk in the cache folder, written by this instance. */
        DISK,
        /** On disk, written by another process; this instance follows its commits. */
        DISK_READ_ONLY,
        /** In memory, for this session only. */
        MEMORY
    }

    private ArticleIndex(Directory directory, IndexWriter writer, ReferenceManager<IndexSearcher> searchers,
                         Storage storage, AtomicReference<CommonWords> commonWords) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.storage = storage;
        this.commonWords = commonWords;
        searchers.addListener(new ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {
            }

            @Override
            public void afterRefresh(boolean didRefresh) throws IOException {
                if (didRefresh) {
                    snapshots.prune(new SearcherLifetimeManager.PruneByAge(SNAPSHOT_SECONDS));
                    refreshListeners.forEach(Runnable::run);
                }
            }
        });
    }

    /**
     * Runs {@code listener} each time searches start to see a newer state of the index, on the thread that
     * refreshed it. Listeners must be quick.
     */
    public void addRefreshListener(Runnable listener) {
        refreshListeners.add(listener);
    }

    /** An index held in memory for the life of the process. */
    public static ArticleIndex inMemory() throws IOException {
        return writable(new ByteBuffersDirectory(), IndexWriterConfig.OpenMode.CREATE, Storage.MEMORY);
    }

    private static IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode, Supplier<CommonWords> commonWords) {
        return new IndexWriterConfig(Analysis.forIndex(commonWords))
                .setOpenMode(mode)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(true);
    }

    /**
     * Opens a writer on {@code directory}; a new index gets a first, empty commit at once, so that a reader in
     * another process always finds a valid one.
     */
    static ArticleIndex writable(Directory directory, IndexWriterConfig.OpenMode mode, Storage storage)
            throws IOException {
        AtomicReference<CommonWords> commonWords = new AtomicReference<>(
                mode == IndexWriterConfig.OpenMode.CREATE ? null : committedCommonWords(directory));
        // putFile makes sure that words are chosen before a document is analysed.
        IndexWriter writer = new IndexWriter(directory, writerConfig(mode, commonWords::get));
        try {
            ArticleIndex index = new ArticleIndex(directory, writer, new SearcherManager(writer, SlicedSearcher.factory()),
                    storage, commonWords);
            Map<String, String> committed = mode == IndexWriterConfig.OpenMode.CREATE ? Map.of()
                    : SegmentInfos.readLatestCommit(directory).getUserData();
            index.complete = mode != IndexWriterConfig.OpenMode.CREATE && !"false".equals(committed.get(COMPLETE_KEY));
            index.storiesGroupedAt = committed.getOrDefault(STORIES_KEY, "");
            index.fieldsReadWith = committed.getOrDefault(FIELDS_KEY, "");
            index.stageCommitData();
            if (mode == IndexWriterConfig.OpenMode.CREATE) {
                writer.commit();
            }
            return index;
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
    }

    /** Opens an index that another process writes, to search its commits. */
    static ArticleIndex readOnly(Directory directory) throws IOException {
        return new ArticleIndex(directory, null, new SearcherManager(directory, SlicedSearcher.factory()),
                Storage.DISK_READ_ONLY, new AtomicReference<>(committedCommonWords(directory)));
    }

    private static CommonWords committedCommonWords(Directory directory) throws IOException {
        return CommonWords.fromCommit(SegmentInfos.readLatestCommit(directory).getUserData());
    }

    /**
     * Whether a commit holds the whole archive, as of the end of its last reconcile, or only part of it: a
     * second window searching this index while the first still builds it says its results are partial.
     */
    private static final String COMPLETE_KEY = "broadsheet.complete";

    /** The similarity the last grouping of stories used; absent or empty while some articles wait for one. */
    private static final String STORIES_KEY = "broadsheet.stories";

    /**
     * The field map (as {@code FieldMap.written}) every JSON file in the index was read with; {@link #FIELDS_PENDING}
     * while some may still be as another map read them. Absent from indexes made before maps, which read none.
     */
    private static final String FIELDS_KEY = "broadsheet.fields";
    /** Never a written map, which always holds an {@code =} or is empty. */
    private static final String FIELDS_PENDING = "pending";

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>(IndexVersion.commitData());
        data.put(STORIES_KEY, storiesGroupedAt);
        data.put(FIELDS_KEY, fieldsReadWith);
        CommonWords words = commonWords.get();
        if (words != null) {
            data.put(CommonWords.COMMIT_KEY, words.encoded());
        }
        data.put(COMPLETE_KEY, String.valueOf(complete));
        return data;
    }

    /** Says whether what this index holds is the whole archive; it goes with the next commit. */
    public void setComplete(boolean whole) {
        complete = whole;
    }

    /**
     * Whether the index holds the whole archive: for an index this process writes, whether its last reconcile
     * finished; for one another process writes, what that process's last commit says.
     */
    public boolean isComplete() throws IOException {
        if (writer != null) {
            return complete;
        }
        return withSearcher(searcher -> !"false".equals(((DirectoryReader) searcher.getIndexReader()).getIndexCommit()
                .getUserData().get(COMPLETE_KEY)));
    }

    /**
     * Whether every article was grouped into stories at this similarity as of the last grouping: if not (a
     * grouping was cut short, or the similarity setting changed), the next must look at every article.
     */
    public boolean storiesGroupedAt(double similarity) {
        return storiesGroupedAt.equals(String.valueOf(similarity));
    }

    /**
     * Says that articles are coming that wait for their stories; it goes with the next commit, so that a crash
     * before they are grouped makes the next start group them.
     */
    public void storiesPending() {
        storiesGroupedAt = "";
    }

    /** Whether every JSON file in the index was read with this field map, as {@code FieldMap.written} writes it. */
    public boolean fieldsReadWith(String fieldMap) {
        return fieldsReadWith.equals(fieldMap);
    }

    /** Says that JSON files are being read again with another field map; it goes with the next commit. */
    public void fieldsPending() {
        fieldsReadWith = FIELDS_PENDING;
    }

    /** Says that every JSON file in the index has now been read with this field map. */
    public void fieldsRead(String fieldMap) {
        fieldsReadWith = fieldMap;
    }

    /** What a grouping did. */
    public record StoryGrouping(int changed, int comparisons) {
    }

    /**
     * Groups articles into stories and stores each one's story key in place: every article when
     * {@code everything}, else the new articles and the stories that lost one.
     *
     * @param newIds  the ids of articles put in since the last grouping
     * @param touched the keys of stories an article of which was replaced or removed since
     */
    public StoryGrouping groupStories(double similarity, boolean everything, Collection<String> newIds,
                                      Set<Long> touched) throws IOException {
        IndexWriter writing = writer();
        StoryGrouping grouped = withSearcher(searcher -> {
            StoryGrouper grouper = new StoryGrouper(searcher, similarity);
            Map<String, Long> changes = everything ? grouper.everyStory() : grouper.around(newIds, touched);
            for (Map.Entry<String, Long> change : changes.entrySet()) {
                writing.updateNumericDocValue(new Term(IndexSchema.ID, change.getKey()), IndexSchema.STORY,
                        change.getValue());
            }
            return new StoryGrouping(changes.size(), grouper.comparisons());
        });
        storiesGroupedAt = String.valueOf(similarity);
        return grouped;
    }

    /** The stories (their keys) that articles of these files belong to, and the ids of those articles. */
    public record FileStories(Set<Long> stories, List<String> articleIds) {
    }

    public FileStories storiesOfFiles(Collection<String> files) throws IOException {
        return withSearcher(searcher -> {
            Set<Long> stories = new HashSet<>();
            List<String> ids = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (String file : files) {
                for (ScoreDoc hit : searcher.search(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(IndexSchema.FILE, file)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                        .build(), Integer.MAX_VALUE).scoreDocs) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                    NumericDocValues story = DocValues.getNumeric(leaf.reader(), IndexSchema.STORY);
                    if (story.advanceExact(hit.doc - leaf.docBase) && story.longValue() > 0) {
                        stories.add(story.longValue());
                    }
                    ids.add(stored.document(hit.doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID));
                }
            }
            return new FileStories(stories, ids);
        });
    }

    /** Whether this index still needs its common words chosen, before its first article; see {@link CommonWords}. */
    public boolean needsCommonWords() {
        return writer != null && commonWords.get() == null;
    }

    /**
     * Sets the common words every article of this index is indexed with. Only once, and only before the first
     * article: an index whose articles were paired by different words could not search through the pairs.
     *
     * @return whether they were set; false when the index had its words already
     */
    public boolean chooseCommonWords(CommonWords words) {
        return writer != null && commonWords.compareAndSet(null, words);
    }

    /**
     * The common words whose pairs phrases may be searched by. Before any are chosen, none: phrases are then
     * searched by their words' positions, which is right whatever the index holds, even if articles paired
     * by words chosen a moment later are already in the searcher the query meets.
     */
    public CommonWords commonWords() {
        CommonWords chosen = commonWords.get();
        return chosen == null ? CommonWords.NONE : chosen;
    }

    public Storage storage() {
        return storage;
    }

    public boolean isWritable() {
        return writer != null;
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("this index is read-only: another process writes it");
        }
        return writer;
    }

    /**
     * Puts what an archive file yields now into the index, in place of what the index held for it.
     * Searchers see the file's old documents or its new ones, never a mix, once {@link #refresh()} has run.
     *
     * @param replacing whether the index may hold documents for this file already; a file it cannot hold is
     *                  added without the cost of looking for old documents to replace
     */
    public void putFile(ArchiveFile file, FileReadResult result, boolean replacing) throws IOException {
        putOrSayWhy(file, file, result, true, replacing);
    }

    /**
     * Puts one part of a file read in parts, the first in place of what the index held for the file. Until
     * {@link #putLastPart} the file's documents carry a size no file has, so that a file whose reading stopped
     * half-way (a crash, a close) is read again at the next start rather than taken as read.
     */
    public void putPart(ArchiveFile file, FileReadResult part, boolean first, boolean replacing) throws IOException {
        ArchiveFile beingRead = new ArchiveFile(file.relativePath(), file.archive(), SIZE_WHILE_READ,
                file.modifiedMillis(), file.viaLink(), file.fullId());
        putOrSayWhy(file, beingRead, part, false, first && replacing);
    }

    /** Puts the last part of a file read in parts, and with it the file's real size on all its documents. */
    public void putLastPart(ArchiveFile file, FileReadResult last) throws IOException {
        putOrSayWhy(file, file, last, false, false);
        writer().updateNumericDocValue(new Term(IndexSchema.FILE, file.relativePath()), IndexSchema.FILE_SIZE,
                file.size());
    }

    /** A size no file has: the stamp of a file whose parts are still being put. */
    private static final long SIZE_WHILE_READ = -1;

    /**
     * @param stamped how the documents stamp the file
     * @param whole   whether this is all the file holds, so that documents refused leave nothing of it
     */
    private void putOrSayWhy(ArchiveFile file, ArchiveFile stamped, FileReadResult result, boolean whole,
                             boolean replacing) throws IOException {
        try {
            put(file, documents(stamped, result), replacing);
        } catch (IllegalArgumentException refused) {
            // Lucene refuses a document with a value it cannot hold (a term or doc value too long, say); it
            // then leaves the index as it was, so the file (or this part of it) becomes a problem instead.
            LOG.warn("Lucene refused documents of {}", file.relativePath(), refused);
            put(file, List.of(ArticleDocuments.problemDocument(new Problem(file.relativePath(), whole
                    ? "could not be indexed (a value in it is too long to be searched)"
                    : "some pages could not be indexed (a value in them is too long to be searched)"), stamped)),
                    replacing || whole);
        }
    }

    private List<Document> documents(ArchiveFile file, FileReadResult result) {
        commonWords.compareAndSet(null, CommonWords.ENGLISH_ONLY);
        List<Document> documents = new ArrayList<>();
        for (Article article : result.articles()) {
            documents.add(ArticleDocuments.articleDocument(article, file));
        }
        for (Problem problem : result.problems()) {
            documents.add(ArticleDocuments.problemDocument(problem, file));
        }
        return documents;
    }

    private void put(ArchiveFile file, List<Document> documents, boolean replacing) throws IOException {
        if (replacing) {
            writer().updateDocuments(new Term(IndexSchema.FILE, file.relativePath()), documents);
        } else {
            writer().addDocuments(documents);
        }
    }

    /** Takes every document of a file out of the index. */
    public void removeFile(String relativePath) throws IOException {
        writer().deleteDocuments(new Term(IndexSchema.FILE, relativePath));
    }

    /** Makes everything put so far visible to searches; for a read-only index, the other writer's last commit. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /**
     * For a read-only index: picks up the other writer's latest commit, if there is a newer one.
     *
     * @return whether searches now see a newer state
     */
    public boolean refreshIfChanged() throws IOException {
        IndexSearcher current = searchers.acquire();
        try {
            if (((DirectoryReader) current.getIndexReader()).isCurrent()) {
                return false;
            }
        } finally {
            searchers.release(current);
        }
        searchers.maybeRefreshBlocking();
        if (commonWords.get() == null) {
            commonWords.set(committedCommonWords(directory));
        }
        return true;
    }

    /**
     * Makes everything put so far durable, so that a crash loses none of it. With nothing put and nothing said
     * since the last commit, it writes nothing: a search on an unchanged archive leaves its index as it was.
     */
    public void commit() throws IOException {
        if (writer != null) {
            stageCommitData();
            writer.commit();
        }
    }

    /**
     * Hands the writer what the next commit says about the index, only when that differs from what it would
     * say anyway: Lucene counts setting it as a change, and a change makes a commit write a new generation
     * and sync every file of the index (dozens of syncs, on every one-shot command).
     */
    private void stageCommitData() {
        Map<String, String> data = commitData();
        Map<String, String> staged = new HashMap<>();
        writer.getLiveCommitData().forEach(entry -> staged.put(entry.getKey(), entry.getValue()));
        if (!data.equals(staged)) {
            writer.setLiveCommitData(data.entrySet());
        }
    }

    /**
     * Runs work with a searcher over the latest refreshed state of the index, and always releases it.
     *
     * @throws IndexRetiredException when the index has been replaced or closed: look up the current one
     */
    public <T> T withSearcher(SearcherWork<T> work) throws IOException {
        startSearch();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } finally {
            endSearch();
        }
    }

    /**
     * Runs work with a searcher over the latest refreshed state of the index and keeps that state as a
     * snapshot, so that later pages of the same result list come from it ({@link #withSnapshot(long, SearcherWork)}).
     *
     * @throws IndexRetiredException when the index has been replaced or closed
     */
    public <T> T withNewSnapshot(SnapshotWork<T> work) throws IOException {
        return withSearcher(searcher -> work.apply(searcher, snapshots.record(searcher)));
    }

    /**
     * Runs work with the searcher of a snapshot made by {@link #withNewSnapshot}, and always releases it.
     *
     * @throws SnapshotExpiredException when the snapshot is no longer kept: search the list again
     * @throws IndexRetiredException    when the index has been replaced or closed
     */
    public <T> T withSnapshot(long snapshot, SearcherWork<T> work) throws IOException {
        startSearch();
        try {
            IndexSearcher searcher = snapshots.acquire(snapshot);
            if (searcher == null) {
                throw new SnapshotExpiredException();
            }
            try {
                return work.apply(searcher);
            } finally {
                snapshots.release(searcher);
            }
        } finally {
            endSearch();
        }
    }

    private void startSearch() {
        searchesRunning.incrementAndGet();
        if (retired) {
            endSearch();
            throw new IndexRetiredException();
        }
    }

    private void endSearch() {
        if (searchesRunning.decrementAndGet() == 0 && retired) {
            closeReaders();
        }
    }

    /**
     * What the index remembers of every file it holds documents for, read from doc values, not stored fields:
     * each file's stamp, and whether it must be read again whatever its stamp.
     */
    public Map<String, IndexedFile> indexedFiles() throws IOException {
        return withSearcher(searcher -> {
            // Sized for the paths at once (a collection's records share one): a million files grow no table.
            long pathCount = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                pathCount += DocValues.getSorted(leaf.reader(), IndexSchema.FILE).getValueCount();
            }
            Map<String, IndexedFile> files = new HashMap<>((int) Math.min(1 << 30, pathCount * 4 / 3 + 1));
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                LeafReader reader = leaf.reader();
                SortedDocValues paths = DocValues.getSorted(reader, IndexSchema.FILE);
                String[] pathOfOrd = pathsInOrder(paths);
                NumericDocValues sizes = DocValues.getNumeric(reader, IndexSchema.FILE_SIZE);
                NumericDocValues times = DocValues.getNumeric(reader, IndexSchema.FILE_MODIFIED);
                NumericDocValues retries = DocValues.getNumeric(reader, IndexSchema.FILE_RETRY);
                NumericDocValues fullIds = DocValues.getNumeric(reader, IndexSchema.FILE_FULL_ID);
                Bits live = reader.getLiveDocs();
                for (int doc = paths.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = paths.nextDoc()) {
                    if ((live == null || live.get(doc)) && sizes.advanceExact(doc) && times.advanceExact(doc)) {
                        String path = pathOfOrd[paths.ordValue()];
                        boolean retry = retries.advanceExact(doc) && retries.longValue() == 1;
                        boolean fullId = fullIds.advanceExact(doc) && fullIds.longValue() == 1;
                        IndexedFile known = files.get(path);
                        if (known == null || retry) {
                            files.put(path, new IndexedFile(new FileStamp(sizes.longValue(), times.longValue()), retry,
                                    fullId));
                        }
                    }
                }
            }
            return files;
        });
    }

    /**
     * A segment's file paths by their ordinal, read in one pass: looking each document's path up by its ordinal
     * would decode a block of the terms for every document, the most of a warm start's reading of the index.
     */
    private static String[] pathsInOrder(SortedDocValues paths) throws IOException {
        String[] byOrd = new String[paths.getValueCount()];
        TermsEnum terms = paths.termsEnum();
        int ord = 0;
        for (BytesRef term = terms.next(); term != null; term = terms.next()) {
            byOrd[ord++] = term.utf8ToString();
        }
        return byOrd;
    }

    /**
     * Reads every byte of every segment and checks it against its checksum; slow on a large index, so run it
     * in the background.
     *
     * @param stop asked between segments whether to give up, e.g. because the archive is being closed
     *
     * @throws org.apache.lucene.index.CorruptIndexException when a file is damaged
     */
    public void verifyIntegrity(BooleanSupplier stop) throws IOException {
        withSearcher(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                if (stop.getAsBoolean()) {
                    return null;
                }
                LeafReader reader = FilterLeafReader.unwrap(leaf.reader());
                if (reader instanceof CodecReader codecReader) {
                    codecReader.checkIntegrity();
                }
            }
            return null;
        });
    }

    /** Every file, or record, that could not be read as an article, in file order. */
    public List<Problem> problems() throws IOException {
        TermQuery query = new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PROBLEM));
        return withSearcher(searcher -> {
            int count = searcher.count(query);
            List<Problem> problems = new ArrayList<>(count);
            if (count == 0) {
                return problems;
            }
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
                problems.add(ArticleDocuments.toProblem(stored.document(hit.doc)));
            }
            problems.sort(Comparator.comparing(Problem::file));
            return problems;
        });
    }

    /** How many articles searches can currently see. */
    public int articleCount() throws IOException {
        TermQuery query = new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE));
        return withSearcher(searcher -> searcher.count(query));
    }

    /**
     * Closes the index; a writable one commits what it holds first. Merges still running are stopped rather
     * than waited for (they are redone later), so closing takes about as long as a commit. Searches still
     * running finish first.
     */
    @Override
    public void close() throws IOException {
        try {
            if (writer != null && writer.isOpen()) {
                commit();
                writer.rollback();
            }
        } finally {
            retire();
        }
    }

    /** Drops what was put since the last commit and closes; for a writer that failed part-way. */
    public void abandon() throws IOException {
        try {
            if (writer != null && writer.isOpen()) {
                writer.rollback();
            }
        } finally {
            retire();
        }
    }

    /** No new search may start; the readers close once the searches running now have ended. */
    private void retire() {
        retired = true;
        if (searchesRunning.get() == 0) {
            closeReaders();
        }
    }

    private void closeReaders() {
        if (!readersClosed.compareAndSet(false, true)) {
            return;
        }
        try {
            IOUtils.close(snapshots, searchers, directory);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not close a retired index's readers cleanly", e);
        }
    }

    /** Whether the directory holds a committed index at all. */
    static boolean exists(Directory directory) throws IOException {
        return DirectoryReader.indexExists(directory);
    }

    /** Work done with an acquired searcher. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Work done with an acquired searcher whose state is kept as a snapshot. */
    @FunctionalInterface
    public interface SnapshotWork<T> {
        T apply(IndexSearcher searcher, long snapshot) throws IOException;
    }
}
