package org.broadsheet.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.broadsheet.index.Analysis;
import org.broadsheet.index.CommonWords;

/**
 * Rewrites each phrase made only of common words into the pairs the index holds of them
 * ({@link CommonWords}): {@code "of the"} is one term, and {@code "to be a"} two pairs at consecutive
 * positions. Such a phrase otherwise means walking the positions of words that occur in almost every
 * article, the slowest search there is. The pairs were made from the same words at the same positions, so
 * the rewritten query matches exactly the same articles.
 */
final class CommonPairs {

    private CommonPairs() {
    }

    /** @param words the common words the searched index was made with, or a subset of them */
    static Query rewrite(Query query, CommonWords words) {
        return QueryTrees.mapLeaves(query, true, leaf -> leaf instanceof PhraseQuery phrase ? asPairs(phrase, words) : leaf);
    }

    private static Query asPairs(PhraseQuery phrase, CommonWords words) {
        Term[] terms = phrase.getTerms();
        if (!isExactRun(phrase) || !Analysis.hasPairs(terms[0].field())) {
            return phrase;
        }
        for (Term term : terms) {
            if (!words.contains(term.text())) {
                return phrase;
            }
        }
        if (terms.length == 2) {
            return new TermQuery(pair(terms[0], terms[1]));
        }
        PhraseQuery.Builder pairs = new PhraseQuery.Builder();
        for (int i = 0; i + 1 < terms.length; i++) {
            pairs.add(pair(terms[i], terms[i + 1]), i);
        }
        return pairs.build();
    }

    private static Term pair(Term first, Term second) {
        return new Term(first.field(), CommonWords.pair(first.text(), second.text()));
    }

    /** Whether the words of the phrase are at consecutive positions, as a typed phrase's are. */
    private static boolean isExactRun(PhraseQuery phrase) {
        int[] positions = phrase.getPositions();
        if (phrase.getSlop() != 0 || positions.length < 2) {
            return false;
        }
        for (int i = 1; i < positions.length; i++) {
            if (positions[i] != positions[0] + i) {
                return false;
            }
        }
        return true;
    }
}
