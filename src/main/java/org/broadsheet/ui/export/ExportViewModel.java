package org.broadsheet.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.broadsheet.export.ArticleExport;
import org.broadsheet.export.ExportFormat;
import org.broadsheet.export.ExportTarget;
import org.broadsheet.platform.IoFailures;
import org.broadsheet.platform.LogFolder;
import org.broadsheet.search.ArchiveSearch;
import org.broadsheet.search.ArticleSink;
import org.broadsheet.search.FoundArticle;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.SearchCancelledException;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.task.Cancellation;
import org.broadsheet.task.OutOfMemoryFailure;
import org.broadsheet.task.TaskExecutor;
import org.broadsheet.ui.DisplayFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One export at a time, in the background: every match of a search, or chosen articles, to a file, with its
 * progress and a way to cancel it; how it ended is told in one sentence. UI thread only.
 */
public final class ExportViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ExportViewModel.class);
    /** How many articles are written between two updates of the progress. */
    private static final int PROGRESS_STEP = 500;

    private final TaskExecutor executor;
    private final Consumer<String> tell;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private TaskExecutor.Cancellable pending = TaskExecutor.Cancellable.NONE;

    /** @param tell how the window tells the user how the export ended */
    public ExportViewModel(TaskExecutor executor, Consumer<String> tell) {
        this.executor = executor;
        this.tell = tell;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 before the number of articles is known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** {@code Exporting 1,500 of 2,936 articles…} */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What an export reads the articles from: a search's matches, or chosen articles. */
    @FunctionalInterface
    interface Source {
        int sendTo(ArchiveSearch searcher, ArticleSink sink, Cancellation cancellation)
                throws IOException, InvalidQueryException;
    }

    /** Every match of the request, in its order. */
    public void exportMatches(ArchiveSearch searcher, SearchRequest request, Path file, ExportFormat format,
                              boolean withText, Path archiveFolder) {
        start(searcher, (search, sink, cancellation) -> search.eachMatch(request, sink, cancellation), file, format,
                withText, archiveFolder);
    }

    /** These articles, in this order. */
    public void exportArticles(ArchiveSearch searcher, List<String> ids, Path file, ExportFormat format,
                               boolean withText, Path archiveFolder) {
        start(searcher, (search, sink, cancellation) -> search.eachArticle(ids, sink, cancellation), file, format,
                withText, archiveFolder);
    }

    private void start(ArchiveSearch searcher, Source source, Path file, ExportFormat format, boolean withText,
                       Path archiveFolder) {
        if (running.get() || searcher == null) {
            return;
        }
        running.set(true);
        progress.set(-1);
        status.set("Exporting\u2026");
        pending = executor.run(cancellation -> ExportTarget.write(file, archiveFolder, out -> {
            try (ArticleExport export = new ArticleExport(out, format, withText, archiveFolder)) {
                return source.sendTo(searcher, new Counting(export), cancellation);
            }
        }), written -> finished(DisplayFormats.count(written, "article", "articles") + " exported to "
                + file.getFileName() + "."), this::failed);
    }

    /** Stops the export; nothing is written. */
    public void cancel() {
        if (running.get()) {
            pending.cancel();
            finished("The export was cancelled; nothing was written.");
        }
    }

    private void finished(String message) {
        running.set(false);
        status.set("");
        tell.accept(message);
    }

    private void failed(Exception failure) {
        if (failure instanceof SearchCancelledException) {
            finished("The export was cancelled; nothing was written.");
        } else if (failure instanceof ExportTarget.ExportRefusedException refused) {
            finished("Not exported: " + refused.getMessage() + ".");
        } else if (failure instanceof InvalidQueryException invalid) {
            finished("Not exported: " + invalid.getMessage());
        } else if (failure instanceof OutOfMemoryFailure) {
            finished(OutOfMemoryFailure.advice());
        } else if (failure instanceof IOException) {
            LOG.warn("An export failed", failure);
            finished("The export could not be written (" + IoFailures.describe(failure) + ").");
        } else {
            LOG.error("An export failed", failure);
            finished("The export failed because of an internal error; the details are in " + LogFolder.logFile() + ".");
        }
    }

    /** Passes each article on, and tells the UI thread how far the export is now and then. */
    private final class Counting implements ArticleSink {
        private final ArticleSink next;
        private final AtomicInteger sent = new AtomicInteger();
        private volatile int total = -1;

        Counting(ArticleSink next) {
            this.next = next;
        }

        @Override
        public void begin(int count) throws IOException {
            total = count;
            next.begin(count);
            report(0);
        }

        @Override
        public void accept(FoundArticle article) throws IOException {
            next.accept(article);
            int done = sent.incrementAndGet();
            if (done % PROGRESS_STEP == 0) {
                report(done);
            }
        }

        private void report(int done) {
            int of = total;
            executor.onUiThread(() -> {
                if (running.get()) {
                    progress.set(of <= 0 ? -1 : (double) done / of);
                    status.set("Exporting " + String.format("%,d", done) + " of "
                            + DisplayFormats.count(of, "article", "articles") + "\u2026");
                }
            });
        }
    }
}
