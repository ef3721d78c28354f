package org.broadsheet.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Scorable;
import org.broadsheet.index.IndexSchema;

/**
 * Picks, for each story among a search's matches, the version that stands for it in a collapsed list: the
 * one the list's order puts first (the best match, the newest, the oldest; the lower document on a tie).
 * Shown every match that passes the filters, one slice of the index at a time; not thread-safe: one per
 * slice, added up by {@link #merged}.
 */
final class StoryPicker {

    private final Stories stories;
    private final SortOrder order;
    private final int[] chosen;
    private final double[] rank;

    StoryPicker(Stories stories, SortOrder order) {
        this.stories = stories;
        this.order = order;
        this.chosen = new int[stories.count()];
        this.rank = new double[stories.count()];
        Arrays.fill(chosen, -1);
    }

    boolean needsScores() {
        return order == SortOrder.RELEVANCE;
    }

    /** What the picker reads of one segment. */
    final class Leaf {
        private final int[] storyOfDoc;
        private final NumericDocValues times;
        private final int docBase;
        private Scorable scorer;

        Leaf(LeafReaderContext context) throws IOException {
            this.storyOfDoc = stories.storiesOf(context);
            this.times = order == SortOrder.RELEVANCE ? null : DocValues.getNumeric(context.reader(), IndexSchema.TIME);
            this.docBase = context.docBase;
        }

        void setScorer(Scorable scorable) {
            this.scorer = scorable;
        }

        /** A match that passed the filters. */
        void offer(int doc) throws IOException {
            int story = storyOfDoc == null ? -1 : storyOfDoc[doc];
            if (story < 0) {
                return;
            }
            double value = rankOf(doc);
            int global = docBase + doc;
            if (chosen[story] < 0 || value > rank[story] || value == rank[story] && global < chosen[story]) {
                chosen[story] = global;
                rank[story] = value;
            }
        }

        /** Higher is earlier in the list. */
        private double rankOf(int doc) throws IOException {
            if (order == SortOrder.RELEVANCE) {
                return scorer == null ? 0 : scorer.score();
            }
            long time = times.advanceExact(doc) ? times.longValue() : (order == SortOrder.NEWEST ? Long.MIN_VALUE
                    : Long.MAX_VALUE);
            return order == SortOrder.NEWEST ? time : -(double) time;
        }
    }

    Leaf leaf(LeafReaderContext context) throws IOException {
        return new Leaf(context);
    }

    /** The version each story is shown by, as a global document, or -1 for a story no match belongs to. */
    static int[] merged(Collection<StoryPicker> pickers, int storyCount) {
        int[] chosen = new int[storyCount];
        double[] rank = new double[storyCount];
        Arrays.fill(chosen, -1);
        for (StoryPicker picker : pickers) {
            for (int story = 0; story < storyCount; story++) {
                int doc = picker.chosen[story];
                if (doc >= 0 && (chosen[story] < 0 || picker.rank[story] > rank[story]
                        || picker.rank[story] == rank[story] && doc < chosen[story])) {
                    chosen[story] = doc;
                    rank[story] = picker.rank[story];
                }
            }
        }
        return chosen;
    }
}
