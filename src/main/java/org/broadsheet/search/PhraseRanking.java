package org.broadsheet.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
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

    static Query rewrite(Query query) {
        if (query instanceof PhraseQuery phrase && phrase.getSlop() == 0 && phrase.getTerms().length > 1) {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (Term term : phrase.getTerms()) {
                words.add(new TermQuery(term), BooleanClause.Occur.MUST);
            }
            return words.add(phrase, BooleanClause.Occur.FILTER).build();
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(rewrite(boost.getQuery()), boost.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool.clauses()) {
                builder.add(clause.getOccur() == BooleanClause.Occur.MUST_NOT ? clause.getQuery()
                        : rewrite(clause.getQuery()), clause.getOccur());
            }
            return builder.build();
        }
        return query;
    }
}
