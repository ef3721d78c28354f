package org.broadsheet.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.broadsheet.task.Cancellation;
import org.broadsheet.versions.WordDiff;

/**
 * The searches the window and the command line make of one archive, whatever keeps its index. Thread-safe;
 * every method may block, so none may be called on the UI thread.
 */
public interface ArchiveSearch {

    /**
     * Searches and keeps the state of the archive it searched, so that the list's later pages come from the
     * same state ({@link SearchListing#page}).
     *
     * @throws InvalidQueryException   when the query cannot be run; its message is for the user
     * @throws SearchCancelledException when {@code cancellation} is cancelled meanwhile
     */
    SearchListing list(SearchRequest request, Cancellation cancellation) throws InvalidQueryException, IOException;

    /**
     * One search, for the page the request names ({@link SearchRequest#offset()}, {@link SearchRequest#limit()}).
     *
     * @throws InvalidQueryException when the query cannot be run; its message is for the user
     */
    SearchResult search(SearchRequest request) throws InvalidQueryException, IOException;

    /**
     * The article with this id and where {@code query} matches it, for the reader.
     *
     * @throws InvalidQueryException when the query cannot be run
     */
    Optional<HighlightedArticle> read(String id, String query, boolean whileTyping)
            throws InvalidQueryException, IOException;

    /**
     * Every article the request matches (not a page of them), whole, in the request's order, to {@code sink}:
     * for exports. Stops with {@link SearchCancelledException} when cancelled.
     *
     * @return how many articles went to the sink
     * @throws InvalidQueryException when the query cannot be run
     */
    int eachMatch(SearchRequest request, ArticleSink sink, Cancellation cancellation)
            throws InvalidQueryException, IOException;

    /** The articles with these ids, whole, in this order, to {@code sink}; ids that are not articles are skipped. */
    int eachArticle(List<String> ids, ArticleSink sink, Cancellation cancellation) throws IOException;

    /** The other versions of this article's story, most alike first; none for an article alone. */
    List<Version> versionsOf(String id) throws IOException;

    /**
     * The word-level comparison of two articles' texts (title, standfirst, paragraphs), from the first to the
     * second; empty when either is not in the archive.
     */
    Optional<List<WordDiff.Piece>> compare(String firstId, String secondId) throws IOException;

    /** The articles most like this one, best first, never the article itself. */
    List<SimilarArticle> similarTo(String id, int limit) throws IOException;

    /**
     * Runs {@code listener} whenever searches would find something new (articles added, changed or removed), on
     * whichever thread noticed; it must be quick.
     */
    void addChangeListener(Runnable listener);

    void removeChangeListener(Runnable listener);
}
