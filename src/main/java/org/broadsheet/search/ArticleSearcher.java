package org.broadsheet.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexOrDocValuesQuery;
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
import org.broadsheet.article.Article;
import org.broadsheet.article.MarkSnapshot;
import org.broadsheet.article.Marks;
import org.broadsheet.index.Analysis;
import org.broadsheet.index.ArticleDocuments;
import org.broadsheet.index.ArticleIndex;
import org.broadsheet.index.IndexRetiredException;
import org.broadsheet.index.IndexSchema;
import org.broadsheet.index.SnapshotExpiredException;
import org.broadsheet.task.Cancellation;
import org.broadsheet.versions.Shingles;
import org.broadsheet.versions.WordDiff;

/**
 * Answers searches and reads articles with their matches, over an {@link ArticleIndex}: the embedded
 * {@link ArchiveSearch}. Thread-safe: each call acquires its own searcher from the index and releases it
 * before returning, and may run on any thread but the UI's. A session may replace its index while searches
 * run; a search that meets a replaced index looks up the current one.
 */
public final class ArticleSearcher implements ArchiveSearch {

    private static final Set<String> HIT_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.AUTHOR,
            IndexSchema.PUBLISHED, IndexSchema.UPDATED, IndexSchema.TEXT, IndexSchema.FILE, IndexSchema.FINGERPRINT,
            IndexSchema.SOURCE);
    private static final Set<String> LOCATING_FIELDS = Set.of(IndexSchema.ID, IndexSchema.FINGERPRINT);
    /** How many matches an export ranks at a time: memory for them, not for the whole result. */
    private static final int EXPORT_CHUNK = 10_000;
    private static final Set<String> SIMILAR_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE,
            IndexSchema.PUBLISHED, IndexSchema.UPDATED);
    /** How many of an article's most telling words describe it when looking for similar ones. */
    private static final int SIMILARITY_TERMS = 25;
    /** How often a search that met a replaced index looks up the current one before giving up. */
    private static final int INDEX_LOOKUPS = 3;

    private final Supplier<ArticleIndex> index;
    private final ChangeListeners changes;
    private final Consumer<Exception> unexpectedFailure;
    private final Supplier<MarkSnapshot> marks;
    /** The marked documents last worked out, for the index state and the marks they were worked out for. */
    private volatile ResolvedMarks lastMarks;
    /** The stories last read, for the index state they were read from. */
    private volatile ResolvedStories lastStories;
    private final QueryLanguage language = new QueryLanguage();
    private final Analyzer analyzer = Analysis.perField();

    /**
     * @param index   the index to search, asked anew for each call: a session may replace its index
     * @param changes where listeners hear that searches would find something new
     */
    public ArticleSearcher(Supplier<ArticleIndex> index, ChangeListeners changes) {
        this(index, changes, failure -> { }, () -> MarkSnapshot.EMPTY);
    }

    /**
     * @param unexpectedFailure hears every failure of a search that is neither the query's fault nor a
     *                          cancellation, before the caller does: such a failure may mean a damaged index
     * @param marks             the user's marks as they are now, asked anew for each search
     */
    public ArticleSearcher(Supplier<ArticleIndex> index, ChangeListeners changes, Consumer<Exception> unexpectedFailure,
                           Supplier<MarkSnapshot> marks) {
        this.index = index;
        this.changes = changes;
        this.unexpectedFailure = unexpectedFailure;
        this.marks = marks;
    }

    @Override
    public void addChangeListener(Runnable listener) {
        changes.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        changes.remove(listener);
    }

    /** Work on whichever index is current, looked up again if it was replaced meanwhile. */
    @FunctionalInterface
    private interface IndexWork<T> {
        T apply(ArticleIndex index) throws IOException;
    }

    private <T> T onCurrentIndex(IndexWork<T> work) throws IOException {
        for (int lookup = 1; ; lookup++) {
            ArticleIndex current = index.get();
            try {
                return work.apply(current);
            } catch (IndexRetiredException e) {
                if (lookup >= INDEX_LOOKUPS || index.get() == current) {
                    throw e;
                }
            } catch (SearchCancelledException | IndexSearcher.TooManyClauses | SnapshotExpiredException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                unexpectedFailure.accept(e);
                throw e;
            }
        }
    }

    /**
     * A request parsed and made ready to run against one index; its mark conditions and {@code versions:} are
     * answered once it is given the searcher it runs on ({@link #ready}), and a collapsed list knows then which
     * version stands for each story.
     *
     * @param collapse the versions a collapsed list shows; null for a list of every article
     * @param articles how many articles match, when the list is collapsed and shows fewer rows
     * @param seen     the matches of {@code query} as the picking pass of a collapsed list found them; else null
     */
    private record Prepared(SearchRequest request, Query textQuery, Query query, Query ranking, Sort sort,
                            FacetingCollector.Filters filters, MarkedDocs marked, Stories stories,
                            FacetingCollector.Collapse collapse, int articles, SeenMatches seen) {

        Prepared over(IndexSearcher searcher, MarkedDocs docs, Stories found) {
            return new Prepared(request, textQuery == null ? null : resolvedIn(searcher, textQuery, docs),
                    resolvedIn(searcher, query, docs), ranking == null ? null : resolvedIn(searcher, ranking, docs),
                    sort, filters, docs, found, null, -1, null);
        }

        Prepared collapsed(FacetingCollector.Collapse chosen, int matching, SeenMatches matches) {
            return new Prepared(request, textQuery, query, ranking, sort, filters, marked, stories, chosen, matching,
                    matches);
        }

        /**
         * What a pass that counts every match runs: the matches the picking pass saw when the pass needs no
         * scores, so that a phrase's positions are read once, else the query itself.
         */
        Query counted(boolean needsScores) {
            return seen == null || needsScores ? query : seen.asQuery();
        }
    }

    /**
     * The request made ready for this searcher: marks and stories as they are now, and for a collapsed list a
     * first pass over the matches that picks each story's version to show.
     */
    private Prepared ready(IndexSearcher searcher, Prepared parsed, Cancellation cancellation) throws IOException {
        Prepared prepared = parsed.over(searcher, markedDocs(searcher), stories(searcher));
        if (!parsed.request().collapse() || StoryOfQuery.isIn(parsed.query())) {
            return prepared;
        }
        SeenMatches seen = new SeenMatches(searcher.getIndexReader());
        FacetingCollector.Collapse picking = FacetingCollector.Collapse.picking(prepared.stories(),
                prepared.request().effectiveSort(), seen);
        // Each story's best match is the one the list ranks first, so it is scored as the list is ranked.
        Query rankedAsListed = prepared.ranking() != null ? prepared.ranking() : prepared.query();
        FacetingCollectorManager.Collected picked = searcher.search(rankedAsListed, FacetingCollectorManager
                .counting(null, 1, prepared.filters(), prepared.marked(), picking, null, cancellation));
        return prepared.collapsed(picking.showing(picked.representatives()), picked.total(), seen);
    }

    private record ResolvedStories(IndexReader.CacheKey reader, Stories stories) {
    }

    /** The stories of the searcher's index state. */
    private Stories stories(IndexSearcher searcher) throws IOException {
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        ResolvedStories last = lastStories;
        if (helper != null && last != null && last.reader() == helper.getKey()) {
            return last.stories();
        }
        Stories found = Stories.of(searcher.getIndexReader());
        if (helper != null) {
            lastStories = new ResolvedStories(helper.getKey(), found);
        }
        return found;
    }

    private record ResolvedMarks(IndexReader.CacheKey reader, MarkedDocs docs) {
    }

    /** The marked documents of the searcher's index state, for the marks as they are now. */
    private MarkedDocs markedDocs(IndexSearcher searcher) throws IOException {
        MarkSnapshot snapshot = marks.get();
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        ResolvedMarks last = lastMarks;
        if (helper != null && last != null && last.reader() == helper.getKey() && last.docs().isFor(snapshot)) {
            return last.docs();
        }
        MarkedDocs docs = MarkedDocs.of(searcher.getIndexReader(), snapshot);
        if (helper != null) {
            lastMarks = new ResolvedMarks(helper.getKey(), docs);
        }
        return docs;
    }

    private Prepared prepare(SearchRequest request, ArticleIndex searched) throws InvalidQueryException {
        Query textQuery = language.parse(request.query(), request.whileTyping());
        // Matching goes through the pairs of common words; marking the matches in snippets goes through the
        // phrase as typed, whose words cover the whole phrase.
        Query query = new BooleanQuery.Builder()
                .add(CommonPairs.rewrite(textQuery, searched.commonWords()), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
        boolean rankSeparately = request.effectiveSort() == SortOrder.RELEVANCE && containsPhrase(query);
        return new Prepared(request, request.hasQuery() ? textQuery : null, query,
                rankSeparately ? PhraseRanking.rewrite(query) : null, sortFor(request.effectiveSort()),
                filters(request), MarkedDocs.NONE, Stories.NONE, null, -1, null);
    }

    @Override
    public SearchResult search(SearchRequest request) throws InvalidQueryException, IOException {
        return parsedAndRun(request, searched -> {
            Prepared prepared = prepare(request, searched);
            return searched.withSearcher(searcher -> firstResult(searcher,
                    ready(searcher, prepared, Cancellation.NEVER), request.offset(), Cancellation.NEVER).result());
        });
    }

    @Override
    public SearchListing list(SearchRequest request, Cancellation cancellation) throws InvalidQueryException, IOException {
        return parsedAndRun(request.withPage(0, request.limit()), searched -> {
            Prepared parsed = prepare(request.withPage(0, request.limit()), searched);
            return searched.withNewSnapshot((searcher, snapshot) -> {
                // The list's later pages come from this snapshot of the index, with these marks and stories.
                Prepared prepared = ready(searcher, parsed, cancellation);
                FirstPage first = firstResult(searcher, prepared, 0, cancellation);
                return new SearchListing(prepared.request(), first.result(),
                        new SnapshotPages(searched, snapshot, prepared, first.last()));
            });
        });
    }

    /** The parse failure of a query is the user's; it must come out as itself, not wrapped. */
    @FunctionalInterface
    private interface ParsedWork<T> {
        T apply(ArticleIndex index) throws IOException, InvalidQueryException;
    }

    private <T> T parsedAndRun(SearchRequest request, ParsedWork<T> work) throws InvalidQueryException, IOException {
        language.parse(request.query(), request.whileTyping());
        try {
            return onCurrentIndex(searched -> {
                try {
                    return work.apply(searched);
                } catch (InvalidQueryException e) {
                    throw new IllegalStateException("the query parsed a moment ago", e);
                }
            });
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException(QueryLanguage.TOO_MANY_TERMS, e);
        }
    }

    private static FacetingCollector.Filters filters(SearchRequest request) {
        return new FacetingCollector.Filters(
                epochDay(request.from(), Integer.MIN_VALUE),
                epochDay(request.to(), Integer.MAX_VALUE),
                keys(request.authors()), keys(request.sources()),
                request.tags().stream().map(Marks::tagKey).collect(Collectors.toUnmodifiableSet()));
    }

    private static Set<String> keys(Set<String> names) {
        return names.stream().map(ArticleDocuments::facetKey).collect(Collectors.toUnmodifiableSet());
    }

    /** A date as days since 1970; a date beyond what an int holds is as good as unbounded. */
    private static int epochDay(LocalDate date, int unbounded) {
        return date == null ? unbounded
                : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, date.toEpochDay()));
    }

    /**
     * A first page and where it ends.
     *
     * @param last the last hit of the page when it is full, where the next page starts; else null
     */
    private record FirstPage(SearchResult result, FieldDoc last) {
    }

    /**
     * The total, the facets and the hits from {@code offset} on, counted in one pass over every match; with a
     * phrase ranked by relevance, the hits come from a second pass ({@link #best}).
     */
    private static FirstPage firstResult(IndexSearcher searcher, Prepared prepared, int offset,
                                            Cancellation cancellation) throws IOException {
        SearchRequest request = prepared.request();
        int wanted = atMostEveryDocument(searcher, (long) offset + request.limit());
        int[] days = dayRange(searcher);
        FacetingCollector.Facets facets = new FacetingCollector.Facets(
                request.facetScope() == SearchRequest.FacetScope.OTHER_FILTERS, days[0], days[1] - days[0] + 1);
        Sort ranked = prepared.ranking() == null ? prepared.sort() : null;
        FacetingCollectorManager.Collected collected = searcher.search(
                prepared.counted(ranked != null && ranked.needsScores()), FacetingCollectorManager
                .counting(ranked, wanted, prepared.filters(),
                        prepared.marked(), prepared.collapse(), facets, cancellation));
        ScoreDoc[] found = prepared.ranking() == null ? collected.top().scoreDocs
                : best(searcher, prepared, wanted, null, cancellation);
        ScoreDoc[] page = Arrays.copyOfRange(found, Math.min(offset, found.length),
                (int) Math.min((long) offset + request.limit(), found.length));
        FieldDoc last = page.length == request.limit() && page.length > 0 ? (FieldDoc) page[page.length - 1] : null;
        boolean collapsed = prepared.collapse() != null;
        return new FirstPage(new SearchResult(collapsed ? prepared.articles() : collected.total(),
                hits(searcher, prepared, page, cancellation),
                ResultParts.counted(collected.authorCounts(), AuthorCount::new),
                ResultParts.counted(collected.sourceCounts(), SourceCount::new),
                ResultParts.counted(collected.tagCounts(), TagCount::new),
                Timeline.of(collected.countsByDay()), collapsed ? collected.total() : -1), last);
    }

    /**
     * How many hits to collect for {@code wanted}: never more than the index has documents, so that a limit of
     * two billion allocates for the archive, not for the number.
     */
    private static int atMostEveryDocument(IndexSearcher searcher, long wanted) {
        return (int) Math.max(1, Math.min(wanted, searcher.getIndexReader().maxDoc()));
    }

    /**
     * The best {@code count} matches that pass the filters, after {@code after} when given, without counting
     * anything else, so that Lucene can skip articles that cannot make the page. Ranked by the same query as
     * the list's first page, so that pages follow on from each other exactly.
     */
    private static ScoreDoc[] best(IndexSearcher searcher, Prepared prepared, int count, FieldDoc after,
                                   Cancellation cancellation) throws IOException {
        Query ranking = withinDates(prepared.ranking() != null ? prepared.ranking() : prepared.query(),
                prepared.filters());
        return searcher.search(ranking, FacetingCollectorManager.page(prepared.sort(), count, after,
                prepared.filters(), prepared.marked(), prepared.collapse(), cancellation)).top().scoreDocs;
    }

    /**
     * A query that also asks for the date range, where a page's pass may use it: Lucene then looks at an article's
     * date before the positions of a phrase's words, the costly part of a phrase, instead of the collector turning
     * it away after. The same articles pass (the collector keeps its filter), ranked by the same scores.
     */
    private static Query withinDates(Query query, FacetingCollector.Filters filters) {
        if (!filters.hasDates()) {
            return query;
        }
        Query dates = new IndexOrDocValuesQuery(IntPoint.newRangeQuery(IndexSchema.DAY, filters.fromDay(),
                filters.toDay()), NumericDocValuesField.newSlowRangeQuery(IndexSchema.DAY, filters.fromDay(),
                filters.toDay()));
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(dates, BooleanClause.Occur.FILTER).build();
    }

    /** The hits of a page, with scores and snippets. */
    private static List<SearchHit> hits(IndexSearcher searcher, Prepared prepared, ScoreDoc[] page,
                                        Cancellation cancellation) throws IOException {
        if (cancellation.isCancelled()) {
            throw new SearchCancelledException();
        }
        if (prepared.textQuery() != null) {
            scores(page, searcher, prepared.query(), prepared.request().effectiveSort());
        }
        return hits(searcher, page, prepared.textQuery(), prepared.marked(), prepared.stories());
    }

    /**
     * The later pages of one list, all from the snapshot of the index its first page came from. A page
     * follows on from the last hit of the page before it ({@code searchAfter}), so it costs one page however
     * deep in the list it is; a page far from any page seen yet is found by ranking what lies between.
     */
    private static final class SnapshotPages implements SearchListing.Pages {
        private final ArticleIndex index;
        private final long snapshot;
        private final Prepared prepared;
        private final int pageSize;
        /** The last hit of each page fetched so far, where the next page starts. */
        private final ConcurrentSkipListMap<Integer, FieldDoc> lastOfPage = new ConcurrentSkipListMap<>();

        /** @param endOfFirstPage the last hit of the first page, or null when it was not full */
        SnapshotPages(ArticleIndex index, long snapshot, Prepared prepared, FieldDoc endOfFirstPage) {
            this.index = index;
            this.snapshot = snapshot;
            this.prepared = prepared;
            this.pageSize = Math.max(1, prepared.request().limit());
            if (endOfFirstPage != null) {
                lastOfPage.put(0, endOfFirstPage);
            }
        }

        @Override
        public List<SearchHit> page(int page, Cancellation cancellation) throws IOException {
            return index.withSnapshot(snapshot, searcher -> {
                Map.Entry<Integer, FieldDoc> before = lastOfPage.lowerEntry(page);
                int from = before == null ? 0 : before.getKey() + 1;
                FieldDoc after = before == null ? null : before.getValue();
                ScoreDoc[] found = best(searcher, prepared,
                        atMostEveryDocument(searcher, (long) (page - from + 1) * pageSize), after, cancellation);
                for (int at = from; at <= page; at++) {
                    long last = (long) (at - from + 1) * pageSize - 1;
                    if (last < found.length) {
                        lastOfPage.put(at, (FieldDoc) found[(int) last]);
                    }
                }
                int start = (int) Math.min(found.length, (long) (page - from) * pageSize);
                return hits(searcher, prepared, Arrays.copyOfRange(found, start, found.length), cancellation);
            });
        }
    }

    /**
     * Scoring a phrase means counting every occurrence in every matching article, while counting the matches
     * only needs one each; for a phrase of common words that is most of a search's time. So with a phrase, the
     * counts are taken without scores, and the pages are ranked in a pass of their own that ranks phrases by
     * their words ({@link PhraseRanking}), in which Lucene skips articles that cannot make the page as soon as
     * it is full (the counting pass has counted them all already).
     */
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
    private static List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] page, Query textQuery, MarkedDocs marked,
                                        Stories stories) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        MatchFinder matches = textQuery == null ? null : new MatchFinder(searcher, textQuery);
        int runs = Math.min(CORES, page.length);
        List<Callable<List<SearchHit>>> tasks = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            ScoreDoc[] part = Arrays.copyOfRange(page, run * page.length / runs, (run + 1) * page.length / runs);
            tasks.add(() -> hits(searcher, part, matches, textQuery != null, marked, stories));
        }
        List<SearchHit> hits = new ArrayList<>(page.length);
        searcher.getTaskExecutor().invokeAll(tasks).forEach(hits::addAll);
        return hits;
    }

    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());

    private static List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] part, MatchFinder matches, boolean scored,
                                        MarkedDocs marked, Stories stories) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
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
                    !scored || Float.isNaN(hit.score) ? null : hit.score,
                    document.get(IndexSchema.FILE),
                    document.get(IndexSchema.FINGERPRINT),
                    marksOf(marked, leaves, hit.doc),
                    versionsOf(stories, leaves, hit.doc),
                    document.get(IndexSchema.SOURCE)));
        }
        return hits;
    }

    private static int versionsOf(Stories stories, List<LeafReaderContext> leaves, int doc) {
        if (stories.count() == 0) {
            return 1;
        }
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        return stories.versionsOf(leaf, doc - leaf.docBase);
    }

    private static Marks marksOf(MarkedDocs marked, List<LeafReaderContext> leaves, int doc) {
        if (marked.isEmpty()) {
            return Marks.NONE;
        }
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        return marked.marksOf(leaf, doc - leaf.docBase);
    }

    @Override
    public Optional<HighlightedArticle> read(String id, String query, boolean whileTyping)
            throws InvalidQueryException, IOException {
        Query textQuery = query.isBlank() ? null : language.parse(query, whileTyping);
        return onCurrentIndex(searched -> searched.withSearcher(searcher -> {
            ScoreDoc[] found = searcher.search(byId(id), 1).scoreDocs;
            if (found.length == 0) {
                return Optional.empty();
            }
            int doc = found[0].doc;
            Document stored = searcher.storedFields().document(doc);
            Article article = ArticleDocuments.toArticle(stored);
            MarkedDocs marked = markedDocs(searcher);
            ArticleMatches matches = textQuery == null
                    ? ArticleMatches.none(article.paragraphs().size())
                    : matchesIn(searcher, resolvedIn(searcher, textQuery, marked), doc, article);
            return Optional.of(new HighlightedArticle(article, matches, stored.get(IndexSchema.FILE),
                    stored.get(IndexSchema.FINGERPRINT), marksOf(marked, searcher.getIndexReader().leaves(), doc)));
        }));
    }

    /**
     * The articles whose text is most like this one's, best first, never the article itself. Words are
     * weighed as in relevance ranking, so what two articles share that few others have counts most.
     */
    @Override
    public List<SimilarArticle> similarTo(String id, int limit) throws IOException {
        return onCurrentIndex(searched -> searched.withSearcher(searcher -> {
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
            BooleanQuery.Builder similar = new BooleanQuery.Builder()
                    .add(like.like(found[0].doc), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.MUST_NOT);
            // Its own versions are listed as such; as "similar articles" they would only crowd out the others.
            long story = Stories.keyOf(searcher.getIndexReader(), found[0].doc);
            if (story > 0) {
                similar.add(NumericDocValuesField.newSlowExactQuery(IndexSchema.STORY, story), BooleanClause.Occur.MUST_NOT);
            }
            StoredFields stored = searcher.storedFields();
            List<SimilarArticle> articles = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(similar.build(), limit).scoreDocs) {
                Document document = stored.document(hit.doc, SIMILAR_FIELDS);
                articles.add(new SimilarArticle(document.get(IndexSchema.ID), document.get(IndexSchema.TITLE),
                        ArticleDocuments.date(document, IndexSchema.PUBLISHED)
                                .or(() -> ArticleDocuments.date(document, IndexSchema.UPDATED)).orElse(null)));
            }
            return articles;
        }));
    }

    @Override
    public List<Version> versionsOf(String id) throws IOException {
        return onCurrentIndex(searched -> searched.withSearcher(searcher -> {
            ScoreDoc[] found = searcher.search(byId(id), 1).scoreDocs;
            if (found.length == 0) {
                return List.of();
            }
            long key = Stories.keyOf(searcher.getIndexReader(), found[0].doc);
            if (key <= 0) {
                return List.of();
            }
            StoredFields stored = searcher.storedFields();
            int[] own = Shingles.of(ArticleDocuments.toArticle(stored.document(found[0].doc)));
            List<Version> versions = new ArrayList<>();
            Query members = new BooleanQuery.Builder()
                    .add(NumericDocValuesField.newSlowExactQuery(IndexSchema.STORY, key), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.MUST_NOT)
                    .build();
            for (ScoreDoc member : searcher.search(members, MAX_VERSIONS).scoreDocs) {
                Document document = stored.document(member.doc);
                Article version = ArticleDocuments.toArticle(document);
                versions.add(new Version(version.id(), version.title(), version.published(), version.updated(),
                        document.get(IndexSchema.FILE), Shingles.jaccard(own, Shingles.of(version))));
            }
            versions.sort(Comparator.comparingDouble(Version::similarity).reversed()
                    .thenComparing(Version::id));
            return versions;
        }));
    }

    /** A story with more versions than this is boilerplate gone wild; the reader lists this many. */
    private static final int MAX_VERSIONS = 200;

    @Override
    public Optional<List<WordDiff.Piece>> compare(String firstId, String secondId) throws IOException {
        return onCurrentIndex(searched -> searched.withSearcher(searcher -> {
            ScoreDoc[] first = searcher.search(byId(firstId), 1).scoreDocs;
            ScoreDoc[] second = searcher.search(byId(secondId), 1).scoreDocs;
            if (first.length == 0 || second.length == 0) {
                return Optional.empty();
            }
            StoredFields stored = searcher.storedFields();
            return Optional.of(WordDiff.between(comparedText(stored.document(first[0].doc)),
                    comparedText(stored.document(second[0].doc))));
        }));
    }

    private static String comparedText(Document document) {
        return ResultParts.comparedText(ArticleDocuments.toArticle(document));
    }

    /** The fingerprint of each of these ids that is an article now; the others are left out. */
    public Map<String, String> fingerprintsOf(Collection<String> ids) throws IOException {
        return onCurrentIndex(searched -> searched.withSearcher(searcher -> {
            Map<String, String> found = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            for (String id : ids) {
                ScoreDoc[] hit = searcher.search(byId(id), 1).scoreDocs;
                if (hit.length > 0) {
                    found.put(id, stored.document(hit[0].doc, LOCATING_FIELDS).get(IndexSchema.FINGERPRINT));
                }
            }
            return found;
        }));
    }

    /** For each of these fingerprints that some article has now, that article's id (the first by id). */
    public Map<String, String> idsWithFingerprints(Collection<String> fingerprints) throws IOException {
        return onCurrentIndex(searched -> searched.withSearcher(searcher -> {
            Map<String, String> found = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            Sort byId = new Sort(new SortField(IndexSchema.ID, SortField.Type.STRING));
            for (String fingerprint : fingerprints) {
                Query query = new TermQuery(new Term(IndexSchema.FINGERPRINT, fingerprint));
                ScoreDoc[] hit = searcher.search(query, 1, byId).scoreDocs;
                if (hit.length > 0) {
                    found.put(fingerprint, stored.document(hit[0].doc, LOCATING_FIELDS).get(IndexSchema.ID));
                }
            }
            return found;
        }));
    }

    @Override
    public int eachMatch(SearchRequest request, ArticleSink sink, Cancellation cancellation)
            throws InvalidQueryException, IOException {
        return parsedAndRun(request, searched -> {
            Prepared parsed = prepare(request.withPage(0, EXPORT_CHUNK), searched);
            return searched.withSearcher(searcher -> {
                Prepared prepared = ready(searcher, parsed, cancellation);
                int total = searcher.search(prepared.counted(false), FacetingCollectorManager.counting(null, 1,
                        prepared.filters(), prepared.marked(), prepared.collapse(), null, cancellation)).total();
                sink.begin(total);
                int sent = 0;
                FieldDoc after = null;
                while (sent < total) {
                    ScoreDoc[] chunk = best(searcher, prepared, EXPORT_CHUNK, after, cancellation);
                    if (chunk.length == 0) {
                        break;
                    }
                    for (ScoreDoc hit : chunk) {
                        if (cancellation.isCancelled()) {
                            throw new SearchCancelledException();
                        }
                        sink.accept(found(searcher, hit.doc, prepared.marked()));
                    }
                    sent += chunk.length;
                    after = (FieldDoc) chunk[chunk.length - 1];
                }
                return sent;
            });
        });
    }

    @Override
    public int eachArticle(List<String> ids, ArticleSink sink, Cancellation cancellation) throws IOException {
        return onCurrentIndex(searched -> searched.withSearcher(searcher -> {
            MarkedDocs marked = markedDocs(searcher);
            sink.begin(ids.size());
            int sent = 0;
            for (String id : ids) {
                if (cancellation.isCancelled()) {
                    throw new SearchCancelledException();
                }
                ScoreDoc[] hit = searcher.search(byId(id), 1).scoreDocs;
                if (hit.length > 0) {
                    sink.accept(found(searcher, hit[0].doc, marked));
                    sent++;
                }
            }
            return sent;
        }));
    }

    private static FoundArticle found(IndexSearcher searcher, int doc, MarkedDocs marked) throws IOException {
        Document stored = searcher.storedFields().document(doc);
        return new FoundArticle(ArticleDocuments.toArticle(stored), stored.get(IndexSchema.FILE),
                marksOf(marked, searcher.getIndexReader().leaves(), doc));
    }

    private static Query byId(String id) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
    }

    /** The parts of a parsed query that depend on the index and the marks, as they are in this searcher's. */
    private static Query resolvedIn(IndexSearcher searcher, Query query, MarkedDocs docs) {
        return StoryOfQuery.resolved(MarkQuery.resolved(query, docs), searcher);
    }

    private static ArticleMatches matchesIn(IndexSearcher searcher, Query query, int doc, Article article)
            throws IOException {
        return new MatchFinder(searcher, query).in(doc, article);
    }
}
