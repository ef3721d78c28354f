package org.broadsheet.search;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A query over documents worked out apart from the index's terms, segment by segment, that scores nothing, so
 * that it filters without changing a ranking, and is never cached, because what it finds is not the index's
 * to know: marks change, and matches seen belong to one search.
 */
abstract class UncachedDocsQuery extends Query {

    /** The documents of one segment, in order, or null when it has none. */
    protected abstract DocIdSetIterator docs(LeafReaderContext context) throws IOException;

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return new ConstantScoreWeight(this, 0f) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                DocIdSetIterator found = docs(context);
                return found == null ? null : new ConstantScoreScorer(this, score(), scoreMode, found);
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }
}
