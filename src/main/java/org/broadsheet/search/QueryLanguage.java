package org.broadsheet.search;

import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.broadsheet.index.Analysis;
import org.broadsheet.index.CommonWords;

/**
 * The one query language of the window and the command line (see {@code docs/search.md}): turns what a user
 * typed into a Lucene query, or into a one-sentence explanation of what to change. Thread-safe.
 */
public final class QueryLanguage {

    /** Longer input is not a query a person typed; refusing it keeps parsing and matching fast. */
    static final int MAX_QUERY_LENGTH = 1_000;

    private final Analyzer analyzer = Analysis.perField();

    /**
     * @param text        the query as typed
     * @param whileTyping whether the user is still typing, so the last word also matches as a prefix
     * @return the query; a blank text matches every article
     * @throws InvalidQueryException with a message for the user when the text cannot be run
     */
    public Query parse(String text, boolean whileTyping) throws InvalidQueryException {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidQueryException("The query is too long: keep it under "
                    + String.format("%,d", MAX_QUERY_LENGTH) + " characters.");
        }
        Optional<String> syntaxProblem = QuerySyntax.explainProblem(text);
        if (syntaxProblem.isPresent()) {
            throw new InvalidQueryException(syntaxProblem.get());
        }
        String plain = QuerySyntax.plain(text);
        String effective = whileTyping ? QuerySyntax.withLastWordAsPrefix(plain) : plain;
        Query parsed;
        try {
            parsed = new ArticleQueryParser(analyzer).parse(effective);
        } catch (ParseException e) {
            throw new InvalidQueryException(explain(e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException(TOO_MANY_TERMS, e);
        }
        return parsed == null ? new MatchNoDocsQuery("nothing searchable in the query") : withPositiveClause(parsed);
    }

    /**
     * The query as a collection that holds the index's fields runs it, inside Solr: phrases of the collection's
     * common words as its pairs. Marks are the user's own and stories the embedded index's, so a query of them
     * is refused in words.
     *
     * @param commonWords the common words the collection was made with
     * @throws InvalidQueryException with a message for the user when the text cannot be run there
     */
    public Query parseForCollection(String text, boolean whileTyping, CommonWords commonWords)
            throws InvalidQueryException {
        Query query = parse(text, whileTyping);
        boolean[] local = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                local[0] |= leaf instanceof MarkQuery || leaf instanceof StoryOfQuery;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        if (local[0]) {
            throw new InvalidQueryException(LOCAL_ONLY);
        }
        return CommonPairs.rewrite(query, commonWords);
    }

    static final String LOCAL_ONLY = "On a shared archive, tag:, is:, has:, note: and versions: can't be "
            + "searched yet: search its words and dates.";

    static final String TOO_MANY_TERMS = "The query has too many words or matches too many different words: "
            + "make it more specific.";

    /** The classic parser wraps what went wrong; the innermost cause says what the user should change. */
    private static String explain(ParseException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ArticleQueryParser.UnsupportedSyntaxException) {
                return cause.getMessage();
            }
            if (cause instanceof IndexSearcher.TooManyClauses) {
                return TOO_MANY_TERMS;
            }
            if (cause.getMessage() != null && cause.getMessage().contains("not allowed as first character")) {
                return QuerySyntax.LEADING_WILDCARD;
            }
        }
        return "This query can't be read: check its quotes, brackets and AND/OR/NOT.";
    }

    /**
     * Lucene matches nothing for a query of exclusions alone; a person typing {@code -sport} means everything
     * but sport, so such a query, at any depth, gets an everything clause to exclude from.
     */
    static Query withPositiveClause(Query query) {
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean hasPositive = false;
        for (BooleanClause clause : bool.clauses()) {
            builder.add(withPositiveClause(clause.getQuery()), clause.getOccur());
            hasPositive |= clause.getOccur() != BooleanClause.Occur.MUST_NOT;
        }
        if (!hasPositive && !bool.clauses().isEmpty()) {
            builder.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        return builder.build();
    }
}
