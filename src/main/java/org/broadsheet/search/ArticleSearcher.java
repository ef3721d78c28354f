package org.broadsheet.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.broadsheet.article.Article;
import org.broadsheet.index.Analysis;
import org.broadsheet.index.ArticleDocuments;
import org.broadsheet.index.ArticleIndex;
import org.broadsheet.index.IndexSchema;

/**
 * Answers searches and reads articles with their matches, over an {@link ArticleIndex}. Thread-safe: each
 * call acquires its own searcher from the index and releases it before returning, and may run on any thread
 * but the UI's.
 */
public final class ArticleSearcher {

    private static final Set<String> HIT_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.AUTHOR,
            IndexSchema.PUBLISHED, IndexSchema.UPDATED, IndexSchema.TEXT);
    private static final Set<String> SIMILAR_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE,
            IndexSchema.PUBLISHED, IndexSchema.UPDATED);
    /** How many of an article's most telling words describe it when looking for similar ones. */
    private static final int SIMILARITY_TERMS = 25;

    private final Supplier<ArticleIndex> index;
    private final QueryLanguage language = new QueryLanguage();
    private final Analyzer analyzer = Analysis.perField();


    /** @param index the index to search, asked anew for each call: a session may replace its index */
    public ArticleSearcher(Supplier<ArticleIndex> index) {
        this.index = index;
    }

    /**
     * @throws InvalidQueryException when the query cannot be run; its message is for the user
     */
    public SearchResult search(SearchRequest request) throws InvalidQueryException, IOException {
        Query textQuery = language.parse(request.query(), request.whileTyping());
        ArticleIndex searched = index.get();
        // Matching goes through the pairs of common words; marking the matches in snippets goes through the
        // phrase as typed, whose words cover the whole phrase.
        Query query = new BooleanQuery.Builder()
                .add(CommonPairs.rewrite(textQuery, searched.commonWords()), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
        try {
            return searched.withSearcher(searcher -> search(searcher, request, textQuery, query));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException(QueryLanguage.TOO_MANY_TERMS, e);
        }
    }

    private static FacetingCollector.Filters filters(SearchRequest request) {
        return new FacetingCollector.Filters(
                epochDay(request.from(), Integer.MIN_VALUE),
                epochDay(request.to(), Integer.MAX_VALUE),
                request.author() == null ? null : ArticleDocuments.authorKey(request.author()));
    }

    private static int epochDay(LocalDate date, int unbounded) {
        return date == null ? unbounded : Math.toIntExact(date.toEpochDay());
    }

    private SearchResult search(IndexSearcher searcher, SearchRequest request, Query textQuery, Query query)
            throws IOException {
        int wanted = Math.max(1, request.offset() + request.limit());
        int[] days = dayRange(searcher);
        boolean rankSeparately = request.effectiveSort() == SortOrder.RELEVANCE && containsPhrase(query);
        FacetingCollectorManager.Collected collected = searcher.search(query, new FacetingCollectorManager(
                rankSeparately ? null : sortFor(request.effectiveSort()), wanted,
                filters(request), request.facetScope() == SearchRequest.FacetScope.OTHER_FILTERS,
                days[0], days[1] - days[0] + 1));
        ScoreDoc[] found = rankSeparately ? bestByRelevance(searcher, query, request, wanted) : collected.top().scoreDocs;
        ScoreDoc[] page = Arrays.copyOfRange(found, Math.min(request.offset(), found.length),
                Math.min(request.offset() + request.limit(), found.length));
        if (request.hasQuery()) {
            scores(page, searcher, query, request.effectiveSort());
        }
        return new SearchResult(collected.total(), hits(searcher, page, request.hasQuery() ? textQuery : null),
                authorCounts(collected.authorCounts()),
                Timeline.of(LocalDate.ofEpochDay(collected.firstDay()), collected.countsByDay()));
    }

    /**
     * Scoring a phrase means counting every occurrence in every matching article, while counting the matches
     * only needs one each; for a phrase of common words that is most of a search's time. So with a phrase, the
     * counts are taken without scores, and the best page is found in a second pass that ranks phrases by their
     * words ({@link PhraseRanking}), with the filters as query clauses, in which Lucene skips articles that
     * cannot make the page as soon as it is full (the first pass has counted them all already).
     */
    private static ScoreDoc[] bestByRelevance(IndexSearcher searcher, Query query, SearchRequest request, int wanted)
            throws IOException {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder()
                .add(PhraseRanking.rewrite(query), BooleanClause.Occur.MUST);
        if (request.hasDates()) {
            filtered.add(IntPoint.newRangeQuery(IndexSchema.DAY, epochDay(request.from(), Integer.MIN_VALUE),
                    epochDay(request.to(), Integer.MAX_VALUE)), BooleanClause.Occur.FILTER);
        }
        if (request.author() != null) {
            filtered.add(new TermQuery(new Term(IndexSchema.AUTHOR_KEY, ArticleDocuments.authorKey(request.author()))),
                    BooleanClause.Occur.FILTER);
        }
        return searcher.search(filtered.build(), new TopFieldCollectorManager(sortFor(SortOrder.RELEVANCE), wanted,
                null, wanted, true)).scoreDocs;
    }

    private static boolean containsPhrase(Query query) {
        boolean[] phrase = {false};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                phrase[0] |= query instanceof PhraseQuery || query instanceof MultiPhraseQuery;
            }
        });
        return phrase[0];
    }

    /**
     * Puts the relevance score on each hit: sorted by relevance, the sort already holds it; sorted by date, the
     * page is scored again, which costs little for one page.
     */
    private static void scores(ScoreDoc[] page, IndexSearcher searcher, Query query, SortOrder order)
            throws IOException {
        if (order != SortOrder.RELEVANCE) {
            TopFieldCollector.populateScores(page, searcher, query);
            return;
        }
        for (ScoreDoc hit : page) {
            hit.score = (Float) ((FieldDoc) hit).fields[0];
        }
    }

    /** The first and last publication day in the index, as days since 1970; {0, -1} when nothing is dated. */
    private static int[] dayRange(IndexSearcher searcher) throws IOException {
        byte[] min = PointValues.getMinPackedValue(searcher.getIndexReader(), IndexSchema.DAY);
        byte[] max = PointValues.getMaxPackedValue(searcher.getIndexReader(), IndexSchema.DAY);
        if (min == null || max == null) {
            return new int[] {0, -1};
        }
        return new int[] {IntPoint.decodeDimension(min, 0), IntPoint.decodeDimension(max, 0)};
    }

    private static List<AuthorCount> authorCounts(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(entry -> new AuthorCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt(AuthorCount::count).reversed().thenComparing(AuthorCount::name))
                .toList();
    }

    /** Relevance is broken newest first; the id keeps equal articles in a stable order on every run. */
    private static Sort sortFor(SortOrder order) {
        SortField byId = new SortField(IndexSchema.ID, SortField.Type.STRING);
        SortField newest = new SortField(IndexSchema.TIME, SortField.Type.LONG, true);
        newest.setMissingValue(Long.MIN_VALUE);
        SortField oldest = new SortField(IndexSchema.TIME, SortField.Type.LONG, false);
        oldest.setMissingValue(Long.MAX_VALUE);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, byId);
            case NEWEST -> new Sort(newest, byId);
            case OLDEST -> new Sort(oldest, byId);
        };
    }

    /**
     * The page's hits, with their snippets. The page is cut into one run of hits per core, built at once: for a
     * query that matches many words (a short prefix) finding each hit's matches is much of a search's time.
     */
    private static List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] page, Query textQuery) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        MatchFinder matches = textQuery == null ? null : new MatchFinder(searcher, textQuery);
        int runs = Math.min(CORES, page.length);
        List<Callable<List<SearchHit>>> tasks = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            ScoreDoc[] part = Arrays.copyOfRange(page, run * page.length / runs, (run + 1) * page.length / runs);
            tasks.add(() -> hits(searcher.storedFields(), part, matches, textQuery != null));
        }
        List<SearchHit> hits = new ArrayList<>(page.length);
        searcher.getTaskExecutor().invokeAll(tasks).forEach(hits::addAll);
        return hits;
    }

    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());

    private static List<SearchHit> hits(StoredFields stored, ScoreDoc[] part, MatchFinder matches, boolean scored)
            throws IOException {
        SnippetBuilder snippets = new SnippetBuilder();
        List<SearchHit> hits = new ArrayList<>(part.length);
        for (ScoreDoc hit : part) {
            Document document = stored.document(hit.doc, HIT_FIELDS);
            List<String> texts = Arrays.asList(document.getValues(IndexSchema.TEXT));
            MatchFinder.Found found = matches == null ? null : matches.in(hit.doc, texts);
            hits.add(new SearchHit(
                    document.get(IndexSchema.ID),
                    document.get(IndexSchema.TITLE),
                    found == null ? List.of() : found.title(),
                    document.get(IndexSchema.AUTHOR),
                    ArticleDocuments.date(document, IndexSchema.PUBLISHED).orElse(null),
                    ArticleDocuments.date(document, IndexSchema.UPDATED).orElse(null),
                    found == null ? SnippetBuilder.opening(texts) : snippets.best(texts, found.texts()),
                    !scored || Float.isNaN(hit.score) ? null : hit.score));
        }
        return hits;
    }

    /**
     * The article with this id and where {@code query} matches it, for the reader.
     *
     * @throws InvalidQueryException when the query cannot be run
     */
    public Optional<HighlightedArticle> read(String id, String query, boolean whileTyping)
            throws InvalidQueryException, IOException {
        Query textQuery = query.isBlank() ? null : language.parse(query, whileTyping);
        return index.get().withSearcher(searcher -> {
            ScoreDoc[] found = searcher.search(byId(id), 1).scoreDocs;
            if (found.length == 0) {
                return Optional.empty();
            }
            int doc = found[0].doc;
            Article article = ArticleDocuments.toArticle(searcher.storedFields().document(doc));
            ArticleMatches matches = textQuery == null
                    ? ArticleMatches.none(article.paragraphs().size())
                    : matchesIn(searcher, textQuery, doc, article);
            return Optional.of(new HighlightedArticle(article, matches));
        });
    }

    /**
     * The articles whose text is most like this one's, best first, never the article itself. Words are
     * weighed as in relevance ranking, so what two articles share that few others have counts most.
     */
    public List<SimilarArticle> similarTo(String id, int limit) throws IOException {
        return index.get().withSearcher(searcher -> {
            ScoreDoc[] found = searcher.search(byId(id), 1).scoreDocs;
            if (found.length == 0 || limit <= 0) {
                return List.of();
            }
            MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
            like.setAnalyzer(analyzer);
            like.setFieldNames(new String[] {IndexSchema.TITLE, IndexSchema.TEXT});
            like.setMinTermFreq(1);
            like.setMinDocFreq(2);
            like.setMinWordLen(3);
            like.setMaxQueryTerms(SIMILARITY_TERMS);
            Query similar = new BooleanQuery.Builder()
                    .add(like.like(found[0].doc), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.MUST_NOT)
                    .build();
            StoredFields stored = searcher.storedFields();
            List<SimilarArticle> articles = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(similar, limit).scoreDocs) {
                Document document = stored.document(hit.doc, SIMILAR_FIELDS);
                articles.add(new SimilarArticle(document.get(IndexSchema.ID), document.get(IndexSchema.TITLE),
                        ArticleDocuments.date(document, IndexSchema.PUBLISHED)
                                .or(() -> ArticleDocuments.date(document, IndexSchema.UPDATED)).orElse(null)));
            }
            return articles;
        });
    }

    private static Query byId(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
    }

    private static ArticleMatches matchesIn(IndexSearcher searcher, Query query, int doc, Article article)
            throws IOException {
        List<String> texts = new ArrayList<>();
        if (article.standfirst() != null) {
            texts.add(article.standfirst());
        }
        texts.addAll(article.paragraphs());
        MatchFinder.Found found = new MatchFinder(searcher, query).in(doc, texts);
        List<List<TextRange>> perText = new ArrayList<>(found.texts());
        List<TextRange> standfirst = article.standfirst() != null ? perText.remove(0) : List.of();
        return new ArticleMatches(found.title(), standfirst, perText);
    }
}
