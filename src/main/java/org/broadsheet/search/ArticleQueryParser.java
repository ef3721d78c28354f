package org.broadsheet.search;

import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.broadsheet.index.IndexSchema;

/**
 * Lucene's classic query syntax over the article fields. A user names logical fields (all text,
 * {@code title:}, {@code author:}); this parser sends each part of the query to the physical fields that can
 * answer it: plain words to the stemmed fields, quoted phrases, prefixes, wildcards and fuzzy words to the
 * unstemmed ones. Not thread-safe: make one per query.
 */
final class ArticleQueryParser extends QueryParser {

    /** The logical field of words typed without a field name: title, text and byline together. */
    static final String ALL_TEXT = "_all";
    static final String TITLE = "title";
    static final String AUTHOR = "author";

    /** A title match must outrank body-only matches, whose scores BM25 saturates well below this. */
    static final float TITLE_BOOST = 10f;

    private record Target(String field, float boost) {
    }

    ArticleQueryParser(Analyzer analyzer) {
        super(ALL_TEXT, analyzer);
        setDefaultOperator(Operator.AND);
        setAllowLeadingWildcard(false);
        setAutoGeneratePhraseQueries(false);
        setSplitOnWhitespace(true);
        setFuzzyPrefixLength(1);
    }

    private static List<Target> stemmedTargets(String field) {
        return switch (field) {
            case ALL_TEXT -> List.of(new Target(IndexSchema.TITLE, TITLE_BOOST), new Target(IndexSchema.TEXT, 1f),
                    new Target(IndexSchema.AUTHOR, 1f));
            case TITLE -> List.of(new Target(IndexSchema.TITLE, 1f));
            case AUTHOR -> List.of(new Target(IndexSchema.AUTHOR, 1f));
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static List<Target> exactTargets(String field) {
        return switch (field) {
            case ALL_TEXT -> List.of(new Target(IndexSchema.TITLE_EXACT, TITLE_BOOST),
                    new Target(IndexSchema.TEXT_EXACT, 1f), new Target(IndexSchema.AUTHOR, 1f));
            case TITLE -> List.of(new Target(IndexSchema.TITLE_EXACT, 1f));
            case AUTHOR -> List.of(new Target(IndexSchema.AUTHOR, 1f));
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static boolean isKnownField(String field) {
        return field.equals(ALL_TEXT) || field.equals(TITLE) || field.equals(AUTHOR);
    }

    /** A field name the user typed, in the case the parser compares. */
    private static String logical(String field) {
        return field.toLowerCase(Locale.ROOT);
    }

    @FunctionalInterface
    private interface FieldQuery {
        Query on(String physicalField) throws ParseException;
    }

    /** The query answered by any of the targets, each with its boost; null when no target yields a query. */
    private static Query anyOf(List<Target> targets, FieldQuery perField) throws ParseException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        Query single = null;
        for (Target target : targets) {
            Query query = perField.on(target.field());
            if (query == null) {
                continue;
            }
            if (target.boost() != 1f) {
                query = new BoostQuery(query, target.boost());
            }
            any.add(query, BooleanClause.Occur.SHOULD);
            single = query;
            clauses++;
        }
        return clauses == 0 ? null : clauses == 1 ? single : any.build();
    }

    /**
     * Text after an unknown field name ({@code Update: talks}, {@code http://…}) is searched as words, with the
     * field name among them, rather than against a field that does not exist.
     */
    private Query unknownFieldAsWords(String field, Query rest) throws ParseException {
        Query fieldWord = getFieldQuery(ALL_TEXT, field, false);
        if (fieldWord == null) {
            return rest;
        }
        if (rest == null) {
            return fieldWord;
        }
        return new BooleanQuery.Builder()
                .add(fieldWord, BooleanClause.Occur.MUST)
                .add(rest, BooleanClause.Occur.MUST)
                .build();
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        String name = logical(field);
        if (!isKnownField(name)) {
            return unknownFieldAsWords(field, getFieldQuery(ALL_TEXT, queryText, quoted));
        }
        List<Target> targets = quoted ? exactTargets(name) : stemmedTargets(name);
        return anyOf(targets, physical -> super.getFieldQuery(physical, queryText, quoted));
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return withSlop(getFieldQuery(field, queryText, true), slop);
    }

    private static Query withSlop(Query query, int slop) {
        if (query instanceof PhraseQuery phrase) {
            PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(slop);
            org.apache.lucene.index.Term[] terms = phrase.getTerms();
            int[] positions = phrase.getPositions();
            for (int i = 0; i < terms.length; i++) {
                builder.add(terms[i], positions[i]);
            }
            return builder.build();
        }
        if (query instanceof MultiPhraseQuery multiPhrase) {
            return new MultiPhraseQuery.Builder(multiPhrase).setSlop(slop).build();
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(withSlop(boost.getQuery(), slop), boost.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool.clauses()) {
                builder.add(withSlop(clause.getQuery(), slop), clause.getOccur());
            }
            return builder.build();
        }
        return query;
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        String name = logical(field);
        if (!isKnownField(name)) {
            return unknownFieldAsWords(field, getPrefixQuery(ALL_TEXT, termStr));
        }
        return anyOf(exactTargets(name), physical -> super.getPrefixQuery(physical, termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        String name = logical(field);
        if (!isKnownField(name)) {
            return unknownFieldAsWords(field, getWildcardQuery(ALL_TEXT, termStr));
        }
        return anyOf(exactTargets(name), physical -> super.getWildcardQuery(physical, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        String name = logical(field);
        if (!isKnownField(name)) {
            return unknownFieldAsWords(field, getFuzzyQuery(ALL_TEXT, termStr, minSimilarity));
        }
        return anyOf(exactTargets(name), physical -> super.getFuzzyQuery(physical, termStr, minSimilarity));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new UnsupportedSyntaxException("Regular expressions are not supported: put text with / in quotes.");
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        throw new UnsupportedSyntaxException("Ranges like [a TO b] are not supported: use the date filter for dates.");
    }

    /** Syntax the classic parser knows but Broadsheet does not offer, with what to do instead. */
    static final class UnsupportedSyntaxException extends ParseException {
        UnsupportedSyntaxException(String message) {
            super(message);
        }
    }
}
