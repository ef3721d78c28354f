package org.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.broadsheet.article.MarkSnapshot;
import org.broadsheet.article.MarkedArticle;
import org.broadsheet.article.Marks;
import org.broadsheet.index.Analysis;
import org.broadsheet.index.IndexSchema;

/**
 * Which documents of one state of the index are the marked articles of one {@link MarkSnapshot}: each article
 * is its live document with its id, else one with its fingerprint (a file moved since it was marked). Searches
 * filter by marks, count tags and show each hit's marks from here. A segment's lookups are kept while the
 * marks stay the same, so a refresh only looks up the new segments. Immutable once made; thread-safe.
 */
final class MarkedDocs {

    static final MarkedDocs NONE = new MarkedDocs(MarkSnapshot.EMPTY, new int[0][], new int[0][], new int[0][]);

    /** Per segment core: where the snapshot's articles are, by id and by fingerprint, deleted documents included. */
    private static final Map<IndexReader.CacheKey, SegmentLookup> LOOKUPS = new ConcurrentHashMap<>();

    private final MarkSnapshot marks;
    /** Per segment, by document: the index of its article in the snapshot, or -1; null for a segment without any. */
    private final int[][] entryOfDoc;
    /** Per segment, in document order: the documents that are marked articles. */
    private final int[][] markedDocs;
    /** Per snapshot article: its tags' ordinals into {@link #tagNames}. */
    private final int[][] tagsOfEntry;
    private final String[] tagNames;
    private final Map<String, Integer> tagOrdinals;
    private final Map<Integer, Set<String>> noteTerms = new ConcurrentHashMap<>();
    private final Analyzer analyzer = Analysis.perField();

    private MarkedDocs(MarkSnapshot marks, int[][] entryOfDoc, int[][] markedDocs, int[][] tagsOfEntry) {
        this.marks = marks;
        this.entryOfDoc = entryOfDoc;
        this.markedDocs = markedDocs;
        this.tagsOfEntry = tagsOfEntry;
        Map<String, Integer> ordinals = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (MarkedArticle article : marks.articles()) {
            for (String tag : article.marks().tags()) {
                if (ordinals.putIfAbsent(Marks.tagKey(tag), names.size()) == null) {
                    names.add(tag);
                }
            }
        }
        this.tagOrdinals = ordinals;
        this.tagNames = names.toArray(String[]::new);
        for (int entry = 0; entry < tagsOfEntry.length; entry++) {
            tagsOfEntry[entry] = marks.articles().get(entry).marks().tags().stream()
                    .mapToInt(tag -> ordinals.get(Marks.tagKey(tag))).toArray();
        }
    }

    /** The marked documents of {@code reader}'s live documents. */
    static MarkedDocs of(IndexReader reader, MarkSnapshot marks) throws IOException {
        if (marks.articles().isEmpty()) {
            return NONE;
        }
        List<MarkedArticle> articles = marks.articles();
        List<LeafReaderContext> leaves = reader.leaves();
        int[] docOf = new int[articles.size()];
        Arrays.fill(docOf, -1);
        FixedBitSet claimed = new FixedBitSet(Math.max(1, reader.maxDoc()));
        List<SegmentLookup> lookups = new ArrayList<>(leaves.size());
        for (LeafReaderContext leaf : leaves) {
            lookups.add(lookup(leaf.reader(), marks));
        }
        // An article's own id comes first; a fingerprint only stands in for an article whose id is gone.
        for (int at = 0; at < leaves.size(); at++) {
            claim(leaves.get(at), lookups.get(at).byId(), docOf, claimed);
        }
        for (int at = 0; at < leaves.size(); at++) {
            claim(leaves.get(at), lookups.get(at).byFingerprint(), docOf, claimed);
        }
        int[][] entryOfDoc = new int[leaves.size()][];
        List<List<Integer>> docsOfLeaf = new ArrayList<>();
        leaves.forEach(leaf -> docsOfLeaf.add(new ArrayList<>()));
        for (int entry = 0; entry < docOf.length; entry++) {
            if (docOf[entry] < 0) {
                continue;
            }
            int at = ReaderUtil.subIndex(docOf[entry], leaves);
            LeafReaderContext leaf = leaves.get(at);
            if (entryOfDoc[at] == null) {
                entryOfDoc[at] = new int[leaf.reader().maxDoc()];
                Arrays.fill(entryOfDoc[at], -1);
            }
            entryOfDoc[at][docOf[entry] - leaf.docBase] = entry;
            docsOfLeaf.get(at).add(docOf[entry] - leaf.docBase);
        }
        int[][] markedDocs = new int[leaves.size()][];
        for (int at = 0; at < leaves.size(); at++) {
            markedDocs[at] = docsOfLeaf.get(at).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return new MarkedDocs(marks, entryOfDoc, markedDocs, new int[articles.size()][]);
    }

    private static void claim(LeafReaderContext leaf, int[][] found, int[] docOf, FixedBitSet claimed) {
        Bits live = leaf.reader().getLiveDocs();
        int[] docs = found[0];
        int[] entries = found[1];
        for (int i = 0; i < docs.length; i++) {
            int doc = docs[i];
            int global = leaf.docBase + doc;
            if (docOf[entries[i]] < 0 && (live == null || live.get(doc)) && !claimed.get(global)) {
                docOf[entries[i]] = global;
                claimed.set(global);
            }
        }
    }

    /**
     * Where a segment holds the snapshot's articles.
     *
     * @param byId          documents and the snapshot entries whose id they have, as two parallel arrays
     * @param byFingerprint the same for fingerprints
     */
    private record SegmentLookup(MarkSnapshot marks, int[][] byId, int[][] byFingerprint) {
    }

    private static SegmentLookup lookup(LeafReader reader, MarkSnapshot marks) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return lookedUp(reader, marks);
        }
        SegmentLookup kept = LOOKUPS.get(helper.getKey());
        if (kept != null && kept.marks() == marks) {
            return kept;
        }
        SegmentLookup made = lookedUp(reader, marks);
        if (LOOKUPS.put(helper.getKey(), made) == null) {
            helper.addClosedListener(LOOKUPS::remove);
        }
        return made;
    }

    private static SegmentLookup lookedUp(LeafReader reader, MarkSnapshot marks) throws IOException {
        List<MarkedArticle> articles = marks.articles();
        return new SegmentLookup(marks,
                postings(reader, IndexSchema.ID, articles.stream().map(MarkedArticle::id).toList()),
                postings(reader, IndexSchema.FINGERPRINT, articles.stream().map(MarkedArticle::fingerprint).toList()));
    }

    /** Every document of the segment with one of these values, and which value (by position) it has. */
    private static int[][] postings(LeafReader reader, String field, List<String> values) throws IOException {
        Terms terms = reader.terms(field);
        if (terms == null) {
            return new int[][] {new int[0], new int[0]};
        }
        TermsEnum termsEnum = terms.iterator();
        PostingsEnum postings = null;
        List<int[]> found = new ArrayList<>();
        for (int entry = 0; entry < values.size(); entry++) {
            if (values.get(entry) == null || !termsEnum.seekExact(new BytesRef(values.get(entry)))) {
                continue;
            }
            postings = termsEnum.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                found.add(new int[] {doc, entry});
            }
        }
        int[] docs = new int[found.size()];
        int[] entries = new int[found.size()];
        for (int i = 0; i < found.size(); i++) {
            docs[i] = found.get(i)[0];
            entries[i] = found.get(i)[1];
        }
        return new int[][] {docs, entries};
    }

    boolean isFor(MarkSnapshot snapshot) {
        return marks == snapshot;
    }

    boolean isEmpty() {
        return marks.articles().isEmpty();
    }

    /** The documents of a segment whose marks meet the condition, or null for none. */
    DocIdSetIterator matching(LeafReaderContext leaf, MarkCondition condition) {
        if (leaf.ord >= markedDocs.length || markedDocs[leaf.ord].length == 0) {
            return null;
        }
        int[] docs = markedDocs[leaf.ord];
        int[] meeting = new int[docs.length];
        int count = 0;
        for (int doc : docs) {
            int entry = entryOfDoc[leaf.ord][doc];
            if (condition.test(marks.articles().get(entry).marks(), () -> noteTerms(entry))) {
                meeting[count++] = doc;
            }
        }
        return count == 0 ? null : new SortedDocs(Arrays.copyOf(meeting, count));
    }

    /** For a segment: each document's snapshot entry, or -1; null when the segment has no marked article. */
    int[] entries(LeafReaderContext leaf) {
        return leaf.ord < entryOfDoc.length ? entryOfDoc[leaf.ord] : null;
    }

    Marks marksOfEntry(int entry) {
        return marks.articles().get(entry).marks();
    }

    /** The marks of a document of this segment. */
    Marks marksOf(LeafReaderContext leaf, int doc) {
        int[] entries = entries(leaf);
        int entry = entries == null ? -1 : entries[doc];
        return entry < 0 ? Marks.NONE : marksOfEntry(entry);
    }

    int[] tagOrdinals(int entry) {
        return tagsOfEntry[entry];
    }

    String[] tagNames() {
        return tagNames;
    }

    /** For each tag ordinal, whether it is one of these tags (compared by key). */
    boolean[] wantedTags(Set<String> tagKeys) {
        boolean[] wanted = new boolean[tagNames.length];
        for (String key : tagKeys) {
            Integer ordinal = tagOrdinals.get(key);
            if (ordinal != null) {
                wanted[ordinal] = true;
            }
        }
        return wanted;
    }

    private Set<String> noteTerms(int entry) {
        return noteTerms.computeIfAbsent(entry, at -> terms(marks.articles().get(at).marks().note()));
    }

    /** A note's words as the article text is analysed: written forms, marked stems. */
    private Set<String> terms(String note) {
        Set<String> terms = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream(IndexSchema.TEXT, note)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return terms;
    }

    /** Documents of a sorted array, as Lucene iterates them. */
    private static final class SortedDocs extends DocIdSetIterator {
        private final int[] docs;
        private int at = -1;
        private int doc = -1;

        SortedDocs(int[] docs) {
            this.docs = docs;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return doc = ++at < docs.length ? docs[at] : NO_MORE_DOCS;
        }

        @Override
        public int advance(int target) {
            int found = Arrays.binarySearch(docs, Math.max(at + 1, 0), docs.length, target);
            at = found >= 0 ? found : -found - 1;
            return doc = at < docs.length ? docs[at] : NO_MORE_DOCS;
        }

        @Override
        public long cost() {
            return docs.length;
        }
    }
}
