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

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
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

    private final ArticleIndex index;
    private final QueryLanguage language = new QueryLanguage();
    private final Analyzer analyzer = Analysis.perField();

    public ArticleSearcher(ArticleIndex index) {
        this.index = index;
    }

    /**
     * @throws InvalidQueryException when the query cannot be run; its message is for the user
     */
    public SearchResult search(SearchRequest request) throws InvalidQueryException, IOException {
        Query textQuery = language.parse(request.query(), request.whileTyping());
        Query query = new BooleanQuery.Builder()
                .add(textQuery, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
        try {
            return index.withSearcher(searcher -> search(searcher, request, textQuery, query));
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
        TopFieldCollector top = new TopFieldCollectorManager(sortFor(request.effectiveSort()), wanted, null,
                Integer.MAX_VALUE).newCollector();
        int[] days = dayRange(searcher);
        FacetingCollector collector = new FacetingCollector(top, filters(request),
                request.facetScope() == SearchRequest.FacetScope.OTHER_FILTERS, days[0], days[1] - days[0] + 1);
        searcher.search(query, collector);
        ScoreDoc[] collected = top.topDocs().scoreDocs;
        ScoreDoc[] page = Arrays.copyOfRange(collected, Math.min(request.offset(), collected.length),
                Math.min(request.offset() + request.limit(), collected.length));
        if (request.hasQuery()) {
            TopFieldCollector.populateScores(page, searcher, query);
        }
        return new SearchResult(collector.total(), hits(searcher, page, request.hasQuery() ? textQuery : null),
                authorCounts(collector.authorCounts()),
                Timeline.of(LocalDate.ofEpochDay(collector.firstDay()), collector.countsByDay()));
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

    private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] page, Query textQuery) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
        Map<String, Object[]> highlights = textQuery == null ? Map.of()
                : new ArticleHighlighter(searcher, analyzer).snippets(textQuery, docIds);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document document = stored.document(page[i].doc, HIT_FIELDS);
            Snippet snippet = highlightAt(highlights, IndexSchema.TEXT, i, Snippet.class)
                    .orElseGet(() -> openingSnippet(document));
            @SuppressWarnings("unchecked")
            List<TextRange> titleMatches = highlightAt(highlights, IndexSchema.TITLE, i, List.class).orElse(List.of());
            hits.add(new SearchHit(
                    document.get(IndexSchema.ID),
                    document.get(IndexSchema.TITLE),
                    titleMatches,
                    document.get(IndexSchema.AUTHOR),
                    ArticleDocuments.date(document, IndexSchema.PUBLISHED).orElse(null),
                    ArticleDocuments.date(document, IndexSchema.UPDATED).orElse(null),
                    snippet,
                    textQuery == null || Float.isNaN(page[i].score) ? null : page[i].score));
        }
        return hits;
    }

    private static <T> Optional<T> highlightAt(Map<String, Object[]> highlights, String field, int i, Class<T> type) {
        Object[] perDoc = highlights.get(field);
        return perDoc == null ? Optional.empty() : Optional.ofNullable(perDoc[i]).filter(type::isInstance).map(type::cast);
    }

    /** Without a query, a result shows how its text begins. */
    private static Snippet openingSnippet(Document document) {
        IndexableField first = document.getField(IndexSchema.TEXT);
        if (first == null) {
            return Snippet.plain("");
        }
        String text = first.stringValue().replace('\n', ' ');
        if (text.length() <= SnippetFormatter.MAX_LENGTH) {
            return Snippet.plain(text);
        }
        int cut = text.lastIndexOf(' ', SnippetFormatter.MAX_LENGTH);
        return Snippet.plain(text.substring(0, cut > 0 ? cut : SnippetFormatter.MAX_LENGTH) + "…");
    }

    /**
     * The article with this id and where {@code query} matches it, for the reader.
     *
     * @throws InvalidQueryException when the query cannot be run
     */
    public Optional<HighlightedArticle> read(String id, String query, boolean whileTyping)
            throws InvalidQueryException, IOException {
        Query textQuery = query.isBlank() ? null : language.parse(query, whileTyping);
        return index.withSearcher(searcher -> {
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
        return index.withSearcher(searcher -> {
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
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        if (matches == null) {
            return ArticleMatches.none(article.paragraphs().size());
        }
        List<TextRange> title = TextRanges.merged(offsets(matches, IndexSchema.TITLE, IndexSchema.TITLE_EXACT));
        List<TextRange> inText = TextRanges.merged(offsets(matches, IndexSchema.TEXT, IndexSchema.TEXT_EXACT));
        List<String> texts = new ArrayList<>();
        if (article.standfirst() != null) {
            texts.add(article.standfirst());
        }
        texts.addAll(article.paragraphs());
        List<List<TextRange>> perText = splitByValue(inText, texts);
        List<TextRange> standfirst = article.standfirst() != null ? perText.remove(0) : List.of();
        return new ArticleMatches(title, standfirst, perText);
    }

    private static List<TextRange> offsets(Matches matches, String... fields) throws IOException {
        List<TextRange> ranges = new ArrayList<>();
        for (String field : fields) {
            MatchesIterator iterator = matches.getMatches(field);
            while (iterator != null && iterator.next()) {
                if (iterator.startOffset() >= 0 && iterator.endOffset() >= iterator.startOffset()) {
                    ranges.add(new TextRange(iterator.startOffset(), iterator.endOffset()));
                }
            }
        }
        return ranges;
    }

    /**
     * Offsets into a multi-valued field count each value's length plus Lucene's offset gap of one between
     * values; this turns them back into offsets within each value.
     */
    private static List<List<TextRange>> splitByValue(List<TextRange> ranges, List<String> values) {
        List<List<TextRange>> perValue = new ArrayList<>();
        int valueStart = 0;
        for (String value : values) {
            int valueEnd = valueStart + value.length();
            List<TextRange> inValue = new ArrayList<>();
            for (TextRange range : ranges) {
                int start = Math.max(range.start(), valueStart);
                int end = Math.min(range.end(), valueEnd);
                if (start < end) {
                    inValue.add(new TextRange(start - valueStart, end - valueStart));
                }
            }
            perValue.add(inValue);
            valueStart = valueEnd + 1;
        }
        return perValue;
    }
}
