package org.broadsheet.ui.reader;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.broadsheet.search.ArchiveSearch;
import org.broadsheet.platform.LogFolder;
import org.broadsheet.search.HighlightedArticle;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.SimilarArticle;
import org.broadsheet.ui.DisplayFormats;
import org.broadsheet.ui.search.SearchViewModel.ShownQuery;
import org.broadsheet.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the reader pane: the article shown, laid out with the query's matches, and which match is
 * current. Articles load in the background; a newer request supersedes an older one. UI thread only.
 */
public final class ReaderViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderViewModel.class);

    static final String NOTHING_SELECTED = "Select an article to read it.";
    /** How many similar articles the reader lists under an article. */
    static final int SIMILAR_ARTICLES = 5;

    private final TaskExecutor executor;
    private final ObjectProperty<ArchiveSearch> searcher = new SimpleObjectProperty<>(this, "searcher");
    private final ReadOnlyObjectWrapper<ReaderDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", NOTHING_SELECTED);
    private final ReadOnlyIntegerWrapper currentMatch = new ReadOnlyIntegerWrapper(this, "currentMatch", -1);
    private final ReadOnlyStringWrapper matchLabel = new ReadOnlyStringWrapper(this, "matchLabel", "");
    private final ObservableList<SimilarArticle> similar = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a view made per call would be lost with it. */
    private final ObservableList<SimilarArticle> similarView = FXCollections.unmodifiableObservableList(similar);
    private ShownQuery shownQuery = ShownQuery.NONE;

    private long latestRequest;
    private TaskExecutor.Cancellable pending = TaskExecutor.Cancellable.NONE;

    public ReaderViewModel(TaskExecutor executor) {
        this.executor = executor;
        currentMatch.addListener((observable, old, now) -> updateMatchLabel());
        document.addListener((observable, old, now) -> updateMatchLabel());
    }

    public ObjectProperty<ArchiveSearch> searcherProperty() {
        return searcher;
    }

    /** The article shown, or null when there is none. */
    public ReadOnlyObjectProperty<ReaderDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** What the pane says when it shows no article. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The articles most like the one shown, best first. */
    public ObservableList<SimilarArticle> similar() {
        return similarView;
    }

    /** Shows a similar article, with the same query's matches. */
    public void openSimilar(SimilarArticle article) {
        show(article.id(), shownQuery);
    }

    /**
     * The index of the current match in {@link ReaderDocument#matches()}, or -1 before the user steps to one:
     * an article opens at its top, with every match marked.
     */
    public ReadOnlyIntegerProperty currentMatchProperty() {
        return currentMatch.getReadOnlyProperty();
    }

    /** {@code 12 matches} on opening, {@code 3 of 12} while stepping through them, empty without any. */
    public ReadOnlyStringProperty matchLabelProperty() {
        return matchLabel.getReadOnlyProperty();
    }

    /** Shows an article, with the matches of the query that listed it. */
    public void show(String articleId, ShownQuery query) {
        ArchiveSearch current = searcher.get();
        if (current == null) {
            return;
        }
        pending.cancel();
        long number = ++latestRequest;
        shownQuery = query;
        pending = executor.run(() -> new Loaded(current.read(articleId, query.text(), query.whileTyping()),
                        current.similarTo(articleId, SIMILAR_ARTICLES)),
                loaded -> display(number, loaded),
                failure -> displayFailure(number, failure));
    }

    public void clear() {
        pending.cancel();
        latestRequest++;
        similar.clear();
        document.set(null);
        message.set(NOTHING_SELECTED);
        currentMatch.set(-1);
    }

    public void nextMatch() {
        moveMatch(1);
    }

    public void previousMatch() {
        moveMatch(-1);
    }

    /** Moves through the matches, wrapping around at either end as find-in-page does. */
    private void moveMatch(int step) {
        ReaderDocument shown = document.get();
        if (shown == null || shown.matches().isEmpty()) {
            return;
        }
        int count = shown.matches().size();
        int current = currentMatch.get();
        if (current < 0) {
            currentMatch.set(step > 0 ? 0 : count - 1);
        } else {
            currentMatch.set(Math.floorMod(current + step, count));
        }
    }

    /** An article read in the background, with the articles like it. */
    private record Loaded(Optional<HighlightedArticle> article, List<SimilarArticle> similar) {
    }

    private void display(long number, Loaded loaded) {
        if (number != latestRequest) {
            return;
        }
        similar.setAll(loaded.similar());
        if (loaded.article().isEmpty()) {
            document.set(null);
            currentMatch.set(-1);
            message.set("This article is no longer in the archive.");
            return;
        }
        ReaderDocument laidOut = ReaderDocument.of(loaded.article().get());
        currentMatch.set(-1);
        document.set(laidOut);
    }

    private void displayFailure(long number, Exception failure) {
        if (number != latestRequest) {
            return;
        }
        if (failure instanceof InvalidQueryException) {
            // The list keeps showing the last good results; their article stays as it is.
            return;
        }
        LOG.warn("Could not read an article", failure);
        document.set(null);
        currentMatch.set(-1);
        message.set("This article could not be read; the details are in " + LogFolder.logFile() + ".");
    }

    private void updateMatchLabel() {
        ReaderDocument shown = document.get();
        if (shown == null || shown.matches().isEmpty()) {
            matchLabel.set("");
        } else if (currentMatch.get() < 0) {
            matchLabel.set(DisplayFormats.count(shown.matches().size(), "match", "matches"));
        } else {
            matchLabel.set((currentMatch.get() + 1) + " of " + shown.matches().size());
        }
    }
}
