package org.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.broadsheet.index.Analysis;
import org.broadsheet.index.IndexSchema;

/**
 * Lucene's classic query syntax over the article fields. A user names logical fields (all text,
 * {@code title:}, {@code author:}); this parser looks each part of the query up in the fields that can answer
 * it, and in the right form: a plain word as its stem (the word itself, or the marked stem that the index
 * keeps beside words that stemming changes), a quoted phrase as the words written, prefixes, wildcards and
 * fuzzy words as written. Not thread-safe: make one per query.
 */
final class ArticleQueryParser extends QueryParser {

    /** The logical field of words typed without a field name: title, text and byline together. */
    static final String ALL_TEXT = "_all";
    static final String TITLE = "title";
    static final String AUTHOR = "author";
    static final String SOURCE = "source";
    /** The user's marks: {@code tag:kerala}, {@code is:starred}, {@code has:note}, {@code note:source}. */
    static final String TAG = "tag";
    static final String IS = "is";
    static final String HAS = "has";
    static final String NOTE = "note";
    static final Set<String> MARK_FIELDS = Set.of(TAG, IS, HAS, NOTE);
    /** Every version of an article's story: {@code versions:"2021/kerala-floods"}. */
    static final String VERSIONS = "versions";

    /** A title match must outrank body-only matches, whose scores BM25 saturates well below this. */
    static final float TITLE_BOOST = 10f;
    /** A fuzzy word's first letter must be right: it keeps the lookup fast and marked stems out of reach. */
    static final int FUZZY_PREFIX = 1;

    private record Target(String field, float boost) {
    }

    ArticleQueryParser(Analyzer analyzer) {
        super(ALL_TEXT, analyzer);
        // A prefix or wildcard matches every article that holds any of its words, in one set of documents built
        // from their postings: a short prefix of a million articles expands to words found in nearly all of
        // them, and walking those words side by side (the blended default) took 80-130 ms where this takes 60-70.
        setMultiTermRewriteMethod(MultiTermQuery.CONSTANT_SCORE_REWRITE);
        setDefaultOperator(Operator.AND);
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(true);
        setFuzzyPrefixLength(FUZZY_PREFIX);
    }

    private static List<Target> targets(String logicalField) {
        return switch (logicalField) {
            case ALL_TEXT -> List.of(new Target(IndexSchema.TITLE, TITLE_BOOST), new Target(IndexSchema.TEXT, 1f),
                    new Target(IndexSchema.AUTHOR, 1f));
            case TITLE -> List.of(new Target(IndexSchema.TITLE, 1f));
            case AUTHOR -> List.of(new Target(IndexSchema.AUTHOR, 1f));
            case SOURCE -> List.of(new Target(IndexSchema.SOURCE, 1f));
            default -> throw new IllegalArgumentException(logicalField);
        };
    }

    private static boolean isKnownField(String field) {
        return field.equals(ALL_TEXT) || field.equals(TITLE) || field.equals(AUTHOR) || field.equals(SOURCE);
    }

    /** A condition on marks, for a field of {@link #MARK_FIELDS}. */
    private Query markQuery(String field, String value, boolean prefix) throws ParseException {
        String text = value.strip();
        String word = text.toLowerCase(Locale.ROOT);
        switch (field) {
            case TAG -> {
                return MarkQuery.of(MarkCondition.tag(text, prefix));
            }
            case IS -> {
                return switch (prefix ? "" : word) {
                    case "starred", "star" -> MarkQuery.of(MarkCondition.of(MarkCondition.Kind.STARRED));
                    case "unstarred" -> everythingBut(MarkCondition.Kind.STARRED);
                    case "read" -> MarkQuery.of(MarkCondition.of(MarkCondition.Kind.READ));
                    case "unread" -> everythingBut(MarkCondition.Kind.READ);
                    default -> throw new UnsupportedSyntaxException(
                            "is: takes starred, unstarred, read or unread, as in is:starred.");
                };
            }
            case HAS -> {
                return switch (prefix ? "" : word) {
                    case "note", "notes" -> MarkQuery.of(MarkCondition.of(MarkCondition.Kind.HAS_NOTE));
                    case "tag", "tags" -> MarkQuery.of(MarkCondition.of(MarkCondition.Kind.HAS_TAG));
                    default -> throw new UnsupportedSyntaxException("has: takes note or tag, as in has:note.");
                };
            }
            default -> {
                if (prefix) {
                    throw new UnsupportedSyntaxException("note: takes whole words, as in note:source.");
                }
                List<Set<String>> forms = new ArrayList<>();
                for (Word typed : words(IndexSchema.TEXT, text)) {
                    forms.add(new HashSet<>(List.of(typed.written(), typed.root(), Analysis.STEM_MARK + typed.root())));
                }
                return forms.isEmpty() ? null
                        : MarkQuery.of(new MarkCondition(MarkCondition.Kind.NOTE, text, forms));
            }
        }
    }

    /** Every article but those meeting the condition: {@code is:unread} is every article not read. */
    private static Query everythingBut(MarkCondition.Kind kind) {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                .add(MarkQuery.of(MarkCondition.of(kind)), BooleanClause.Occur.MUST_NOT)
                .build();
    }

    private static UnsupportedSyntaxException notForMarks(String field) {
        return new UnsupportedSyntaxException(field + ": takes a name or a word, not * ? or ~ inside it.");
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
        if (MARK_FIELDS.contains(name)) {
            return markQuery(name, queryText, false);
        }
        if (name.equals(VERSIONS)) {
            return queryText.isBlank() ? null : new StoryOfQuery(queryText.strip());
        }
        if (!isKnownField(name)) {
            return unknownFieldAsWords(field, getFieldQuery(ALL_TEXT, queryText, quoted));
        }
        return anyOf(targets(name), physical -> {
            List<Word> words = words(physical, queryText);
            return quoted ? phrase(physical, words) : allWords(physical, words);
        });
    }

    /** A word of the query as the field's analysis saw it: as written, and its stem when that differs. */
    private record Word(int position, String written, String stem) {
        /** What a plain word is looked up as: its stem, or itself when stemming left it as it was. */
        String root() {
            return stem != null ? stem : written;
        }
    }

    private List<Word> words(String field, String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = getAnalyzer().tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                String token = term.toString();
                if (!token.isEmpty() && token.charAt(0) == Analysis.STEM_MARK && !words.isEmpty()) {
                    Word last = words.remove(words.size() - 1);
                    words.add(new Word(last.position(), last.written(), token.substring(1)));
                } else {
                    words.add(new Word(position, token, null));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query string cannot fail", e);
        }
        return words;
    }

    /**
     * Every word, in any form: in a field with stems, a word is found as its root written out (a word that is
     * its own stem) or as the marked stem of the words that stem to it; so {@code sanction} finds
     * {@code sanction}, {@code sanctions} and {@code sanctioned}. Words split from one typed word (such as
     * {@code U.S.-based}) must all match.
     */
    private static Query allWords(String field, List<Word> words) {
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Word word : words) {
            all.add(anyForm(field, word), BooleanClause.Occur.MUST);
        }
        return words.size() == 1 ? anyForm(field, words.get(0)) : all.build();
    }

    private static Query anyForm(String field, Word word) {
        if (!Analysis.hasStems(field)) {
            return new TermQuery(new Term(field, word.written()));
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(field, word.root())), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(field, Analysis.STEM_MARK + word.root())), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** The words as written, next to each other in this order. */
    private static Query phrase(String field, List<Word> words) {
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1) {
            return new TermQuery(new Term(field, words.get(0).written()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (Word word : words) {
            phrase.add(new Term(field, word.written()), word.position());
        }
        return phrase.build();
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        return withSlop(getFieldQuery(field, queryText, true), slop);
    }

    private static Query withSlop(Query query, int slop) {
        return QueryTrees.mapLeaves(query, true, leaf -> {
            if (leaf instanceof PhraseQuery phrase) {
                PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(slop);
                Term[] terms = phrase.getTerms();
                int[] positions = phrase.getPositions();
                for (int i = 0; i < terms.length; i++) {
                    builder.add(terms[i], positions[i]);
                }
                return builder.build();
            }
            if (leaf instanceof MultiPhraseQuery multiPhrase) {
                return new MultiPhraseQuery.Builder(multiPhrase).setSlop(slop).build();
            }
            return leaf;
        });
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        String name = logical(field);
        if (MARK_FIELDS.contains(name)) {
            return markQuery(name, termStr, true);
        }
        if (name.equals(VERSIONS)) {
            throw notForMarks(name);
        }
        if (!isKnownField(name)) {
            return unknownFieldAsWords(field, getPrefixQuery(ALL_TEXT, termStr));
        }
        return anyOf(targets(name), physical -> super.getPrefixQuery(physical, termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        String name = logical(field);
        if (MARK_FIELDS.contains(name) || name.equals(VERSIONS)) {
            throw notForMarks(name);
        }
        if (!isKnownField(name)) {
            return unknownFieldAsWords(field, getWildcardQuery(ALL_TEXT, termStr));
        }
        return anyOf(targets(name), physical -> super.getWildcardQuery(physical, termStr));
    }

    /** One Levenshtein automaton for the word, compiled once and shared by every field it is looked up in. */
    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        String name = logical(field);
        if (MARK_FIELDS.contains(name) || name.equals(VERSIONS)) {
            throw notForMarks(name);
        }
        if (!isKnownField(name)) {
            return unknownFieldAsWords(field, getFuzzyQuery(ALL_TEXT, termStr, minSimilarity));
        }
        String word = getAnalyzer().normalize(IndexSchema.TEXT, termStr).utf8ToString();
        if (word.isEmpty()) {
            return null;
        }
        int edits = FuzzyQuery.floatToEdits(minSimilarity, word.codePointCount(0, word.length()));
        CompiledAutomaton automaton = FuzzyQuery.getFuzzyAutomaton(word, edits, FUZZY_PREFIX, true);
        return anyOf(targets(name), physical -> new CompiledTermsQuery(physical, automaton, word + "~" + edits));
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
