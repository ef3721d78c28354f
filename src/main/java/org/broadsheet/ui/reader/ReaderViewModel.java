package org.broadsheet.ui.reader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.broadsheet.article.Article;
import org.broadsheet.export.Citation;
import org.broadsheet.platform.LogFolder;
import org.broadsheet.search.ArchiveSearch;
import org.broadsheet.search.HighlightedArticle;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.SimilarArticle;
import org.broadsheet.search.Version;
import org.broadsheet.task.OutOfMemoryFailure;
import org.broadsheet.task.TaskExecutor;
import org.broadsheet.ui.DisplayFormats;
import org.broadsheet.ui.search.SearchViewModel.ShownQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of the reader pane: the article shown, laid out with the query's matches, which match is
 * current, the articles opened before and after it (Back and Forward), where its file is, and how large the
 * text is. Articles load in the background; a newer request supersedes an older one. UI thread only.
 */
public final class ReaderViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderViewModel.class);

    static final String NOTHING_SELECTED = "Select an article to read it.";
    /** How many similar articles the reader lists under an article. */
    static final int SIMILAR_ARTICLES = 5;
    /** Text sizes the reader steps through, as shares of the normal size. */
    static final double[] ZOOMS = {0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0};
    private static final int NORMAL_ZOOM = 3;

    private final TaskExecutor executor;
    private final ObjectProperty<ArchiveSearch> searcher = new SimpleObjectProperty<>(this, "searcher");
    private final ObjectProperty<Path> archiveFolder = new SimpleObjectProperty<>(this, "archiveFolder");
    private final ReadOnlyObjectWrapper<ReaderDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<HighlightedArticle> article = new ReadOnlyObjectWrapper<>(this, "article");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", NOTHING_SELECTED);
    private final ReadOnlyIntegerWrapper currentMatch = new ReadOnlyIntegerWrapper(this, "currentMatch", -1);
    private final ReadOnlyStringWrapper matchLabel = new ReadOnlyStringWrapper(this, "matchLabel", "");
    private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper(this, "file", "");
    private final ReadOnlyStringWrapper webAddress = new ReadOnlyStringWrapper(this, "webAddress", "");
    private final ReadOnlyStringWrapper openedId = new ReadOnlyStringWrapper(this, "openedId");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1.0);
    private final ObservableList<SimilarArticle> similar = FXCollections.observableArrayList();
    private final ObservableList<Version> versions = FXCollections.observableArrayList();
    private final ObservableList<Version> versionsView = FXCollections.unmodifiableObservableList(versions);
    private final ReadOnlyObjectWrapper<Version> comparedWith = new ReadOnlyObjectWrapper<>(this, "comparedWith");
    /** One read-only view, kept: listeners on a view made per call would be lost with it. */
    private final ObservableList<SimilarArticle> similarView = FXCollections.unmodifiableObservableList(similar);
    private final List<String> history = new ArrayList<>();
    private int historyAt = -1;
    private ShownQuery shownQuery = ShownQuery.NONE;
    private Article shownArticle;

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

    /** The open archive's folder, where the article's file is. */
    public ObjectProperty<Path> archiveFolderProperty() {
        return archiveFolder;
    }

    /** The article shown, or null when there is none. */
    public ReadOnlyObjectProperty<ReaderDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The article shown as it was read, with its file and marks; null when there is none. */
    public ReadOnlyObjectProperty<HighlightedArticle> articleProperty() {
        return article.getReadOnlyProperty();
    }

    /** What the pane says when it shows no article. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The other versions of the shown article's story, most alike first. */
    public ObservableList<Version> versions() {
        return versionsView;
    }

    /** The version the shown article is being compared with, or null while the article itself is shown. */
    public ReadOnlyObjectProperty<Version> comparedWithProperty() {
        return comparedWith.getReadOnlyProperty();
    }

    /**
     * Shows what changed between the article and another version of its story, from the older to the newer:
     * the words taken out and put in, the paragraphs that stayed folded.
     */
    public void compareWith(Version other) {
        ArchiveSearch current = searcher.get();
        HighlightedArticle open = article.get();
        if (current == null || open == null) {
            return;
        }
        Article shown = open.article();
        // Versions of one story usually share their publication date: the update says which came first.
        boolean otherIsOlder = other.lastChanged() != null && shown.lastChanged().isPresent()
                && other.lastChanged().isBefore(shown.lastChanged().get());
        String older = otherIsOlder ? other.id() : shown.id();
        String newer = otherIsOlder ? shown.id() : other.id();
        String when = other.lastChanged() == null ? "an undated version"
                : "the version " + (other.updated() != null ? "updated " : "of ")
                        + DisplayFormats.longDateTime(other.lastChanged());
        String heading = (otherIsOlder ? "What changed since " + when + " (" + other.file() + ")"
                : "What changed in " + when + " (" + other.file() + "), after this one")
                + ": words taken out are struck through, words put in are marked.";
        pending.cancel();
        long number = ++latestRequest;
        pending = executor.run(() -> current.compare(older, newer), pieces -> {
            if (number != latestRequest || pieces.isEmpty()) {
                return;
            }
            currentMatch.set(-1);
            comparedWith.set(other);
            document.set(ReaderDocument.comparison(shown.id(), heading, pieces.get()));
        }, failure -> displayFailure(number, failure));
    }

    /** Leaves a comparison for the article itself. */
    public void showArticle() {
        String reading = openedId.get();
        if (reading != null && comparedWith.get() != null) {
            load(reading, shownQuery);
        }
    }

    /** The articles most like the one shown, best first. */
    public ObservableList<SimilarArticle> similar() {
        return similarView;
    }

    /** The path inside the archive of the open article's file; empty when there is none. */
    public ReadOnlyStringProperty fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Where on the web the open article was published, when it says (an http or https address); else empty. */
    public ReadOnlyStringProperty webAddressProperty() {
        return webAddress.getReadOnlyProperty();
    }

    /** The id of the article shown or being loaded, or null. */
    public ReadOnlyStringProperty openedIdProperty() {
        return openedId.getReadOnlyProperty();
    }

    /** Where the open article's file is on disk, or empty. */
    public Optional<Path> filePath() {
        Path folder = archiveFolder.get();
        return folder == null || file.get().isEmpty() ? Optional.empty() : Optional.of(folder.resolve(file.get()));
    }

    /** An address a browser should open: only the web's, never a file or a script an archive could name. */
    static String webAddressOf(String url) {
        if (url == null) {
            return "";
        }
        String address = url.strip();
        String lower = address.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? address : "";
    }

    /** Opens another version of the story, with the same query's matches. */
    public void openVersion(Version version) {
        show(version.id(), shownQuery);
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

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** Shows an article, with the matches of the query that listed it; it becomes the newest in the history. */
    public void show(String articleId, ShownQuery query) {
        if (historyAt >= 0 && articleId.equals(history.get(historyAt))) {
            load(articleId, query);
            return;
        }
        while (history.size() > historyAt + 1) {
            history.remove(history.size() - 1);
        }
        history.add(articleId);
        historyAt = history.size() - 1;
        updateHistory();
        load(articleId, query);
    }

    /** The article opened before this one. */
    public void back() {
        if (historyAt > 0) {
            historyAt--;
            updateHistory();
            load(history.get(historyAt), shownQuery);
        }
    }

    /** The article opened after this one, when Back went to it. */
    public void forward() {
        if (historyAt + 1 < history.size()) {
            historyAt++;
            updateHistory();
            load(history.get(historyAt), shownQuery);
        }
    }

    private void updateHistory() {
        canGoBack.set(historyAt > 0);
        canGoForward.set(historyAt + 1 < history.size());
    }

    /** The query behind the list changed: the article shown is marked for it. */
    public void showMatchesOf(ShownQuery query) {
        String reading = openedId.get();
        if (reading != null && !query.equals(shownQuery)) {
            load(reading, query);
        }
    }

    private void load(String articleId, ShownQuery query) {
        ArchiveSearch current = searcher.get();
        if (current == null) {
            return;
        }
        pending.cancel();
        long number = ++latestRequest;
        shownQuery = query;
        openedId.set(articleId);
        pending = executor.run(() -> new Loaded(current.read(articleId, query.text(), query.whileTyping()),
                        current.similarTo(articleId, SIMILAR_ARTICLES), current.versionsOf(articleId)),
                loaded -> display(number, loaded),
                failure -> displayFailure(number, failure));
    }

    /** Shows nothing, and forgets the history: for another archive. */
    public void clear() {
        history.clear();
        historyAt = -1;
        updateHistory();
        close();
    }

    /** Shows nothing; Back returns to the article that was open. */
    public void close() {
        pending.cancel();
        latestRequest++;
        similar.clear();
        versions.clear();
        comparedWith.set(null);
        document.set(null);
        article.set(null);
        shownArticle = null;
        file.set("");
        webAddress.set("");
        openedId.set(null);
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

    /** The text size, as a share of the normal size. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public void zoomIn() {
        setZoomIndex(zoomIndex() + 1);
    }

    public void zoomOut() {
        setZoomIndex(zoomIndex() - 1);
    }

    public void resetZoom() {
        setZoomIndex(NORMAL_ZOOM);
    }

    /** Sets the text size to the step nearest {@code share}, e.g. one remembered from the last run. */
    public void setZoom(double share) {
        int nearest = NORMAL_ZOOM;
        for (int i = 0; i < ZOOMS.length; i++) {
            if (Math.abs(ZOOMS[i] - share) < Math.abs(ZOOMS[nearest] - share)) {
                nearest = i;
            }
        }
        setZoomIndex(nearest);
    }

    private int zoomIndex() {
        for (int i = 0; i < ZOOMS.length; i++) {
            if (ZOOMS[i] == zoom.get()) {
                return i;
            }
        }
        return NORMAL_ZOOM;
    }

    private void setZoomIndex(int index) {
        zoom.set(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, index))]);
    }

    /** The open article as plain text, for the clipboard: title, byline, dates, standfirst, body. */
    public Optional<String> articleText() {
        return Optional.ofNullable(shownArticle).map(ReaderViewModel::plainText);
    }

    /** A citation of the open article, for the clipboard: byline, title, date, and where it is. */
    public Optional<String> citation() {
        return Optional.ofNullable(shownArticle)
                .map(shown -> Citation.of(shown, archiveFolder.get(), file.get().isEmpty() ? null : file.get()));
    }

    /** An article as plain text, a paragraph a line, for the clipboard. */
    public static String plainText(Article article) {
        List<String> parts = new ArrayList<>();
        parts.add(article.title());
        if (article.author() != null) {
            parts.add("By " + article.author());
        }
        article.publicationDate().ifPresent(date -> parts.add(DisplayFormats.longDateTime(date)));
        if (article.standfirst() != null) {
            parts.add(article.standfirst());
        }
        parts.addAll(article.paragraphs());
        return String.join("\n\n", parts);
    }

    /** An article read in the background, with the articles like it and the other versions of its story. */
    private record Loaded(Optional<HighlightedArticle> article, List<SimilarArticle> similar, List<Version> versions) {
    }

    private void display(long number, Loaded loaded) {
        if (number != latestRequest) {
            return;
        }
        similar.setAll(loaded.similar());
        versions.setAll(loaded.versions());
        comparedWith.set(null);
        if (loaded.article().isEmpty()) {
            document.set(null);
            article.set(null);
            shownArticle = null;
            file.set("");
            webAddress.set("");
            currentMatch.set(-1);
            message.set("This article is no longer in the archive.");
            return;
        }
        HighlightedArticle article = loaded.article().get();
        ReaderDocument laidOut = ReaderDocument.of(article);
        currentMatch.set(-1);
        shownArticle = article.article();
        file.set(article.file() == null ? "" : article.file());
        webAddress.set(webAddressOf(article.article().url()));
        document.set(laidOut);
        this.article.set(article);
    }

    private void displayFailure(long number, Exception failure) {
        if (number != latestRequest) {
            return;
        }
        if (failure instanceof InvalidQueryException) {
            // The list keeps showing the last good results; their article stays as it is.
            return;
        }
        document.set(null);
        article.set(null);
        shownArticle = null;
        currentMatch.set(-1);
        if (failure instanceof OutOfMemoryFailure) {
            message.set(OutOfMemoryFailure.advice());
            return;
        }
        LOG.warn("Could not read an article", failure);
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
