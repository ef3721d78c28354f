package org.broadsheet.search;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The articles whose marks meet a {@link MarkCondition}. The parser makes it without marks ({@link #of});
 * a search gives it the marked documents of its snapshot ({@link #over}) before running it. Scores nothing,
 * so that marks filter without changing the ranking; never cached, because marks change.
 */
final class MarkQuery extends UncachedDocsQuery {

    private final MarkCondition condition;
    private final MarkedDocs marked;

    private MarkQuery(MarkCondition condition, MarkedDocs marked) {
        this.condition = condition;
        this.marked = marked;
    }

    static MarkQuery of(MarkCondition condition) {
        return new MarkQuery(condition, null);
    }

    /** The same condition, answered from these marked documents. */
    MarkQuery over(MarkedDocs docs) {
        return new MarkQuery(condition, docs);
    }

    /** Each mark condition of {@code query} answered from {@code docs}. */
    static Query resolved(Query query, MarkedDocs docs) {
        return QueryTrees.mapLeaves(query, true, leaf -> leaf instanceof MarkQuery mark ? mark.over(docs) : leaf);
    }

    MarkCondition condition() {
        return condition;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (marked == null) {
            throw new IllegalStateException("a mark condition must be given the marks before it is searched: " + condition);
        }
        return super.createWeight(searcher, scoreMode, boost);
    }

    @Override
    protected DocIdSetIterator docs(LeafReaderContext context) throws IOException {
        return marked.matching(context, condition);
    }

    @Override
    public String toString(String field) {
        return condition.toString();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && condition.equals(((MarkQuery) other).condition)
                && marked == ((MarkQuery) other).marked;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), condition, System.identityHashCode(marked));
    }
}
