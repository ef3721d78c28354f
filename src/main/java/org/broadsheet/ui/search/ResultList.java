package org.broadsheet.ui.search;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import javafx.collections.ObservableListBase;
import org.broadsheet.search.ArticleSearcher;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.ui.task.TaskExecutor;

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

    private final TaskExecutor executor;
    private final Map<Integer, List<SearchHit>> pages = new LinkedHashMap<>(PAGES_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<SearchHit>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private ArticleSearcher searcher;
    private SearchRequest request;
    private int size;
    /** Which search the pages belong to; a page that arrives for an older one is dropped. */
    private long generation;

    ResultList(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Shows the hits of a new search, of which the first page is known. */
    void show(ArticleSearcher searcher, SearchRequest request, int total, List<SearchHit> firstPage) {
        generation++;
        int oldSize = size;
        this.searcher = searcher;
        this.request = request;
        this.size = total;
        pages.clear();
        loading.clear();
        if (!firstPage.isEmpty()) {
            pages.put(0, List.copyOf(firstPage));
        }
        beginChange();
        if (oldSize > 0) {
            nextRemove(0, Collections.nCopies(oldSize, (SearchHit) null));
        }
        if (total > 0) {
            nextAdd(0, total);
        }
        endChange();
    }

    /** Shows no hits, as before any search. */
    void showNothing() {
        show(null, null, 0, List.of());
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
        if (searcher == null || !loading.add(page)) {
            return;
        }
        long requested = generation;
        ArticleSearcher current = searcher;
        SearchRequest pageRequest = request.withPage(page * PAGE_SIZE, PAGE_SIZE);
        executor.run(() -> current.search(pageRequest).hits(),
                hits -> loaded(requested, page, hits),
                failure -> loading.remove(page));
    }

    private void loaded(long requested, int page, List<SearchHit> hits) {
        if (requested != generation) {
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
