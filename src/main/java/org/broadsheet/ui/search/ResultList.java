package org.broadsheet.ui.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import javafx.collections.ObservableListBase;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SearchListing;

/**
 * Every hit of a search as one list, however many there are, holding only the pages of hits that were looked
 * at lately. A row whose page is not loaded reads as null, and asks for its page in the background; when the
 * page comes, the rows change. So a list of 100,000 articles scrolls at once and the heap holds a few
 * thousand short hits, never article bodies. UI thread only.
 */
final class ResultList extends ObservableListBase<SearchHit> {

    /** Hits per page: a few screens of rows, and one search to fetch them. */
    static final int PAGE_SIZE = 100;
    /** Pages kept; the least recently looked at go first. */
    static final int PAGES_KEPT = 40;
    /** How many of the pages looked at last are loaded again with a refreshed list, so that they do not flash. */
    static final int PAGES_IN_VIEW = 3;

    /** Loads a page of a listing in the background and hands it over on the UI thread, or says it could not. */
    @FunctionalInterface
    interface PageLoader {
        void load(SearchListing listing, int page, Consumer<List<SearchHit>> loaded, Runnable failed);
    }

    private final PageLoader loader;
    private final Map<Integer, List<SearchHit>> pages = new LinkedHashMap<>(PAGES_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<SearchHit>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private SearchListing listing;
    private int size;

    ResultList(PageLoader loader) {
        this.loader = loader;
    }

    /**
     * Shows the hits of a new list, of which the first page and perhaps a few more are known.
     *
     * @param loaded pages of it loaded already, besides the first, by number
     */
    void show(SearchListing newListing, Map<Integer, List<SearchHit>> loaded) {
        int oldSize = size;
        this.listing = newListing;
        this.size = newListing == null ? 0 : newListing.total();
        pages.clear();
        loading.clear();
        if (newListing != null && !newListing.first().hits().isEmpty()) {
            pages.put(0, List.copyOf(newListing.first().hits()));
        }
        loaded.forEach((page, hits) -> pages.put(page, List.copyOf(hits)));
        beginChange();
        if (oldSize > 0) {
            nextRemove(0, Collections.nCopies(oldSize, (SearchHit) null));
        }
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
    }

    /** Shows no hits, as before any search. */
    void showNothing() {
        show(null, Map.of());
    }

    /** The pages looked at last, which a refreshed list should bring along. */
    Set<Integer> pagesInView() {
        List<Integer> recent = new ArrayList<>(pages.keySet());
        Set<Integer> inView = new TreeSet<>();
        for (int i = recent.size() - 1; i >= 0 && inView.size() < PAGES_IN_VIEW; i--) {
            inView.add(recent.get(i));
        }
        inView.addAll(loading);
        return inView;
    }

    /** The hit at a row, or null while its page is being loaded. */
    @Override
    public SearchHit get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        List<SearchHit> hits = pages.get(page);
        if (hits == null) {
            load(page);
            // An executor that runs work at once (as in tests) has loaded it already.
            hits = pages.get(page);
            if (hits == null) {
                return null;
            }
        }
        int within = index % PAGE_SIZE;
        return within < hits.size() ? hits.get(within) : null;
    }

    @Override
    public int size() {
        return size;
    }

    /** Where an article stands among the loaded rows, if it is on a loaded page. */
    OptionalInt indexOf(String articleId) {
        for (Map.Entry<Integer, List<SearchHit>> page : pages.entrySet()) {
            List<SearchHit> hits = page.getValue();
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).id().equals(articleId)) {
                    return OptionalInt.of(page.getKey() * PAGE_SIZE + i);
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Looks among the loaded rows only. The inherited search reads every row, which would load every page:
     * JavaFX's list view asks where its focused item went each time rows change, and with 100,000 rows that
     * meant fetching them all. A row that is not loaded cannot be the one the user is looking at.
     */
    @Override
    public int indexOf(Object item) {
        return item instanceof SearchHit hit ? indexOf(hit.id()).orElse(-1) : -1;
    }

    @Override
    public int lastIndexOf(Object item) {
        return indexOf(item);
    }

    @Override
    public boolean contains(Object item) {
        return indexOf(item) >= 0;
    }

    private void load(int page) {
        if (listing == null || !loading.add(page)) {
            return;
        }
        SearchListing requested = listing;
        loader.load(requested, page, hits -> loaded(requested, page, hits), () -> {
            // Looked at again, the row asks again.
            if (requested == listing) {
                loading.remove(page);
            }
        });
    }

    private void loaded(SearchListing requested, int page, List<SearchHit> hits) {
        if (requested != listing) {
            return;
        }
        loading.remove(page);
        pages.put(page, List.copyOf(hits));
        int from = page * PAGE_SIZE;
        int to = Math.min(size, from + PAGE_SIZE);
        beginChange();
        for (int i = from; i < to; i++) {
            nextSet(i, null);
        }
        endChange();
    }
}
