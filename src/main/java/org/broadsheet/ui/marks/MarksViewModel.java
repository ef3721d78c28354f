package org.broadsheet.ui.marks;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.broadsheet.article.Marks;
import org.broadsheet.marks.ArticleRef;
import org.broadsheet.marks.MarkChange;
import org.broadsheet.marks.MarkException;
import org.broadsheet.marks.MarkStore;
import org.broadsheet.marks.SavedSearch;
import org.broadsheet.platform.LogFolder;
import org.broadsheet.search.SearchHit;
import org.broadsheet.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open archive's marks as the window uses them: changes to the marks of one or many articles, saved in
 * the background; the tags in use, the saved searches and the recent queries, kept up to date when the marks
 * change here or in another window. What goes wrong is told in one sentence. UI thread only.
 */
public final class MarksViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MarksViewModel.class);
    /** How many recent queries the search field offers. */
    static final int RECENT_SHOWN = 20;

    private final TaskExecutor executor;
    private final Consumer<String> tell;
    private final ObjectProperty<MarkStore> store = new SimpleObjectProperty<>(this, "store");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<SavedSearch> savedSearches = FXCollections.observableArrayList();
    private final ObservableList<String> recentQueries = FXCollections.observableArrayList();
    private final Runnable storeChanged = this::storeChangedElsewhere;
    private String lastRemembered = "";

    /** @param tell how the window tells the user something in one line (the status bar's notice) */
    public MarksViewModel(TaskExecutor executor, Consumer<String> tell) {
        this.executor = executor;
        this.tell = tell;
        store.addListener((observable, old, now) -> {
            if (old != null) {
                old.removeChangeListener(storeChanged);
            }
            tags.clear();
            savedSearches.clear();
            recentQueries.clear();
            lastRemembered = "";
            if (now != null) {
                now.addChangeListener(storeChanged);
                reload();
            }
        });
    }

    /** The open archive's marks, or null without an archive. */
    public ObjectProperty<MarkStore> storeProperty() {
        return store;
    }

    /** Every tag in use in the archive, in alphabetical order: what adding a tag suggests. */
    public ObservableList<String> tags() {
        return tags;
    }

    public ObservableList<SavedSearch> savedSearches() {
        return savedSearches;
    }

    /** The queries searched last, most recent first. */
    public ObservableList<String> recentQueries() {
        return recentQueries;
    }

    /** An article of the list, as the marks know it. */
    public static ArticleRef refOf(SearchHit hit) {
        return new ArticleRef(hit.id(), hit.fingerprint(), hit.title());
    }

    /**
     * Changes the marks of these articles in the background.
     *
     * @param done gets each article's marks after the change, on the UI thread; not called when it failed
     */
    public void apply(List<ArticleRef> articles, MarkChange change, Consumer<Map<String, Marks>> done) {
        MarkStore current = store.get();
        if (current == null || articles.isEmpty() || change.isEmpty()) {
            return;
        }
        executor.run(() -> current.apply(articles, change), done, this::failed);
    }

    public void save(SavedSearch search) {
        MarkStore current = store.get();
        if (current != null) {
            executor.run(() -> {
                current.save(search);
                return search;
            }, saved -> { }, this::failed);
        }
    }

    public void deleteSavedSearch(String name) {
        MarkStore current = store.get();
        if (current != null) {
            executor.run(() -> {
                current.deleteSavedSearch(name);
                return name;
            }, deleted -> { }, this::failed);
        }
    }

    /** Remembers a query the user searched, once however often the list shows it again. */
    public void rememberQuery(String query) {
        MarkStore current = store.get();
        String kept = query == null ? "" : query.strip();
        if (current == null || kept.isEmpty() || kept.equals(lastRemembered)) {
            return;
        }
        lastRemembered = kept;
        executor.run(() -> {
            current.rememberQuery(kept);
            return current.recentQueries(RECENT_SHOWN);
        }, recentQueries::setAll, failure -> LOG.warn("Could not remember a query", failure));
    }

    /** The marked articles no longer in the archive. */
    public void loadMissing(Consumer<List<MarkStore.MissingArticle>> shown) {
        MarkStore current = store.get();
        if (current != null) {
            executor.run(current::missing, shown, this::failed);
        }
    }

    /** Forgets the marks of articles no longer in the archive. */
    public void forget(List<String> ids, Runnable done) {
        MarkStore current = store.get();
        if (current != null) {
            executor.run(() -> {
                current.forget(ids);
                return ids;
            }, forgotten -> done.run(), this::failed);
        }
    }

    /** The store tells of changes on whichever thread made them. */
    private void storeChangedElsewhere() {
        executor.onUiThread(this::reload);
    }

    private void reload() {
        MarkStore current = store.get();
        if (current == null) {
            return;
        }
        executor.run(() -> new Lists(List.copyOf(current.tagCounts().keySet()), current.savedSearches(),
                current.recentQueries(RECENT_SHOWN)), lists -> {
                    if (store.get() == current) {
                        tags.setAll(lists.tags());
                        savedSearches.setAll(lists.saved());
                        recentQueries.setAll(lists.recent());
                    }
                }, failure -> LOG.warn("Could not read the marks' lists", failure));
    }

    private record Lists(List<String> tags, List<SavedSearch> saved, List<String> recent) {
    }

    private void failed(Exception failure) {
        if (failure instanceof MarkException refused) {
            tell.accept(refused.getMessage());
        } else {
            LOG.warn("Could not change the marks", failure);
            tell.accept("The marks could not be changed; the details are in " + LogFolder.logFile() + ".");
        }
    }
}
