package org.broadsheet.versions;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.broadsheet.testing.StoryCorpus;
import org.junit.jupiter.api.Test;

/**
 * How well the bands find the pairs of articles that are versions of one story, on a corpus with known edits:
 * the pairs found (sharing a band, then confirmed by their exact similarity) against the pairs whose true
 * Jaccard similarity is at least 0.8. Edits range from a word to two dozen, so true similarities spread across
 * the threshold and a share of pairs lies close to it.
 */
class NearDuplicateAccuracyTest {

    private static final double THRESHOLD = 0.8;

    @Test
    void findsNearlyEveryPairAtOrAboveTheThresholdAndNothingBelowIt() {
        StoryCorpus corpus = new StoryCorpus(11);
        List<List<String>> articles = new ArrayList<>();
        for (int base = 0; base < 500; base++) {
            List<String> original = corpus.paragraphs(4 + corpus.nextInt(8));
            articles.add(original);
            for (int copy = 0; copy < corpus.nextInt(3); copy++) {
                articles.add(corpus.edited(original, 1 + corpus.nextInt(24)));
            }
        }
        List<int[]> shingles = articles.stream().map(Shingles::of).toList();

        Set<Long> truePairs = new HashSet<>();
        int nearThreshold = 0;
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                double similarity = Shingles.jaccard(shingles.get(i), shingles.get(j));
                if (similarity >= THRESHOLD) {
                    truePairs.add(pair(i, j));
                }
                if (Math.abs(similarity - THRESHOLD) < 0.05) {
                    nearThreshold++;
                }
            }
        }

        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            for (long key : MinHash.bandKeys(Shingles.hashes(articles.get(i)))) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> found = new HashSet<>();
        for (List<Integer> bucket : buckets.values()) {
            for (int a = 0; a < bucket.size(); a++) {
                for (int b = a + 1; b < bucket.size(); b++) {
                    int i = bucket.get(a);
                    int j = bucket.get(b);
                    if (Shingles.jaccard(shingles.get(i), shingles.get(j)) >= THRESHOLD) {
                        found.add(pair(Math.min(i, j), Math.max(i, j)));
                    }
                }
            }
        }

        Set<Long> right = new HashSet<>(found);
        right.retainAll(truePairs);
        double precision = found.isEmpty() ? 0 : (double) right.size() / found.size();
        double recall = truePairs.isEmpty() ? 0 : (double) right.size() / truePairs.size();
        String measured = String.format("%d articles, %d true pairs (%d pairs within 0.05 of the threshold), "
                        + "%d found: precision %.3f, recall %.3f", articles.size(), truePairs.size(), nearThreshold,
                found.size(), precision, recall);
        assertTrue(truePairs.size() > 150, measured);
        assertTrue(nearThreshold > 20, "the corpus puts pairs near the threshold: " + measured);
        assertTrue(precision >= 0.95, measured);
        assertTrue(recall >= 0.95, measured);
    }

    private static long pair(int first, int second) {
        return (long) first << 32 | second;
    }
}
