package org.broadsheet.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.broadsheet.index.IndexSchema;

/**
 * The stories of one state of the index, as the ingest grouped them ({@link IndexSchema#STORY}): for each
 * document that is one of several versions, its story's number among the reader's stories, and each story's
 * number of versions. Four bytes per article. Immutable; thread-safe.
 */
final class Stories {

    static final Stories NONE = new Stories(new int[0][], new int[0], new long[0]);

    /** Per segment, by document: its story's number, or -1 for an article that is the only version. */
    private final int[][] storyOfDoc;
    private final int[] versions;
    private final long[] keys;

    private Stories(int[][] storyOfDoc, int[] versions, long[] keys) {
        this.storyOfDoc = storyOfDoc;
        this.versions = versions;
        this.keys = keys;
    }

    static Stories of(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        int[][] storyOfDoc = new int[leaves.size()][];
        Map<Long, Integer> numbers = new HashMap<>();
        int[] versions = new int[16];
        for (LeafReaderContext leaf : leaves) {
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues values = DocValues.getNumeric(leaf.reader(), IndexSchema.STORY);
            int[] stories = null;
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                long key = values.longValue();
                if (key <= 0 || (live != null && !live.get(doc))) {
                    continue;
                }
                if (stories == null) {
                    stories = new int[leaf.reader().maxDoc()];
                    Arrays.fill(stories, -1);
                }
                int number = numbers.computeIfAbsent(key, k -> numbers.size());
                if (number == versions.length) {
                    versions = Arrays.copyOf(versions, number * 2);
                }
                versions[number]++;
                stories[doc] = number;
            }
            storyOfDoc[leaf.ord] = stories;
        }
        long[] keys = new long[numbers.size()];
        numbers.forEach((key, number) -> keys[number] = key);
        return new Stories(storyOfDoc, Arrays.copyOf(versions, numbers.size()), keys);
    }

    int count() {
        return versions.length;
    }

    /** For a segment: each document's story number, or -1; null when no document of it has another version. */
    int[] storiesOf(LeafReaderContext leaf) {
        return leaf.ord < storyOfDoc.length ? storyOfDoc[leaf.ord] : null;
    }

    /** How many versions the story of a document of this segment has: 1 for an article alone. */
    int versionsOf(LeafReaderContext leaf, int doc) {
        int[] stories = storiesOf(leaf);
        int story = stories == null ? -1 : stories[doc];
        return story < 0 ? 1 : versions[story];
    }

    long keyOf(int story) {
        return keys[story];
    }

    /** The story key the ingest gave a document of the reader ({@link IndexSchema#STORY}); 0 when it is alone. */
    static long keyOf(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues story = DocValues.getNumeric(leaf.reader(), IndexSchema.STORY);
        return story.advanceExact(doc - leaf.docBase) ? story.longValue() : 0;
    }
}
