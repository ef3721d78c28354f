package org.broadsheet.shared;

import java.io.Closeable;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.NamedList;
import org.broadsheet.article.Article;
import org.broadsheet.article.Marks;
import org.broadsheet.article.Problem;
import org.broadsheet.index.CommonWords;
import org.broadsheet.index.IndexSchema;
import org.broadsheet.search.ArchiveSearch;
import org.broadsheet.search.ArticleMatches;
import org.broadsheet.search.ArticleMatching;
import org.broadsheet.search.ArticleSink;
import org.broadsheet.search.AuthorCount;
import org.broadsheet.search.ChangeListeners;
import org.broadsheet.search.FoundArticle;
import org.broadsheet.search.HighlightedArticle;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.QueryLanguage;
import org.broadsheet.search.ResultParts;
import org.broadsheet.search.SearchCancelledException;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SearchListing;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SearchResult;
import org.broadsheet.search.SimilarArticle;
import org.broadsheet.search.SourceCount;
import org.broadsheet.search.Version;
import org.broadsheet.task.Cancellation;
import org.broadsheet.versions.WordDiff;

/**
 * An archive's searches answered by a SolrCloud collection that {@link Publisher} made: the same query language
 * (parsed here first, so a mistake is told in the parser's words before anything is sent, then run inside
 * Solr by the project's plugin), filters, facets, snippets from the postings' offsets, pages and exports.
 * Stories are the embedded index's: a collection lists every version, and has none to show. Marks are the
 * user's own and stay in the local database; {@link #useMarks} shows them on the articles. Thread-safe; close it when done.
 */
public final class SolrArchiveSearch implements ArchiveSearch, Closeable {

    /** Articles fetched per request while every match goes to an export. */
    private static final int EXPORT_PAGE = 500;
    private static final List<String> HIT_FIELDS = List.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.TEXT,
            IndexSchema.HAS_STANDFIRST, IndexSchema.AUTHOR, IndexSchema.PUBLISHED, IndexSchema.UPDATED,
            IndexSchema.FILE, IndexSchema.FINGERPRINT, IndexSchema.SOURCE, "score");

    private final SolrConnection connection;
    private final Retrying retrying;
    private final QueryLanguage language = new QueryLanguage();
    private final ArticleMatching matching = new ArticleMatching();
    private final ChangeListeners listeners = new ChangeListeners();
    /** The user's marks of an article, by id: they live on this computer, not in the collection. */
    private volatile Function<String, Marks> marks = id -> Marks.NONE;

    private SolrArchiveSearch(SolrConnection connection) {
        this.connection = connection;
        this.retrying = new Retrying(connection.archive());
    }

    /**
     * Connects to the archive's collection and checks that this version can search it.
     *
     * @throws SharedArchiveException saying, in a line, why it cannot
     */
    public static SolrArchiveSearch open(SharedArchive archive) throws SharedArchiveException {
        SolrConnection connection = new SolrConnection(archive);
        try {
            connection.checkCollection();
            return new SolrArchiveSearch(connection);
        } catch (SharedArchiveException | RuntimeException e) {
            try {
                connection.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    public SharedArchive archive() {
        return connection.archive();
    }

    /** Shows each article with the user's marks, which this computer keeps by article id. */
    public void useMarks(Function<String, Marks> marksOfArticle) {
        this.marks = marksOfArticle;
    }

    /** Tells the lists to search again: the user's marks changed. */
    public void marksChanged() {
        listeners.fire();
    }

    @Override
    public SearchListing list(SearchRequest request, Cancellation cancellation) throws InvalidQueryException, IOException {
        SearchRequest first = request.withPage(0, request.limit());
        SearchResult result = search(first);
        // Pages come from the collection as it is when each is asked for: a collection has no snapshots.
        return new SearchListing(first, result, (page, pageCancellation) -> {
            try {
                return run(request.withPage(page * Math.max(1, request.limit()), request.limit()), false).hits();
            } catch (InvalidQueryException e) {
                throw new IllegalStateException("the listing's query was valid for its first page", e);
            }
        });
    }

    @Override
    public SearchResult search(SearchRequest request) throws InvalidQueryException, IOException {
        return run(request, true);
    }

    private SearchResult run(SearchRequest request, boolean facets) throws InvalidQueryException, SharedArchiveException {
        checkQuery(request.query(), request.whileTyping());
        SolrQuery query = SolrQueries.matching(request);
        query.setStart(request.offset());
        query.setRows(request.limit());
        query.setFields(HIT_FIELDS.toArray(String[]::new));
        if (facets) {
            SolrQueries.addFacets(query, request);
        }
        QueryResponse response = retrying.call("searching", () -> connection.client().query(query));
        List<Article> articles = response.getResults().stream().map(SolrDocuments::toArticle).toList();
        List<ArticleMatches> matches = matching(request.query(), request.whileTyping(), articles);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            hits.add(hit(response.getResults().get(i), articles.get(i), matches.get(i)));
        }
        int total = Math.toIntExact(response.getResults().getNumFound());
        if (!facets) {
            return new SearchResult(total, hits, List.of(), List.of(), List.of(), ResultParts.timeline(Map.of()), -1);
        }
        NamedList<?> counted = (NamedList<?>) response.getResponse().get("facets");
        Map<Integer, Integer> days = new HashMap<>();
        buckets(counted, SolrQueries.DAY_FACET).forEach((day, count) -> days.put(((Number) day).intValue(), count));
        return new SearchResult(total, hits,
                ResultParts.counted(names(buckets(counted, SolrQueries.AUTHOR_FACET)), AuthorCount::new),
                ResultParts.counted(names(buckets(counted, SolrQueries.SOURCE_FACET)), SourceCount::new),
                List.of(), ResultParts.timeline(days), -1);
    }

    /** The query is parsed here before it is sent, so a mistake is told in the parser's own words. */
    private void checkQuery(String text, boolean whileTyping) throws InvalidQueryException {
        language.parseForCollection(text, whileTyping, CommonWords.NONE);
    }

    private static Map<Object, Integer> buckets(NamedList<?> facets, String name) {
        Map<Object, Integer> counts = new LinkedHashMap<>();
        if (facets == null || !(facets.get(name) instanceof NamedList<?> facet)) {
            return counts;
        }
        Object buckets = facet.get("buckets");
        if (buckets instanceof List<?> list) {
            for (Object bucket : list) {
                NamedList<?> entry = (NamedList<?>) bucket;
                counts.put(entry.get("val"), ((Number) entry.get("count")).intValue());
            }
        }
        return counts;
    }

    private static Map<String, Integer> names(Map<Object, Integer> buckets) {
        Map<String, Integer> names = new HashMap<>();
        buckets.forEach((name, count) -> names.put(name.toString(), count));
        return names;
    }

    /**
     * Where the query matches these articles, found here by the embedded index's own code rather than by Solr's
     * highlighter, which marks other words than the index's matches for some queries (a word and a prefix).
     */
    private List<ArticleMatches> matching(String query, boolean whileTyping, List<Article> articles)
            throws InvalidQueryException, SharedArchiveException {
        try {
            return matching.find(query, whileTyping, articles);
        } catch (IOException e) {
            throw new SharedArchiveException("could not find the matches of the articles read from "
                    + archive().describe(), e);
        }
    }

    private SearchHit hit(SolrDocument document, Article article, ArticleMatches matches) {
        Object score = document.getFirstValue("score");
        return new SearchHit(article.id(), article.title(), matches.title(), article.author(), article.published(),
                article.updated(), ArticleMatching.snippet(article, matches),
                score instanceof Number number ? number.floatValue() : null,
                (String) document.getFirstValue(IndexSchema.FILE), (String) document.getFirstValue(IndexSchema.FINGERPRINT),
                marks.apply(article.id()), 1, article.source());
    }

    @Override
    public Optional<HighlightedArticle> read(String id, String query, boolean whileTyping)
            throws InvalidQueryException, IOException {
        checkQuery(query, whileTyping);
        Optional<SolrDocument> stored = stored(id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Article article = SolrDocuments.toArticle(stored.get());
        return Optional.of(new HighlightedArticle(article, matching(query, whileTyping, List.of(article)).get(0),
                (String) stored.get().getFirstValue(IndexSchema.FILE),
                (String) stored.get().getFirstValue(IndexSchema.FINGERPRINT), marks.apply(article.id())));
    }

    /** The stored article with this id, read in real time (published but not yet committed counts). */
    private Optional<SolrDocument> stored(String id) throws SharedArchiveException {
        SolrDocument document = retrying.call("reading an article", () -> connection.client().getById(id));
        return Optional.ofNullable(document).filter(found -> found.getFirstValue(IndexSchema.TITLE) != null);
    }

    @Override
    public int eachMatch(SearchRequest request, ArticleSink sink, Cancellation cancellation)
            throws InvalidQueryException, IOException {
        checkQuery(request.query(), request.whileTyping());
        SolrQuery query = SolrQueries.matching(request);
        query.setFields(SolrDocuments.STORED_ARTICLE_FIELDS.toArray(String[]::new));
        query.setRows(EXPORT_PAGE);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        int sent = 0;
        boolean begun = false;
        while (true) {
            if (cancellation.isCancelled()) {
                throw new SearchCancelledException();
            }
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = retrying.call("exporting", () -> connection.client().query(query));
            if (!begun) {
                sink.begin(Math.toIntExact(response.getResults().getNumFound()));
                begun = true;
            }
            for (SolrDocument document : response.getResults()) {
                sink.accept(found(document));
                sent++;
            }
            String next = response.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return sent;
            }
            cursor = next;
        }
    }

    private FoundArticle found(SolrDocument document) {
        Article article = SolrDocuments.toArticle(document);
        return new FoundArticle(article, (String) document.getFirstValue(IndexSchema.FILE), marks.apply(article.id()));
    }

    @Override
    public int eachArticle(List<String> ids, ArticleSink sink, Cancellation cancellation) throws IOException {
        sink.begin(ids.size());
        int sent = 0;
        for (int from = 0; from < ids.size(); from += EXPORT_PAGE) {
            if (cancellation.isCancelled()) {
                throw new SearchCancelledException();
            }
            Collection<String> some = ids.subList(from, Math.min(ids.size(), from + EXPORT_PAGE));
            SolrDocumentList documents = retrying.call("exporting", () -> connection.client().getById(some));
            Map<String, SolrDocument> byId = new HashMap<>();
            documents.forEach(document -> byId.put((String) document.getFirstValue(IndexSchema.ID), document));
            for (String id : some) {
                SolrDocument document = byId.get(id);
                if (document != null && document.getFirstValue(IndexSchema.TITLE) != null) {
                    sink.accept(found(document));
                    sent++;
                }
            }
        }
        return sent;
    }

    /** A collection keeps no stories: every version is listed as an article of its own. */
    @Override
    public List<Version> versionsOf(String id) {
        return List.of();
    }

    @Override
    public Optional<List<WordDiff.Piece>> compare(String firstId, String secondId) throws IOException {
        Optional<SolrDocument> first = stored(firstId);
        Optional<SolrDocument> second = stored(secondId);
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(WordDiff.between(ResultParts.comparedText(SolrDocuments.toArticle(first.get())),
                ResultParts.comparedText(SolrDocuments.toArticle(second.get()))));
    }

    /** Solr's own more-like-this over title and text, as the embedded index weighs them. */
    @Override
    public List<SimilarArticle> similarTo(String id, int limit) throws IOException {
        if (limit <= 0) {
            return List.of();
        }
        SolrQuery query = new SolrQuery("{!mlt qf=" + IndexSchema.TITLE + "," + IndexSchema.TEXT
                + " mintf=1 mindf=2 minwl=3 maxqt=25 v=$bs.id}");
        query.set("bs.id", id);
        query.set("defType", "lucene");
        query.addFilterQuery("{!term f=" + IndexSchema.KIND + "}" + IndexSchema.KIND_ARTICLE);
        query.setFields(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.PUBLISHED, IndexSchema.UPDATED);
        query.setRows(limit + 1);
        QueryResponse response;
        try {
            response = connection.client().query(query);
        } catch (Exception e) {
            // More-like-this fails for an id the collection lacks; an article without similar ones is no error.
            return List.of();
        }
        List<SimilarArticle> similar = new ArrayList<>();
        for (SolrDocument document : response.getResults()) {
            String found = (String) document.getFirstValue(IndexSchema.ID);
            if (!found.equals(id) && similar.size() < limit) {
                similar.add(new SimilarArticle(found, (String) document.getFirstValue(IndexSchema.TITLE),
                        date(document, IndexSchema.PUBLISHED).or(() -> date(document, IndexSchema.UPDATED)).orElse(null)));
            }
        }
        return similar;
    }

    private static Optional<OffsetDateTime> date(SolrDocument document, String field) {
        return Optional.ofNullable((String) document.getFirstValue(field)).map(OffsetDateTime::parse);
    }

    /** The files and records the publisher could not read, as the collection keeps them. */
    public List<Problem> problems() throws SharedArchiveException {
        SolrQuery query = new SolrQuery("{!term f=" + IndexSchema.KIND + "}" + IndexSchema.KIND_PROBLEM);
        query.set("defType", "lucene");
        query.setFields(IndexSchema.PROBLEM_FILE, IndexSchema.REASON, IndexSchema.FILE_RETRY);
        query.setSort(IndexSchema.ID, SolrQuery.ORDER.asc);
        query.setRows(1_000);
        QueryResponse response = retrying.call("listing problems", () -> connection.client().query(query));
        List<Problem> problems = new ArrayList<>();
        for (SolrDocument document : response.getResults()) {
            problems.add(new Problem((String) document.getFirstValue(IndexSchema.PROBLEM_FILE),
                    (String) document.getFirstValue(IndexSchema.REASON), document.getFirstValue(IndexSchema.FILE_RETRY) != null));
        }
        return problems;
    }

    /**
     * Hears when the user's marks change. A collection is changed by its publishers, not by this window: nothing
     * tells it of that; Ctrl+R counts again.
     */
    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
