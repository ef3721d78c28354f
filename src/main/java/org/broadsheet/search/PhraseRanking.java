package org.broadsheet.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Rewrites a query for ranking a page of results: each phrase becomes its words, scored, with the phrase kept
 * as a filter. The words' scores are known block by block in the index, so Lucene can skip whole blocks of
 * articles that cannot make the page; a phrase's score needs every occurrence of it in every article counted
 * first. Which articles match does not change; an article where the phrase's words are frequent ranks high.
 */
final class PhraseRanking {

    private PhraseRanking() {
    }

    /** What a query excludes stays as it is: it is not scored. */
    static Query rewrite(Query query) {
        return QueryTrees.mapLeaves(query, false, PhraseRanking::byWords);
    }

    private static Query byWords(Query query) {
        if (!(query instanceof PhraseQuery phrase) || phrase.getSlop() != 0 || phrase.getTerms().length < 2) {
            return query;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (Term term : phrase.getTerms()) {
            words.add(new TermQuery(term), BooleanClause.Occur.MUST);
        }
        return words.add(phrase, BooleanClause.Occur.FILTER).build();
    }
}
