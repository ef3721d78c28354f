package org.broadsheet.ui.search;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.broadsheet.platform.LogFolder;
import org.broadsheet.search.ArchiveSearch;
import org.broadsheet.search.AuthorCount;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SearchListing;
import org.broadsheet.search.SearchPipeline;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SearchResult;
import org.broadsheet.search.SortOrder;
import org.broadsheet.search.Timeline;
import org.broadsheet.ui.DisplayFormats;
import org.broadsheet.task.TaskExecutor;

/**
 * The state of the search bar and the result list. Typing searches after a short pause; date and sort
 * changes search at once. Searches go through the list's {@link SearchPipeline}, which runs one at a time,
 * stops the one a newer request supersedes, shows only the newest answer, and searches again when the
 * archive changes. UI thread only.
 */
public final class SearchViewModel {

    /** Long enough to skip most keystrokes of a word, short enough to feel immediate. */
    static final Duration TYPING_PAUSE = Duration.ofMillis(150);

    private final TaskExecutor executor;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<SortOrder> sort = new SimpleObjectProperty<>(this, "sort", SortOrder.RELEVANCE);
    private final StringProperty author = new SimpleStringProperty(this, "author");
    private final ObjectProperty<ArchiveSearch> searcher = new SimpleObjectProperty<>(this, "searcher");
    private final BooleanProperty archiveLoading = new SimpleBooleanProperty(this, "archiveLoading", true);

    /** Read-only already; handed out as it is, because a wrapper's searches would read every row. */
    private final ResultList hits;
    private final ObservableList<AuthorCount> authors = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a view made per call would be lost with it. */
    private final ObservableList<AuthorCount> authorsView = FXCollections.unmodifiableObservableList(authors);
    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>(this, "timeline",
            Timeline.empty());
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper queryError = new ReadOnlyStringWrapper(this, "queryError", "");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private final ReadOnlyObjectWrapper<ShownQuery> shownQuery =
            new ReadOnlyObjectWrapper<>(this, "shownQuery", ShownQuery.NONE);
    private final ReadOnlyObjectWrapper<SearchHit> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    private SearchPipeline pipeline;
    private TaskExecutor.Cancellable typingPause = TaskExecutor.Cancellable.NONE;
    /** Whether the user is still typing the query, so that its last word matches as a prefix. */
    private boolean typing;

    public SearchViewModel(TaskExecutor executor) {
        this.executor = executor;
        this.hits = new ResultList((listing, page, loaded, failed) -> {
            if (pipeline != null) {
                pipeline.page(listing, page, loaded, failed);
            }
        });
        query.addListener((observable, old, now) -> {
            typing = true;
            searchAfterPause();
        });
        from.addListener((observable, old, now) -> {
            if (now != null && to.get() != null && now.isAfter(to.get())) {
                to.set(now);
            }
            searchNow();
        });
        to.addListener((observable, old, now) -> {
            if (now != null && from.get() != null && now.isBefore(from.get())) {
                from.set(now);
            }
            searchNow();
        });
        sort.addListener((observable, old, now) -> searchNow());
        author.addListener((observable, old, now) -> searchNow());
        searcher.addListener((observable, old, now) -> {
            if (pipeline != null) {
                pipeline.close();
                pipeline = null;
            }
            hits.showNothing();
            selected.set(null);
            if (now != null) {
                pipeline = new SearchPipeline(executor, now, new PipelineListener());
            }
            searchNow();
        });
        archiveLoading.addListener((observable, old, now) -> updateEmptyMessage());
        updateEmptyMessage();
    }

    /** The query as typed. */
    public StringProperty queryProperty() {
        return query;
    }

    /** First day to include, or null. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last day to include, or null. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<SortOrder> sortProperty() {
        return sort;
    }

    /** The byline the list is narrowed to, or null for every author. */
    public StringProperty authorProperty() {
        return author;
    }

    /** The bylines of the listed articles, with counts, most frequent first; ignoring the author filter. */
    public ObservableList<AuthorCount> authors() {
        return authorsView;
    }

    /** The listed articles over time; ignoring the dates, so that a chosen range shows in its context. */
    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** Narrows the list to the days from the start of one timeline bar to the end of another. */
    public void selectPeriod(Timeline.Bucket first, Timeline.Bucket last) {
        Timeline.Bucket earlier = first.start().isAfter(last.start()) ? last : first;
        Timeline.Bucket later = earlier == first ? last : first;
        from.set(earlier.start());
        to.set(later.end());
    }

    /** The searches of the open archive, or null while none is open. */
    public ObjectProperty<ArchiveSearch> searcherProperty() {
        return searcher;
    }

    /** Whether the open archive is still being read, which changes what an empty list says. */
    public BooleanProperty archiveLoadingProperty() {
        return archiveLoading;
    }

    /**
     * Every hit, best first, loaded a page at a time as rows are looked at: a row whose page is still loading
     * is null.
     */
    public ObservableList<SearchHit> hits() {
        return hits;
    }

    /** {@code 2 articles}. */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** Why the query cannot be run, in one sentence; empty when it can. */
    public ReadOnlyStringProperty queryErrorProperty() {
        return queryError.getReadOnlyProperty();
    }

    /** What the list says when it is empty. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** The query behind the hits shown, which the reader highlights. */
    public ReadOnlyObjectProperty<ShownQuery> shownQueryProperty() {
        return shownQuery.getReadOnlyProperty();
    }

    /** The hit the user picked, or null. */
    public ReadOnlyObjectProperty<SearchHit> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The user picked a hit, or none. A refreshed list that lost the selection does not clear the reader. */
    public void select(SearchHit hit) {
        if (hit != null || !hits.isEmpty()) {
            selected.set(hit);
        }
    }

    /** Where the selected article stands in the current list, so a refreshed list can keep it selected. */
    public OptionalInt selectedIndex() {
        SearchHit current = selected.get();
        return current == null ? OptionalInt.empty() : hits.indexOf(current.id());
    }

    /** The user confirmed the query (Enter): its last word is a whole word now, not a prefix. */
    public void commitQuery() {
        typing = false;
        searchNow();
    }

    /** Clears the query, both dates and the author. */
    public void clearAll() {
        query.set("");
        from.set(null);
        to.set(null);
        author.set(null);
    }

    public void clearDates() {
        from.set(null);
        to.set(null);
    }

    /** Runs the current search again, keeping the rows being looked at; the archive may have changed. */
    public void refresh() {
        if (pipeline != null) {
            pipeline.refresh(hits.pagesInView());
        }
    }

    private void searchAfterPause() {
        typingPause.cancel();
        typingPause = executor.schedule(TYPING_PAUSE, this::search);
    }

    private void searchNow() {
        typingPause.cancel();
        search();
    }

    private void search() {
        if (pipeline == null) {
            updateEmptyMessage();
            return;
        }
        pipeline.submit(new SearchRequest(query.get(), from.get(), to.get(), sort.get(), 0, ResultList.PAGE_SIZE,
                author.get(), typing, SearchRequest.FacetScope.OTHER_FILTERS));
    }

    /** What the pipeline found: shown as it comes, on the UI thread. */
    private final class PipelineListener implements SearchPipeline.Listener {

        @Override
        public void listed(SearchListing listing, Map<Integer, List<SearchHit>> pages, boolean refreshed) {
            SearchResult result = listing.first();
            queryError.set("");
            shownQuery.set(new ShownQuery(listing.request().query(), listing.request().whileTyping()));
            hits.show(listing, pages);
            authors.setAll(result.authors());
            timeline.set(result.timeline());
            countText.set(DisplayFormats.count(result.total(), "article", "articles"));
            updateEmptyMessage();
        }

        /** A query that cannot run keeps the previous results on screen and says why under the field. */
        @Override
        public void failed(SearchRequest request, Exception failure) {
            if (failure instanceof InvalidQueryException invalid) {
                queryError.set(invalid.getMessage());
            } else {
                queryError.set("The search could not be run; the details are in " + LogFolder.logFile() + ".");
            }
        }

        @Override
        public Set<Integer> pagesInView() {
            return hits.pagesInView();
        }
    }

    private void updateEmptyMessage() {
        emptyMessage.set(emptyMessage());
    }

    private String emptyMessage() {
        if (searcher.get() == null) {
            return archiveLoading.get() ? "Opening the archive…" : "No archive is open.";
        }
        String filters = (author.get() == null ? "" : " by " + author.get()) + dateRangeText();
        if (!query.get().isBlank()) {
            return "No articles match \u201C" + query.get().strip() + "\u201D" + filters + ".";
        }
        if (!filters.isEmpty()) {
            return "No articles were published" + filters + ".";
        }
        return archiveLoading.get() ? "Reading the archive…" : "This archive has no articles.";
    }

    private String dateRangeText() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start != null && end != null) {
            return start.equals(end) ? " on " + DisplayFormats.shortDate(start)
                    : " between " + DisplayFormats.shortDate(start) + " and " + DisplayFormats.shortDate(end);
        }
        if (start != null) {
            return " since " + DisplayFormats.shortDate(start);
        }
        return end != null ? " until " + DisplayFormats.shortDate(end) : "";
    }

    /**
     * The query as it was searched.
     *
     * @param whileTyping whether its last word was matched as a prefix
     */
    public record ShownQuery(String text, boolean whileTyping) {
        public static final ShownQuery NONE = new ShownQuery("", false);
    }
}
