package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/** The matches of one pass, walked again by a later pass over the same state of the index, and only that. */
class SeenMatchesTest {

    /** Notes each match of a query in the seen matches, as a collapsed list's picking pass does. */
    private static final class Noting extends SimpleCollector {
        private final SeenMatches seen;
        private FixedBitSet bits;

        Noting(SeenMatches seen) {
            this.seen = seen;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            bits = seen.of(context);
        }

        @Override
        public void collect(int doc) {
            bits.set(doc);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** Two segments of documents with a word each: "even" or "odd" by their number. */
    private static void write(IndexWriter writer, int from, int to) throws IOException {
        for (int number = from; number < to; number++) {
            Document document = new Document();
            document.add(new StringField("word", number % 2 == 0 ? "even" : "odd", Field.Store.NO));
            document.add(new StringField("number", Integer.toString(number), Field.Store.YES));
            writer.addDocument(document);
        }
        writer.commit();
    }

    /** A writer that never merges, so that each commit leaves a segment of its own. */
    private static IndexWriter segmentsKept(Directory directory) throws IOException {
        return new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE));
    }

    private static List<String> numbers(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        List<String> found = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            found.add(searcher.storedFields().document(hit.doc).get("number"));
        }
        return found.stream().sorted().toList();
    }

    @Test
    void walksExactlyWhatThePassSawInEverySegment() throws IOException {
        try (Directory directory = new ByteBuffersDirectory(); IndexWriter writer = segmentsKept(directory)) {
            write(writer, 0, 5);
            write(writer, 5, 9);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(2, reader.leaves().size());
                IndexSearcher searcher = new IndexSearcher(reader);
                SeenMatches seen = new SeenMatches(reader);
                searcher.search(new TermQuery(new Term("word", "odd")), new Noting(seen));

                ScoreDoc[] walked = searcher.search(seen.asQuery(), 20).scoreDocs;
                assertEquals(List.of("1", "3", "5", "7"), numbers(searcher, walked));
                assertEquals(4, searcher.count(seen.asQuery()));
            }
        }
    }

    @Test
    void refusesAnotherStateOfTheIndex() throws IOException {
        try (Directory directory = new ByteBuffersDirectory(); IndexWriter writer = segmentsKept(directory)) {
            write(writer, 0, 4);
            try (DirectoryReader before = DirectoryReader.open(directory)) {
                SeenMatches seen = new SeenMatches(before);
                new IndexSearcher(before).search(new TermQuery(new Term("word", "even")), new Noting(seen));
                write(writer, 4, 6);
                try (DirectoryReader after = DirectoryReader.openIfChanged(before)) {
                    IndexSearcher later = new IndexSearcher(after);
                    later.setQueryCache(null);
                    assertThrows(IllegalStateException.class, () -> later.search(seen.asQuery(), 10));
                }
            }
        }
    }
}
