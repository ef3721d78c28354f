package org.broadsheet.ui.marks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import org.broadsheet.marks.SavedSearch;
import org.broadsheet.search.ArchiveSearch;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.settings.SearchState;
import org.broadsheet.task.TaskExecutor;

/**
 * The saved searches of the open archive with how many articles each finds now, counted again whenever they
 * are shown or change; and saving the current search under a name. UI thread only.
 */
public final class SavedSearchesViewModel {

    /** The count of a saved search whose query no longer runs. */
    public static final int NOT_COUNTED = -1;

    private final MarksViewModel marks;
    private final TaskExecutor executor;
    private final ObjectProperty<ArchiveSearch> searcher = new SimpleObjectProperty<>(this, "searcher");
    private final ObservableMap<String, Integer> counts = FXCollections.observableHashMap();
    private TaskExecutor.Cancellable counting = TaskExecutor.Cancellable.NONE;

    public SavedSearchesViewModel(MarksViewModel marks, TaskExecutor executor) {
        this.marks = marks;
        this.executor = executor;
        marks.savedSearches().addListener((ListChangeListener<SavedSearch>) change -> count());
    }

    public ObjectProperty<ArchiveSearch> searcherProperty() {
        return searcher;
    }

    public MarksViewModel marks() {
        return marks;
    }

    /** How many articles each saved search finds, by name; {@link #NOT_COUNTED} when it cannot run. */
    public ObservableMap<String, Integer> counts() {
        return counts;
    }

    /** Counts what every saved search finds now, in the background. */
    public void count() {
        ArchiveSearch current = searcher.get();
        List<SavedSearch> saved = List.copyOf(marks.savedSearches());
        counting.cancel();
        if (current == null || saved.isEmpty()) {
            counts.clear();
            return;
        }
        counting = executor.run(() -> {
            Map<String, Integer> found = new LinkedHashMap<>();
            for (SavedSearch search : saved) {
                try {
                    found.put(search.name(), current.search(requestOf(search)).total());
                } catch (InvalidQueryException e) {
                    found.put(search.name(), NOT_COUNTED);
                }
            }
            return found;
        }, found -> {
            counts.clear();
            counts.putAll(found);
        }, failure -> counts.clear());
    }

    /** Saves the search as it is now under a name, replacing one of the same name. */
    public void save(String name, SearchState state) {
        marks.save(new SavedSearch(name, state.query(), state.from(), state.to(), state.authors(), state.sources(),
                state.tags()));
    }

    public void delete(SavedSearch search) {
        marks.deleteSavedSearch(search.name());
    }

    /** What opening a saved search asks of the list. */
    public static SearchState stateOf(SavedSearch search) {
        return new SearchState(search.query(), search.from(), search.to(), search.authors(), search.sources(),
                search.tags());
    }

    private static SearchRequest requestOf(SavedSearch search) {
        return new SearchRequest(search.query(), search.from(), search.to(), null, 0, 0, search.authors(),
                search.sources(), search.tags(), false, SearchRequest.FacetScope.ALL_FILTERS, false);
    }
}
