package org.broadsheet.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.broadsheet.versions.MinHash;
import org.broadsheet.versions.Shingles;

/**
 * Works out which articles of one state of the index are versions of one story: two articles are when their
 * shingles' Jaccard similarity is at least the threshold, and a story is a connected group of such articles.
 * Candidates come from the MinHash bands the index keeps ({@link IndexSchema#STORY_BAND}), so no pair of
 * articles is ever compared that shares no band; each candidate pair is confirmed by its exact similarity,
 * from the stored text. Memory is some sixty bytes per article: a few bands' keys at a time. The result is the
 * changes to the stored story keys ({@link IndexSchema#STORY}), for {@link ArticleIndex} to make. Not
 * thread-safe: one per grouping.
 */
final class StoryGrouper {

    /** A band shared by more articles than this is compared with its first ones only: boilerplate, not a story. */
    private static final int MAX_BUCKET_COMPARISONS = 64;
    private static final int SHINGLE_CACHE = 4_096;
    private static final Set<String> TEXT_FIELDS = Set.of(IndexSchema.TEXT);
    private static final Set<String> ID_FIELDS = Set.of(IndexSchema.ID);

    private final IndexSearcher searcher;
    private final IndexReader reader;
    private final List<LeafReaderContext> leaves;
    private final StoredFields stored;
    private final Bits live;
    private final double threshold;
    /** Each document's story key as stored now; -1 for a deleted one. */
    private final long[] current;
    private final Map<Integer, int[]> shingles = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, int[]> eldest) {
            return size() > SHINGLE_CACHE;
        }
    };
    private int comparisons;

    StoryGrouper(IndexSearcher searcher, double threshold) throws IOException {
        this.searcher = searcher;
        this.reader = searcher.getIndexReader();
        this.leaves = reader.leaves();
        this.stored = searcher.storedFields();
        this.live = MultiBits.getLiveDocs(reader);
        this.threshold = threshold;
        this.current = currentStories();
    }

    /** How many pairs were compared by their text; for the log and the benchmark. */
    int comparisons() {
        return comparisons;
    }

    private long[] currentStories() throws IOException {
        long[] stories = new long[reader.maxDoc()];
        Arrays.fill(stories, -1);
        for (LeafReaderContext leaf : leaves) {
            Bits leafLive = leaf.reader().getLiveDocs();
            NumericDocValues values = DocValues.getNumeric(leaf.reader(), IndexSchema.STORY);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (leafLive == null || leafLive.get(doc)) {
                    stories[leaf.docBase + doc] = values.longValue();
                }
            }
        }
        return stories;
    }

    /**
     * Every article's story worked out afresh, from every band the index holds: for a new or rebuilt index.
     * One band at a time, the articles' keys of that band are sorted, and articles with equal keys compared.
     */
    Map<String, Long> everyStory() throws IOException {
        Groups groups = new Groups();
        int maxDoc = reader.maxDoc();
        long[][] packed = new long[BANDS_PER_PASS][maxDoc];
        int[] counts = new int[BANDS_PER_PASS];
        Set<Long> pairs = new HashSet<>();
        for (int first = 0; first < MinHash.BANDS; first += BANDS_PER_PASS) {
            Arrays.fill(counts, 0);
            for (LeafReaderContext leaf : leaves) {
                SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), IndexSchema.STORY_BAND);
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    int global = leaf.docBase + doc;
                    if (!isLive(global)) {
                        continue;
                    }
                    for (int i = 0; i < values.docValueCount(); i++) {
                        long key = values.nextValue();
                        int slot = MinHash.bandOf(key) - first;
                        if (slot >= 0 && slot < BANDS_PER_PASS) {
                            packed[slot][counts[slot]++] = pack(key, global);
                        }
                    }
                }
            }
            for (int slot = 0; slot < BANDS_PER_PASS; slot++) {
                pairsOfEqualKeys(packed[slot], counts[slot], pairs);
            }
        }
        confirm(groups, pairs);
        return changes(groups, allLiveDocs());
    }

    /** How many bands one pass over the keys sorts: more is fewer passes, and more memory per article. */
    private static final int BANDS_PER_PASS = 5;
    /** Bits of a packed key that hold the document; the rest hold the band's key, cut short. */
    private static final int DOC_BITS = 26;

    /**
     * A band's key and a document in one long, so that a primitive sort brings equal keys together: the key's
     * bits below the band number, cut to {@code 64 - DOC_BITS}, then the document. A key cut short may meet
     * another by chance; that only makes a candidate, which the exact similarity then turns down.
     */
    private static long pack(long key, int doc) {
        return ((key << 5) >>> DOC_BITS << DOC_BITS) | doc;
    }

    private static final long DOC_MASK = (1L << DOC_BITS) - 1;

    /** The pairs of documents with equal keys, each as its lower document and its higher one in a long. */
    private static void pairsOfEqualKeys(long[] packed, int count, Set<Long> pairs) {
        Arrays.sort(packed, 0, count);
        for (int from = 0; from < count; ) {
            long key = packed[from] >>> DOC_BITS;
            int to = from + 1;
            while (to < count && packed[to] >>> DOC_BITS == key) {
                to++;
            }
            for (int i = from + 1; i < to; i++) {
                for (int j = Math.max(from, i - MAX_BUCKET_COMPARISONS); j < i; j++) {
                    long low = packed[j] & DOC_MASK;
                    long high = packed[i] & DOC_MASK;
                    pairs.add(low << 32 | high);
                }
            }
            from = to;
        }
    }

    /**
     * Unites the candidate pairs that are similar enough. Each article's text is read once, in document order,
     * for reading the stored text of documents near each other costs much less than reading it at random.
     */
    private void confirm(Groups groups, Set<Long> pairs) throws IOException {
        long[] sorted = pairs.stream().mapToLong(Long::longValue).sorted().toArray();
        int[] involved = pairs.stream().flatMapToInt(pair -> IntStream.of((int) (pair >>> 32),
                (int) (long) pair)).distinct().sorted().toArray();
        Map<Integer, int[]> texts = shinglesInOrder(involved);
        for (long pair : sorted) {
            int first = (int) (pair >>> 32);
            int second = (int) pair;
            if (groups.find(first) != groups.find(second)) {
                comparisons++;
                if (Shingles.jaccard(texts.get(first), texts.get(second)) >= threshold) {
                    groups.union(first, second);
                }
            }
        }
    }

    /** The shingles of these documents, in ascending order, read on every core, a run of them each. */
    private Map<Integer, int[]> shinglesInOrder(int[] docs) throws IOException {
        int runs = Math.max(1, Math.min(CORES, docs.length / 64));
        List<Callable<Map<Integer, int[]>>> tasks = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            int[] part = Arrays.copyOfRange(docs, run * docs.length / runs, (run + 1) * docs.length / runs);
            tasks.add(() -> {
                StoredFields own = searcher.storedFields();
                Map<Integer, int[]> read = new HashMap<>(part.length * 2);
                for (int doc : part) {
                    read.put(doc, Shingles.of(Arrays.asList(own.document(doc, TEXT_FIELDS)
                            .getValues(IndexSchema.TEXT))));
                }
                return read;
            });
        }
        Map<Integer, int[]> all = new HashMap<>(docs.length * 2);
        searcher.getTaskExecutor().invokeAll(tasks).forEach(all::putAll);
        return all;
    }

    private static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());

    /**
     * The stories of articles new since the last grouping, and of the stories that lost an article: the new ones
     * are compared with the articles they share a band with, the stories that lost one are checked again, and
     * stories untouched are taken as they are.
     */
    Map<String, Long> around(Collection<String> newIds, Set<Long> touched) throws IOException {
        Groups groups = new Groups();
        Set<Integer> involved = new HashSet<>();
        Map<Long, List<Integer>> members = membersOfStories();
        List<Integer> newDocs = new ArrayList<>();
        for (String id : newIds) {
            int doc = docOf(id);
            if (doc >= 0) {
                newDocs.add(doc);
                involved.add(doc);
            }
        }
        Map<Integer, Set<Integer>> candidates = candidatesOf(newDocs);
        for (int doc : newDocs) {
            for (int candidate : candidates.getOrDefault(doc, Set.of())) {
                involved.add(candidate);
                long story = current[candidate];
                if (story > 0 && !touched.contains(story)) {
                    // An untouched story is taken as it is: its versions stay together.
                    for (int member : members.getOrDefault(story, List.of())) {
                        involved.add(member);
                        groups.union(candidate, member);
                    }
                }
                if (groups.find(doc) != groups.find(candidate) && similar(doc, candidate)) {
                    groups.union(doc, candidate);
                }
            }
        }
        for (long story : touched) {
            List<Integer> left = members.getOrDefault(story, List.of());
            involved.addAll(left);
            groupBucket(groups, left);
        }
        return changes(groups, involved);
    }

    /** Unites the articles of one band (or of one story) that are similar enough, comparing as few as it can. */
    private void groupBucket(Groups groups, List<Integer> bucket) throws IOException {
        for (int i = 1; i < bucket.size(); i++) {
            int doc = bucket.get(i);
            for (int j = Math.max(0, i - MAX_BUCKET_COMPARISONS); j < i; j++) {
                int other = bucket.get(j);
                if (groups.find(doc) != groups.find(other) && similar(doc, other)) {
                    groups.union(doc, other);
                }
            }
        }
    }

    /** For each of these articles, the other live articles that share a band with it: one pass over every key. */
    private Map<Integer, Set<Integer>> candidatesOf(List<Integer> docs) throws IOException {
        Map<Long, List<Integer>> wanted = new HashMap<>();
        for (int doc : docs) {
            for (long key : bandKeysOf(doc)) {
                wanted.computeIfAbsent(key, k -> new ArrayList<>()).add(doc);
            }
        }
        Map<Integer, Set<Integer>> candidates = new HashMap<>();
        if (wanted.isEmpty()) {
            return candidates;
        }
        for (LeafReaderContext leaf : leaves) {
            SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), IndexSchema.STORY_BAND);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                int global = leaf.docBase + doc;
                for (int i = 0; i < values.docValueCount(); i++) {
                    List<Integer> sharing = wanted.get(values.nextValue());
                    if (sharing == null || !isLive(global)) {
                        continue;
                    }
                    for (int other : sharing) {
                        if (other != global) {
                            candidates.computeIfAbsent(other, k -> new HashSet<>()).add(global);
                        }
                    }
                }
            }
        }
        return candidates;
    }

    private long[] bandKeysOf(int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), IndexSchema.STORY_BAND);
        if (!values.advanceExact(doc - leaf.docBase)) {
            return new long[0];
        }
        long[] keys = new long[values.docValueCount()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = values.nextValue();
        }
        return keys;
    }

    private Map<Long, List<Integer>> membersOfStories() {
        Map<Long, List<Integer>> members = new HashMap<>();
        for (int doc = 0; doc < current.length; doc++) {
            if (current[doc] > 0) {
                members.computeIfAbsent(current[doc], key -> new ArrayList<>()).add(doc);
            }
        }
        return members;
    }

    private List<Integer> allLiveDocs() {
        List<Integer> docs = new ArrayList<>();
        for (int doc = 0; doc < current.length; doc++) {
            if (current[doc] >= 0) {
                docs.add(doc);
            }
        }
        return docs;
    }

    /**
     * What to store for these documents: a story's key is derived from the id of its first version by id, so
     * that the same group gets the same key however it was found; an article alone gets 0.
     */
    private Map<String, Long> changes(Groups groups, Collection<Integer> docs) throws IOException {
        Map<Integer, List<Integer>> byGroup = new HashMap<>();
        for (int doc : docs) {
            byGroup.computeIfAbsent(groups.find(doc), root -> new ArrayList<>()).add(doc);
        }
        Map<String, Long> changes = new HashMap<>();
        for (List<Integer> group : byGroup.values()) {
            if (group.size() == 1) {
                int doc = group.get(0);
                if (current[doc] != 0) {
                    changes.put(idOf(doc), 0L);
                }
                continue;
            }
            Map<Integer, String> ids = new HashMap<>();
            for (int doc : group) {
                ids.put(doc, idOf(doc));
            }
            long key = storyKey(ids.values().stream().min(String::compareTo).orElseThrow());
            for (int doc : group) {
                if (current[doc] != key) {
                    changes.put(ids.get(doc), key);
                }
            }
        }
        return changes;
    }

    /** A positive key from an id. */
    static long storyKey(String firstId) {
        long hash = 1469598103934665603L;
        for (int i = 0; i < firstId.length(); i++) {
            hash = (hash ^ firstId.charAt(i)) * 1099511628211L;
        }
        long key = hash & Long.MAX_VALUE;
        return key == 0 ? 1 : key;
    }

    private boolean similar(int first, int second) throws IOException {
        comparisons++;
        return Shingles.jaccard(shinglesOf(first), shinglesOf(second)) >= threshold;
    }

    private int[] shinglesOf(int doc) throws IOException {
        int[] cached = shingles.get(doc);
        if (cached == null) {
            cached = Shingles.of(Arrays.asList(stored.document(doc, TEXT_FIELDS).getValues(IndexSchema.TEXT)));
            shingles.put(doc, cached);
        }
        return cached;
    }

    /** An article's id, from its sorted doc values: much cheaper than its stored fields. */
    private String idOf(int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexSchema.ID);
        return ids.advanceExact(doc - leaf.docBase) ? ids.lookupOrd(ids.ordValue()).utf8ToString()
                : stored.document(doc, ID_FIELDS).get(IndexSchema.ID);
    }

    private int docOf(String id) throws IOException {
        ScoreDoc[] found = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1).scoreDocs;
        return found.length == 0 ? -1 : found[0].doc;
    }

    private boolean isLive(int doc) {
        return live == null || live.get(doc);
    }

    /** Union-find over documents, with path halving; documents never united are their own group. */
    private static final class Groups {
        private final Map<Integer, Integer> parent = new HashMap<>();

        int find(int doc) {
            int at = doc;
            Integer up = parent.get(at);
            while (up != null && up != at) {
                Integer grand = parent.get(up);
                if (grand != null && !grand.equals(up)) {
                    parent.put(at, grand);
                }
                at = up;
                up = parent.get(at);
            }
            return at;
        }

        void union(int first, int second) {
            int a = find(first);
            int b = find(second);
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b));
            }
        }
    }
}
