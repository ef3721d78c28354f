package org.broadsheet.ui.search;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

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
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.broadsheet.platform.LogFolder;
import org.broadsheet.search.ArchiveSearch;
import org.broadsheet.search.AuthorCount;
import org.broadsheet.search.TagCount;
import org.broadsheet.search.DateInput;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SearchListing;
import org.broadsheet.search.SearchPipeline;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SearchResult;
import org.broadsheet.search.SortOrder;
import org.broadsheet.search.SourceCount;
import org.broadsheet.search.Timeline;
import org.broadsheet.settings.SearchState;
import org.broadsheet.task.OutOfMemoryFailure;
import org.broadsheet.task.TaskExecutor;
import org.broadsheet.ui.DisplayFormats;

/**
 * The state of the search bar and the result list. Typing searches after a short pause; date, sort, author,
 * source and tag changes search at once. Searches go through the list's {@link SearchPipeline}, which runs one
 * at a time, stops the one a newer request supersedes, shows only the newest answer, and searches again when
 * the archive changes. UI thread only.
 */
public final class SearchViewModel {

    /** Long enough to skip most keystrokes of a word, short enough to feel immediate. */
    static final Duration TYPING_PAUSE = Duration.ofMillis(150);

    private final TaskExecutor executor;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyStringWrapper fromError = new ReadOnlyStringWrapper(this, "fromError", "");
    private final ReadOnlyStringWrapper toError = new ReadOnlyStringWrapper(this, "toError", "");
    private final ObjectProperty<SortOrder> sort = new SimpleObjectProperty<>(this, "sort");
    private final BooleanProperty collapse = new SimpleBooleanProperty(this, "collapse", true);
    private final ReadOnlyObjectWrapper<SortOrder> effectiveSort =
            new ReadOnlyObjectWrapper<>(this, "effectiveSort", SortOrder.NEWEST);
    private final ObservableSet<String> chosenAuthors = FXCollections.observableSet(new TreeSet<>());
    private final ObservableSet<String> chosenSources = FXCollections.observableSet(new TreeSet<>());
    private final ObservableSet<String> chosenTags = FXCollections.observableSet(new TreeSet<>());
    private final ObjectProperty<ArchiveSearch> searcher = new SimpleObjectProperty<>(this, "searcher");
    private final BooleanProperty archiveLoading = new SimpleBooleanProperty(this, "archiveLoading", true);

    /** Read-only already; handed out as it is, because a wrapper's searches would read every row. */
    private final ResultList hits;
    private final ObservableList<AuthorCount> authors = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a view made per call would be lost with it. */
    private final ObservableList<AuthorCount> authorsView = FXCollections.unmodifiableObservableList(authors);
    private final ObservableList<SourceCount> sources = FXCollections.observableArrayList();
    private final ObservableList<SourceCount> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ObservableList<TagCount> tags = FXCollections.observableArrayList();
    private final ObservableList<TagCount> tagsView = FXCollections.unmodifiableObservableList(tags);
    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>(this, "timeline",
            Timeline.empty());
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper queryError = new ReadOnlyStringWrapper(this, "queryError", "");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private final ReadOnlyObjectWrapper<ShownQuery> shownQuery =
            new ReadOnlyObjectWrapper<>(this, "shownQuery", ShownQuery.NONE);
    private final ReadOnlyObjectWrapper<SearchHit> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<SearchListing> listing = new ReadOnlyObjectWrapper<>(this, "listing");

    private SearchPipeline pipeline;
    private TaskExecutor.Cancellable typingPause = TaskExecutor.Cancellable.NONE;
    /** Whether the user is still typing the query, so that its last word matches as a prefix. */
    private boolean typing;
    /** While a whole state is restored, its parts search once, at the end. */
    private boolean restoring;

    public SearchViewModel(TaskExecutor executor) {
        this.executor = executor;
        this.hits = new ResultList((shown, page, loaded, failed) -> {
            if (pipeline != null) {
                pipeline.page(shown, page, loaded, failed);
            }
        });
        query.addListener((observable, old, now) -> {
            typing = true;
            updateEffectiveSort();
            searchAfterPause();
        });
        from.addListener((observable, old, now) -> {
            fromError.set("");
            if (now != null && to.get() != null && now.isAfter(to.get())) {
                to.set(now);
            }
            searchNow();
        });
        to.addListener((observable, old, now) -> {
            toError.set("");
            if (now != null && from.get() != null && now.isBefore(from.get())) {
                from.set(now);
            }
            searchNow();
        });
        sort.addListener((observable, old, now) -> {
            updateEffectiveSort();
            searchNow();
        });
        chosenAuthors.addListener((SetChangeListener<String>) change -> searchNow());
        chosenSources.addListener((SetChangeListener<String>) change -> searchNow());
        chosenTags.addListener((SetChangeListener<String>) change -> searchNow());
        collapse.addListener((observable, old, now) -> searchNow());
        searcher.addListener((observable, old, now) -> {
            if (pipeline != null) {
                pipeline.close();
                pipeline = null;
            }
            hits.showNothing();
            listing.set(null);
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

    /**
     * A From date as typed: a day, a month or a year (its first day), or blank for none. Text that is no date
     * leaves the filter as it was and says why ({@link #fromErrorProperty()}).
     *
     * @return whether the text was a date (or blank)
     */
    public boolean enterFrom(String text) {
        return enterDate(text, true);
    }

    /** A To date as typed: a day, a month or a year (its last day), or blank for none. See {@link #enterFrom}. */
    public boolean enterTo(String text) {
        return enterDate(text, false);
    }

    private boolean enterDate(String text, boolean isFrom) {
        ReadOnlyStringWrapper error = isFrom ? fromError : toError;
        try {
            Optional<DateInput.Span> span = DateInput.parse(text);
            LocalDate date = span.map(isFrom ? DateInput.Span::first : DateInput.Span::last).orElse(null);
            (isFrom ? from : to).set(date);
            error.set("");
            return true;
        } catch (DateInput.InvalidDateException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    /** Why the From field's text is not a date, in one line; empty when it is one. */
    public ReadOnlyStringProperty fromErrorProperty() {
        return fromError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty toErrorProperty() {
        return toError.getReadOnlyProperty();
    }

    /**
     * The month a date picker with no date should open on: the newest listed article's, so that an archive of
     * 1987 does not open its calendar on today.
     */
    public Optional<LocalDate> newestListedDay() {
        List<Timeline.Bucket> buckets = timeline.get().buckets();
        for (int i = buckets.size() - 1; i >= 0; i--) {
            if (buckets.get(i).count() > 0) {
                return Optional.of(buckets.get(i).end());
            }
        }
        return Optional.empty();
    }

    /** The order the user chose, or null for the default (best match with a query, newest without). */
    public ObjectProperty<SortOrder> sortProperty() {
        return sort;
    }

    /** The order the list is in: what the sort control shows. */
    public ReadOnlyObjectProperty<SortOrder> effectiveSortProperty() {
        return effectiveSort.getReadOnlyProperty();
    }

    /** Whether an order can be chosen now: best match needs a query. */
    public boolean canSortBy(SortOrder order) {
        return order != SortOrder.RELEVANCE || !query.get().isBlank();
    }

    private void updateEffectiveSort() {
        boolean hasQuery = !query.get().isBlank();
        SortOrder chosen = sort.get();
        if (chosen == null || (chosen == SortOrder.RELEVANCE && !hasQuery)) {
            effectiveSort.set(hasQuery ? SortOrder.RELEVANCE : SortOrder.NEWEST);
        } else {
            effectiveSort.set(chosen);
        }
    }

    /** Whether the list shows each story once, by the version its order puts first, rather than every version. */
    public BooleanProperty collapseProperty() {
        return collapse;
    }

    /** Lists every version of the story of this article, and nothing else. */
    public void listVersionsOf(SearchHit hit) {
        query.set("versions:\"" + hit.id().replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        commitQuery();
    }

    /** The tags whose articles the list keeps, any of them; empty for every article. */
    public ObservableSet<String> chosenTags() {
        return chosenTags;
    }

    /** The bylines the list is narrowed to; empty for every author. */
    public ObservableSet<String> chosenAuthors() {
        return chosenAuthors;
    }

    /** The outlets the list is narrowed to; empty for every source. */
    public ObservableSet<String> chosenSources() {
        return chosenSources;
    }

    /** The outlets of the listed articles, with counts, most frequent first; ignoring the source filter. */
    public ObservableList<SourceCount> sources() {
        return sourcesView;
    }

    /** The tags of the listed articles, with counts, most frequent first; ignoring the tag filter. */
    public ObservableList<TagCount> tags() {
        return tagsView;
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
        restoring = true;
        try {
            from.set(earlier.start());
            to.set(later.end());
        } finally {
            restoring = false;
        }
        searchNow();
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

    /** The list shown, or null before any. */
    public ReadOnlyObjectProperty<SearchListing> listingProperty() {
        return listing.getReadOnlyProperty();
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

    /** Where an article stands in the current list, if it is on a loaded page. */
    public OptionalInt indexOf(String articleId) {
        return hits.indexOf(articleId);
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

    /** Clears the query, both dates, the authors, the sources and the tags, and searches once. */
    public void clearAll() {
        restore(SearchState.EMPTY);
    }

    public void clearDates() {
        restoring = true;
        try {
            from.set(null);
            to.set(null);
        } finally {
            restoring = false;
        }
        searchNow();
    }

    /** What the user asked for: the query, dates, authors, sources and tags; remembered per archive. */
    public SearchState state() {
        return new SearchState(query.get(), from.get(), to.get(), Set.copyOf(chosenAuthors), Set.copyOf(chosenSources),
                Set.copyOf(chosenTags));
    }

    /** Puts back what the user asked for, and searches once. */
    public void restore(SearchState state) {
        restoring = true;
        try {
            query.set(state.query());
            from.set(state.from());
            to.set(state.to());
            chosenAuthors.retainAll(state.authors());
            chosenAuthors.addAll(state.authors());
            chosenSources.retainAll(state.sources());
            chosenSources.addAll(state.sources());
            chosenTags.retainAll(state.tags());
            chosenTags.addAll(state.tags());
            fromError.set("");
            toError.set("");
        } finally {
            restoring = false;
        }
        typing = false;
        typingPause.cancel();
        searchNow();
    }

    /** Runs the current search again, keeping the rows being looked at; the archive may have changed. */
    public void refresh() {
        if (pipeline != null) {
            pipeline.refresh(hits.pagesInView());
        }
    }

    private void searchAfterPause() {
        if (restoring) {
            return;
        }
        typingPause.cancel();
        typingPause = executor.schedule(TYPING_PAUSE, this::search);
    }

    private void searchNow() {
        if (restoring) {
            return;
        }
        typingPause.cancel();
        search();
    }

    private void search() {
        if (pipeline == null) {
            updateEmptyMessage();
            return;
        }
        pipeline.submit(new SearchRequest(query.get(), from.get(), to.get(), effectiveSort.get(), 0,
                ResultList.PAGE_SIZE, Set.copyOf(chosenAuthors), Set.copyOf(chosenSources), Set.copyOf(chosenTags),
                typing, SearchRequest.FacetScope.OTHER_FILTERS, collapse.get()));
    }

    /** What the pipeline found: shown as it comes, on the UI thread. */
    private final class PipelineListener implements SearchPipeline.Listener {

        @Override
        public void listed(SearchListing found, Map<Integer, List<SearchHit>> pages, boolean refreshed) {
            SearchResult result = found.first();
            queryError.set("");
            shownQuery.set(new ShownQuery(found.request().query(), found.request().whileTyping()));
            hits.show(found, pages);
            listing.set(found);
            authors.setAll(result.authors());
            sources.setAll(result.sources());
            tags.setAll(result.tags());
            timeline.set(result.timeline());
            countText.set(result.isCollapsed() && result.stories() != result.total()
                    ? DisplayFormats.count(result.stories(), "story", "stories") + ", "
                            + DisplayFormats.count(result.total(), "article", "articles")
                    : DisplayFormats.count(result.total(), "article", "articles"));
            updateEmptyMessage();
        }

        /** A query that cannot run keeps the previous results on screen and says why. */
        @Override
        public void failed(SearchRequest request, Exception failure) {
            if (failure instanceof InvalidQueryException invalid) {
                queryError.set(invalid.getMessage());
            } else if (failure instanceof OutOfMemoryFailure) {
                queryError.set(OutOfMemoryFailure.advice());
            } else {
                queryError.set("The search could not be run; the details are in " + LogFolder.logFile() + ".");
            }
            updateEmptyMessage();
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
            return archiveLoading.get() ? "Opening the archive\u2026" : "No archive is open.";
        }
        if (!queryError.get().isEmpty()) {
            return "";
        }
        String filters = namesText(" by ", chosenAuthors) + namesText(" from ", chosenSources) + dateRangeText();
        if (!query.get().isBlank()) {
            return "No articles match \u201C" + query.get().strip() + "\u201D" + filters + ".";
        }
        if (!filters.isEmpty()) {
            return "No articles were published" + filters + ".";
        }
        return archiveLoading.get() ? "Reading the archive\u2026" : "This archive has no articles.";
    }

    /** {@code " by A, B or C"}, or nothing without names. */
    private static String namesText(String preposition, Set<String> chosen) {
        if (chosen.isEmpty()) {
            return "";
        }
        List<String> names = List.copyOf(chosen);
        return names.size() == 1 ? preposition + names.get(0) : preposition
                + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
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
