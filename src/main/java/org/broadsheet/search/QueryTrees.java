package org.broadsheet.search;

import java.util.function.UnaryOperator;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/** Rewrites the leaves of a parsed query, keeping its structure, boosts and clause kinds as they are. */
final class QueryTrees {

    private QueryTrees() {
    }

    /**
     * The query with each leaf (each query that is neither boolean nor boosted) replaced.
     *
     * @param intoExclusions whether the leaves of {@code NOT} clauses are replaced too
     */
    static Query mapLeaves(Query query, boolean intoExclusions, UnaryOperator<Query> replacement) {
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(mapLeaves(boost.getQuery(), intoExclusions, replacement), boost.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool.clauses()) {
                boolean excluded = clause.getOccur() == BooleanClause.Occur.MUST_NOT;
                builder.add(excluded && !intoExclusions ? clause.getQuery()
                        : mapLeaves(clause.getQuery(), intoExclusions, replacement), clause.getOccur());
            }
            return builder.build();
        }
        return replacement.apply(query);
    }
}
