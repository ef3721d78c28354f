package org.broadsheet.versions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.broadsheet.article.Article;

/**
 * What near-duplicate detection compares of an article: every run of {@value #SIZE} words of its body
 * (standfirst and paragraphs; the title and the page's furniture are left out, for they differ between
 * outlets and updates of the same story), each hashed; MinHash takes the 64-bit hashes as they come, and
 * comparing takes them as a sorted set ({@link #of}). Two articles' likeness is the Jaccard similarity of
 * their shingles.
 */
public final class Shingles {

    public static final int SIZE = 3;
    /** Fewer words than this say too little to tell a copy from a coincidence: such articles have no shingles. */
    public static final int MIN_WORDS = 12;
    private static final long WORD_SEED = 1125899906842597L;

    private Shingles() {
    }

    /** The shingles of an article's body, as {@link #of(List)} makes them. */
    public static int[] of(Article article) {
        return of(texts(article));
    }

    /**
     * The hashes of the article's shingles as they come, repeats and all: what a MinHash signature needs, for
     * less than sorting them would cost at every article of an ingest.
     */
    public static long[] hashes(Article article) {
        return hashes(texts(article));
    }

    private static List<String> texts(Article article) {
        List<String> texts = new ArrayList<>();
        if (article.standfirst() != null) {
            texts.add(article.standfirst());
        }
        texts.addAll(article.paragraphs());
        return texts;
    }

    public static long[] hashes(List<String> texts) {
        long[] words = new long[256];
        int count = 0;
        for (String text : texts) {
            // Each word's hash is made as its letters go by, in lower case: no word is ever made a string.
            long hash = WORD_SEED;
            boolean inWord = false;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (isWordChar(c)) {
                    hash = 31 * hash + Character.toLowerCase(c);
                    inWord = true;
                } else if (inWord) {
                    if (count == words.length) {
                        words = Arrays.copyOf(words, count * 2);
                    }
                    words[count++] = mix(hash);
                    hash = WORD_SEED;
                    inWord = false;
                }
            }
        }
        if (count < MIN_WORDS) {
            return new long[0];
        }
        long[] shingles = new long[count - SIZE + 1];
        for (int i = 0; i < shingles.length; i++) {
            long shingle = 0;
            for (int j = 0; j < SIZE; j++) {
                shingle = shingle * 0x9E3779B97F4A7C15L + words[i + j];
            }
            shingles[i] = mix(shingle);
        }
        return shingles;
    }

    /** Letters and digits of any script; ASCII ones, most of them, without a table lookup. */
    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    /**
     * The shingles of these texts, read as one run of words, as a set to compare: each hash folded to 32 bits,
     * sorted, without repeats. Half the memory of the 64-bit hashes, for the grouping holds many at once; for
     * the few hundred shingles of an article, folding leaves the similarity as it was but for a chance of
     * about one in ten million per pair of shingles.
     */
    public static int[] of(List<String> texts) {
        long[] hashes = hashes(texts);
        int[] folded = new int[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            folded[i] = (int) (hashes[i] ^ (hashes[i] >>> 32));
        }
        Arrays.sort(folded);
        int distinct = 0;
        for (int i = 0; i < folded.length; i++) {
            if (i == 0 || folded[i] != folded[i - 1]) {
                folded[distinct++] = folded[i];
            }
        }
        return Arrays.copyOf(folded, distinct);
    }

    /** The Jaccard similarity of two shingle sets as {@link #of} makes them: shared over all. */
    public static double jaccard(int[] first, int[] second) {
        if (first.length == 0 || second.length == 0) {
            return 0;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < first.length && j < second.length) {
            if (first[i] == second[j]) {
                shared++;
                i++;
                j++;
            } else if (first[i] < second[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (first.length + second.length - shared);
    }

    /** The finaliser of MurmurHash3: spreads every input bit over every output bit. */
    static long mix(long value) {
        long x = value;
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }
}
