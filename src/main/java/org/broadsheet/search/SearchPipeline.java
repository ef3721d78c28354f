package org.broadsheet.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.broadsheet.index.SnapshotExpiredException;
import org.broadsheet.task.Cancellation;
import org.broadsheet.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The searches behind one result list. At most one search runs at a time and only the newest request waits
 * behind it, so a burst of requests makes one search; a running search that a newer request supersedes is
 * cancelled and stops within a few thousand documents. Every page of a list comes from the state of the
 * archive its first page came from ({@link SearchListing}); when the archive changes, the list is searched
 * again, in the background, and replaces the old one with the pages that were being looked at already loaded,
 * so that rows do not flash. Runs on the callback thread of its {@link TaskExecutor} (the UI thread); the
 * searches run on the executor's background threads.
 */
public final class SearchPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(SearchPipeline.class);

    /** Hears what the pipeline found, on the callback thread. */
    public interface Listener {

        /**
         * A new list to show.
         *
         * @param pages     besides the first, the pages of it that were loaded already, by number
         * @param refreshed whether it is the same request again, after the archive changed
         */
        void listed(SearchListing listing, Map<Integer, List<SearchHit>> pages, boolean refreshed);

        /** The newest request could not be searched; {@link InvalidQueryException} says why in words. */
        void failed(SearchRequest request, Exception failure);

        /** Which pages of the list shown are being looked at, to load with the list refreshed. */
        default Set<Integer> pagesInView() {
            return Set.of();
        }
    }

    /** A search to run: a request, or the same request again because the archive changed. */
    private record Job(SearchRequest request, boolean refresh, Set<Integer> pages, Cancellation cancellation) {
    }

    private final TaskExecutor executor;
    private final ArchiveSearch search;
    private final Listener listener;
    private final Runnable changeListener = this::archiveChanged;
    private Job running;
    private Job waiting;
    private SearchRequest latest;
    private SearchListing shown;
    /** Cancelled when the list shown is replaced, so that its page loads stop. */
    private Cancellation shownPages = new Cancellation();
    private boolean closed;

    /** Searches {@code search}, and searches again whenever it says the archive changed. */
    public SearchPipeline(TaskExecutor executor, ArchiveSearch search, Listener listener) {
        this.executor = executor;
        this.search = search;
        this.listener = listener;
        search.addChangeListener(changeListener);
    }

    /** Searches for {@code request}; whatever was asked before and is not shown yet is dropped. */
    public void submit(SearchRequest request) {
        if (closed) {
            return;
        }
        latest = request;
        if (running != null) {
            running.cancellation().cancel();
        }
        queue(new Job(request, false, Set.of(), new Cancellation()));
    }

    /**
     * Searches the newest request again because the archive changed, loading {@code pages} of it beside the
     * first. A refresh never stops a search the user asked for; it waits for it.
     */
    public void refresh(Set<Integer> pages) {
        if (closed || latest == null) {
            return;
        }
        if (waiting != null) {
            if (waiting.refresh()) {
                waiting = new Job(latest, true, union(waiting.pages(), pages), waiting.cancellation());
            }
            return;
        }
        queue(new Job(latest, true, pages, new Cancellation()));
    }

    private static Set<Integer> union(Set<Integer> first, Set<Integer> second) {
        Set<Integer> all = new TreeSet<>(first);
        all.addAll(second);
        return all;
    }

    /** The archive said it changed; on whatever thread noticed. */
    private void archiveChanged() {
        executor.onUiThread(() -> refresh(listener.pagesInView()));
    }

    private void queue(Job job) {
        if (waiting != null && !waiting.refresh()) {
            waiting.cancellation().cancel();
        }
        waiting = job;
        if (running == null) {
            startWaiting();
        }
    }

    private void startWaiting() {
        Job job = waiting;
        waiting = null;
        if (job == null || closed) {
            return;
        }
        running = job;
        Map<Integer, List<SearchHit>> pages = new HashMap<>();
        executor.run(ignored -> {
            if (job.cancellation().isCancelled()) {
                throw new SearchCancelledException();
            }
            SearchListing listing = search.list(job.request(), job.cancellation());
            for (int page : job.pages()) {
                if (page > 0 && page * listing.pageSize() < listing.total()) {
                    pages.put(page, listing.page(page, job.cancellation()));
                }
            }
            return listing;
        }, listing -> finished(job, listing, pages), failure -> failed(job, failure));
    }

    private void finished(Job job, SearchListing listing, Map<Integer, List<SearchHit>> pages) {
        running = null;
        if (!job.cancellation().isCancelled() && !closed && isNewest(job)) {
            shownPages.cancel();
            shownPages = new Cancellation();
            shown = listing;
            listener.listed(listing, pages, job.refresh());
        }
        startWaiting();
    }

    /** Whether a job's result is what the list should show: nothing newer was asked for than its request. */
    private boolean isNewest(Job job) {
        return job.request().equals(latest) && (waiting == null || waiting.refresh());
    }

    private void failed(Job job, Exception failure) {
        running = null;
        if (!job.cancellation().isCancelled() && !closed && isNewest(job)
                && !(failure instanceof SearchCancelledException)) {
            if (!(failure instanceof InvalidQueryException)) {
                LOG.warn("Search for \"{}\" failed", job.request().query(), failure);
            }
            listener.failed(job.request(), failure);
        }
        startWaiting();
    }

    /**
     * Loads a page of the list shown, from the same state of the archive as its first page; {@code loaded}
     * (or, when it could not be loaded, {@code failed}) runs on the callback thread unless the list was
     * replaced meanwhile. A page of a state no longer kept makes the list be searched again.
     */
    public void page(SearchListing listing, int page, Consumer<List<SearchHit>> loaded, Runnable failed) {
        if (listing != shown || closed) {
            return;
        }
        Cancellation pagesOfListing = shownPages;
        executor.run(ignored -> listing.page(page, pagesOfListing), hits -> {
            if (listing == shown) {
                loaded.accept(hits);
            }
        }, failure -> {
            if (listing != shown || failure instanceof SearchCancelledException) {
                return;
            }
            failed.run();
            if (failure instanceof SnapshotExpiredException) {
                refresh(Set.of(page));
            } else {
                LOG.warn("Could not load page {} of \"{}\"", page, listing.request().query(), failure);
            }
        });
    }

    /** Stops listening to the archive and drops whatever is running or waiting. */
    public void close() {
        closed = true;
        search.removeChangeListener(changeListener);
        if (running != null) {
            running.cancellation().cancel();
        }
        shownPages.cancel();
        waiting = null;
    }
}
