package org.broadsheet.shared;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.ContentStreamBase;
import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.archive.ArchiveListing;
import org.broadsheet.archive.ArchiveReader;
import org.broadsheet.archive.ArchiveScanner;
import org.broadsheet.archive.FileReadResult;
import org.broadsheet.article.Article;
import org.broadsheet.article.FieldMap;
import org.broadsheet.article.Problem;
import org.broadsheet.index.CommonWords;
import org.broadsheet.index.IndexSchema;

/**
 * Makes a collection match an archive folder: creates it when missing (uploading its configset, with common
 * words sampled from the archive), then reads only the files that are new, changed or were cut short, replaces
 * their documents, and deletes the documents of files that are gone, as the embedded index reconciles. Each
 * request is sent again while the cluster fails for a passing reason; a publish that stops anyway resumes where
 * it was at the next run, because a file counts as published only when all its documents arrived. The archive
 * is only read.
 */
public final class Publisher {

    /** Documents per update request: large enough to keep the cluster busy, small enough to send again. */
    private static final int BATCH_DOCUMENTS = 500;
    /** As for a new embedded index. */
    private static final int COMMON_WORDS_SAMPLE = 300;

    /** Hears how a publish goes: one line at a time, for standard error. */
    @FunctionalInterface
    public interface Progress {
        void report(String line);

        Progress NONE = line -> { };
    }

    /** How a collection is made when it is missing. */
    public record Layout(int shards, int replicas) {
        public static final Layout SINGLE = new Layout(1, 1);
    }

    /**
     * What a publish did.
     *
     * @param created   whether it made the collection
     * @param files     article files in the folder
     * @param read      files read and sent, new, changed or cut short before
     * @param removed   files gone from the folder whose documents were deleted
     * @param articles  articles sent
     * @param problems  files or records sent as problems (they could not be read)
     */
    public record Summary(String collection, boolean created, int files, int read, int removed, int articles,
                          int problems, double seconds) {
    }

    private final SharedArchive archive;
    private final ArchiveReader reader;
    private final ArchiveScanner scanner;
    private final Layout layout;
    private final Retrying retrying;

    public Publisher(SharedArchive archive, FieldMap fieldMap, boolean followLinksOutside, Layout layout) {
        this(archive, new ArchiveReader(fieldMap), new ArchiveScanner(followLinksOutside), layout,
                new Retrying(archive));
    }

    Publisher(SharedArchive archive, ArchiveReader reader, ArchiveScanner scanner, Layout layout, Retrying retrying) {
        this.archive = archive;
        this.reader = reader;
        this.scanner = scanner;
        this.layout = layout;
        this.retrying = retrying;
    }

    public Summary publish(Path folder, Progress progress) throws IOException {
        long started = System.nanoTime();
        ArchiveListing listing = scanner.scan(folder);
        try (SolrConnection connection = new SolrConnection(archive)) {
            boolean created = false;
            if (connection.collectionExists()) {
                connection.checkCollection();
            } else {
                progress.report("creating the collection " + archive.collection());
                create(connection, listing.files());
                created = true;
            }
            Map<String, CollectionFiles.Published> published = CollectionFiles.read(connection, retrying);
            Set<String> listed = new HashSet<>();
            List<ArchiveFile> toRead = new ArrayList<>();
            for (ArchiveFile file : listing.files()) {
                listed.add(file.relativePath());
                CollectionFiles.Published there = published.get(file.relativePath());
                if (there == null || there.isStaleFor(file)) {
                    toRead.add(file);
                }
            }
            List<String> gone = published.keySet().stream().filter(path -> !listed.contains(path)).sorted().toList();
            progress.report(String.format("%,d files: %,d to read, %,d gone", listing.files().size(), toRead.size(),
                    gone.size()));
            delete(connection, gone);
            int[] sent = send(connection, toRead, published, progress);
            retrying.call("committing", () -> connection.client().commit());
            return new Summary(archive.collection(), created, listing.files().size(), toRead.size(), gone.size(),
                    sent[0], sent[1], (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * Publishes, then keeps the collection in step with the folder: every {@code interval} the folder is listed
     * again, and when any file came, went or changed, it is published again. A publish that fails is told and
     * tried again at the next change or interval; the watch ends when {@code stopped} says so.
     *
     * @param published hears each publish that did something, and each failure, in words
     */
    public void watch(Path folder, Progress progress, java.util.function.Consumer<Summary> published,
                      java.util.function.BooleanSupplier stopped, java.time.Duration interval)
            throws IOException, InterruptedException {
        java.util.Set<List<Object>> last = null;
        boolean failed = false;
        while (!stopped.getAsBoolean()) {
            java.util.Set<List<Object>> now = stamps(scanner.scan(folder));
            if (failed || !now.equals(last)) {
                try {
                    Summary summary = publish(folder, progress);
                    last = now;
                    failed = false;
                    if (summary.created() || summary.read() > 0 || summary.removed() > 0) {
                        published.accept(summary);
                    }
                } catch (SharedArchiveException e) {
                    progress.report("error: " + e.getMessage() + "; trying again");
                    failed = true;
                }
            }
            Thread.sleep(interval.toMillis());
        }
    }

    /** What a listing says of each file, to see whether anything changed since. */
    private static java.util.Set<List<Object>> stamps(ArchiveListing listing) {
        java.util.Set<List<Object>> stamps = new HashSet<>();
        listing.files().forEach(file -> stamps.add(List.of(file.relativePath(), file.size(), file.modifiedMillis(),
                file.fullId())));
        return stamps;
    }

    private void create(SolrConnection connection, List<ArchiveFile> files) throws SharedArchiveException {
        CommonWords words = CommonWords.Sample.spreadOver(files, reader, COMMON_WORDS_SAMPLE, () -> false).words();
        String configSet = "broadsheet-" + archive.collection();
        ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload()
                .setConfigSetName(configSet)
                .setOverwrite(true)
                .setUploadStream(new ContentStreamBase.ByteArrayStream(SolrConfigSet.zip(words), "configset.zip",
                        "application/zip"));
        retrying.call("uploading the configset", () -> upload.process(connection.client()));
        CollectionAdminRequest.Create creation = CollectionAdminRequest.createCollection(archive.collection(),
                configSet, layout.shards(), layout.replicas());
        creation.setWaitForFinalState(true);
        retrying.call("creating the collection", () -> creation.process(connection.client()));
    }

    private void delete(SolrConnection connection, List<String> paths) throws SharedArchiveException {
        for (int from = 0; from < paths.size(); from += BATCH_DOCUMENTS) {
            UpdateRequest deletion = new UpdateRequest();
            paths.subList(from, Math.min(paths.size(), from + BATCH_DOCUMENTS)).forEach(path ->
                    deletion.deleteByQuery(fileQuery(path)));
            retrying.call("deleting the documents of files that are gone", () -> deletion.process(
                    connection.client(), archive.collection()));
        }
    }

    /** The documents of one file, the path escaped by SolrJ for Lucene's syntax. */
    private static String fileQuery(String path) {
        return IndexSchema.FILE + ":" + ClientUtils.escapeQueryChars(path);
    }

    /** Reads the files on every core and sends their documents in batches; returns articles and problems sent. */
    private int[] send(SolrConnection connection, List<ArchiveFile> files, Map<String, CollectionFiles.Published> published,
                       Progress progress) throws IOException {
        int[] sent = new int[2];
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "broadsheet-publish");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Batch batch = new Batch(connection);
            long lastReport = System.nanoTime();
            // A bounded window of reads ahead, so that memory holds a few files' articles, not the archive's. A web
            // archive is read here instead, in parts, each sent as it comes: it may hold more than memory should.
            List<Future<FileReadResult>> window = new ArrayList<>();
            int next = 0;
            for (int done = 0; done < files.size(); done++) {
                while (next < files.size() && window.size() < threads * 4) {
                    ArchiveFile file = files.get(next++);
                    window.add(file.kind() == ArchiveFile.Kind.WARC ? null : workers.submit(() -> reader.read(file)));
                }
                ArchiveFile file = files.get(done);
                Future<FileReadResult> read = window.remove(0);
                if (published.containsKey(file.relativePath())) {
                    batch.replacing(file.relativePath());
                }
                int[] earlier = {0};
                SharedArchiveException[] failed = {null};
                FileReadResult last = read != null ? await(read) : reader.read(file, part -> {
                    // Earlier parts' documents say their file's count is not known yet (0); the last part's say it.
                    if (failed[0] == null) {
                        try {
                            earlier[0] += add(batch, file, part, 0, sent);
                        } catch (SharedArchiveException e) {
                            failed[0] = e;
                        }
                    }
                });
                if (failed[0] != null) {
                    throw failed[0];
                }
                add(batch, file, last, earlier[0] + last.articles().size() + last.problems().size(), sent);
                if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(1)) {
                    progress.report(String.format("published %,d of %,d files", done + 1, files.size()));
                    lastReport = System.nanoTime();
                }
            }
            batch.flush();
        } finally {
            workers.shutdownNow();
        }
        return sent;
    }

    /**
     * Adds a file's articles and problems to the batch, each document saying how many its file gave.
     *
     * @param sent counts the articles and problems added
     * @return how many documents were added
     */
    private static int add(Batch batch, ArchiveFile file, FileReadResult result, int fileDocs, int[] sent)
            throws SharedArchiveException {
        for (Article article : result.articles()) {
            batch.add(SolrDocuments.of(article, file, fileDocs));
        }
        for (Problem problem : result.problems()) {
            batch.add(SolrDocuments.of(problem, file, fileDocs));
        }
        sent[0] += result.articles().size();
        sent[1] += result.problems().size();
        return result.articles().size() + result.problems().size();
    }

    private static FileReadResult await(Future<FileReadResult> read) throws IOException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("publishing was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading a file failed unexpectedly", e.getCause());
        }
    }

    /** Documents waiting to be sent, and the files whose old documents go first. */
    private final class Batch {
        private final SolrConnection connection;
        private final List<SolrInputDocument> documents = new ArrayList<>();
        private final List<String> replaced = new ArrayList<>();

        Batch(SolrConnection connection) {
            this.connection = connection;
        }

        void replacing(String path) throws SharedArchiveException {
            if (!documents.isEmpty()) {
                flush();
            }
            replaced.add(path);
        }

        void add(SolrInputDocument document) throws SharedArchiveException {
            documents.add(document);
            if (documents.size() >= BATCH_DOCUMENTS) {
                flush();
            }
        }

        void flush() throws SharedArchiveException {
            if (!replaced.isEmpty()) {
                delete(connection, List.copyOf(replaced));
                replaced.clear();
            }
            if (documents.isEmpty()) {
                return;
            }
            UpdateRequest update = new UpdateRequest();
            update.add(List.copyOf(documents));
            retrying.call("sending articles", () -> update.process(connection.client(), archive.collection()));
            documents.clear();
        }
    }
}
