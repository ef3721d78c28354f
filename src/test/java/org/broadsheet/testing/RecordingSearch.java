package org.broadsheet.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.broadsheet.search.ArchiveSearch;
import org.broadsheet.search.ArticleSink;
import org.broadsheet.search.HighlightedArticle;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.SearchListing;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SearchResult;
import org.broadsheet.search.SimilarArticle;
import org.broadsheet.search.Version;
import org.broadsheet.task.Cancellation;
import org.broadsheet.versions.WordDiff;

/**
 * A real archive's searches that remembers each list it was asked for and the cancellation that came with
 * it, so that tests can see how many searches ran and which were told to stop.
 */
public final class RecordingSearch implements ArchiveSearch {

    /**
     * A list asked for.
     *
     * @param failure what the real search threw, or null while it runs or when it succeeded
     */
    public record Asked(SearchRequest request, Cancellation cancellation, Exception failure) {
    }

    private final ArchiveSearch real;
    private final List<Asked> asked = new ArrayList<>();
    private volatile Consumer<SearchRequest> whileSearching = request -> { };

    public RecordingSearch(ArchiveSearch real) {
        this.real = real;
    }

    /** Every list asked for so far, in order. */
    public synchronized List<Asked> asked() {
        return List.copyOf(asked);
    }

    /** The queries of the lists asked for so far, in order. */
    public List<String> queries() {
        return asked().stream().map(list -> list.request().query()).toList();
    }

    /** Runs {@code action} inside each list search, before the real search: what happens while it runs. */
    public void whileSearching(Consumer<SearchRequest> action) {
        whileSearching = action;
    }

    @Override
    public SearchListing list(SearchRequest request, Cancellation cancellation) throws InvalidQueryException, IOException {
        int at;
        synchronized (this) {
            at = asked.size();
            asked.add(new Asked(request, cancellation, null));
        }
        whileSearching.accept(request);
        try {
            return real.list(request, cancellation);
        } catch (InvalidQueryException | IOException | RuntimeException e) {
            synchronized (this) {
                asked.set(at, new Asked(request, cancellation, e));
            }
            throw e;
        }
    }

    @Override
    public SearchResult search(SearchRequest request) throws InvalidQueryException, IOException {
        return real.search(request);
    }

    @Override
    public int eachMatch(SearchRequest request, ArticleSink sink, Cancellation cancellation)
            throws InvalidQueryException, IOException {
        return real.eachMatch(request, sink, cancellation);
    }

    @Override
    public List<Version> versionsOf(String id) throws IOException {
        return real.versionsOf(id);
    }

    @Override
    public Optional<List<WordDiff.Piece>> compare(String firstId, String secondId) throws IOException {
        return real.compare(firstId, secondId);
    }

    @Override
    public int eachArticle(List<String> ids, ArticleSink sink, Cancellation cancellation) throws IOException {
        return real.eachArticle(ids, sink, cancellation);
    }

    @Override
    public Optional<HighlightedArticle> read(String id, String query, boolean whileTyping)
            throws InvalidQueryException, IOException {
        return real.read(id, query, whileTyping);
    }

    @Override
    public List<SimilarArticle> similarTo(String id, int limit) throws IOException {
        return real.similarTo(id, limit);
    }

    @Override
    public void addChangeListener(Runnable listener) {
        real.addChangeListener(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        real.removeChangeListener(listener);
    }
}
