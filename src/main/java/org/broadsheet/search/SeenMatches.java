package org.broadsheet.search;

import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents one pass over a query found in one state of the index, segment by segment, so that a later
 * pass over the same state can walk them ({@link #asQuery}) instead of running the query again: a collapsed
 * list's first pass picks each story's version, and its second counts the same matches, which for a phrase
 * of common words means reading their positions twice. Each segment's set is written by the one thread that
 * searches it, and read after that search has returned.
 */
final class SeenMatches {

    private final List<LeafReaderContext> leaves;
    private final FixedBitSet[] bySegment;

    /** Empty sets for the segments of {@code reader}, to be filled by one pass over it. */
    SeenMatches(IndexReader reader) {
        this.leaves = reader.leaves();
        this.bySegment = new FixedBitSet[leaves.size()];
    }

    /** The set to fill with the matches in one segment, made on first asking. */
    FixedBitSet of(LeafReaderContext context) {
        checkSameState(context);
        FixedBitSet bits = bySegment[context.ord];
        if (bits == null) {
            bits = new FixedBitSet(context.reader().maxDoc());
            bySegment[context.ord] = bits;
        }
        return bits;
    }

    private void checkSameState(LeafReaderContext context) {
        if (context.ord >= leaves.size() || leaves.get(context.ord).reader() != context.reader()) {
            throw new IllegalStateException("matches seen in one state of the index, asked about another");
        }
    }

    /**
     * The documents seen, as a query that scores nothing; for a pass that needs no scores. Only for the
     * state of the index they were seen in; the {@code kind} clause and the like are already in them.
     */
    Query asQuery() {
        return new Walk();
    }

    private final class Walk extends UncachedDocsQuery {

        @Override
        protected DocIdSetIterator docs(LeafReaderContext context) {
            checkSameState(context);
            FixedBitSet bits = bySegment[context.ord];
            return bits == null ? null : new BitSetIterator(bits, bits.approximateCardinality());
        }

        @Override
        public String toString(String field) {
            return "matches seen before";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Walk walk && walk.owner() == SeenMatches.this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(SeenMatches.this);
        }

        private SeenMatches owner() {
            return SeenMatches.this;
        }
    }
}
