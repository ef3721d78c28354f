package org.broadsheet.index;

import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of every indexed field. Changing anything here changes what the index holds: increment
 * {@link IndexSchema#VERSION} with it.
 *
 * <p>Words are split as Unicode defines them, brought to one Unicode form (a combining accent is the same as a
 * precomposed letter), lower-cased, folded to ASCII ({@code café} is {@code cafe}) and
 * stripped of an English possessive ({@code Microsoft's} is {@code microsoft}). Title and text also hold, at
 * the same position, the English stem of each word that stemming changes, marked with {@link #STEM_MARK}
 * ({@code sanctions} is indexed as {@code sanctions} and {@code \u0001sanction}), and, marked with
 * {@link #PAIR_MARK}, each pair of the index's {@link CommonWords} that stand next to each other
 * ({@link CommonPairsFilter}). Bylines hold words only.
 */
public final class Analysis {

    /**
     * Marks a stem in the index. No tokenizer makes this character, so a stem never matches a word typed as a
     * phrase, prefix or fuzzy word, and a query of words reaches stems only on purpose.
     */
    public static final char STEM_MARK = '\u0001';

    /** Marks a pair of common words in the index, so that no typed word, prefix or fuzzy word reaches one. */
    public static final char PAIR_MARK = '\u0002';

    /** Keeps phrases from matching across the end of one paragraph and the start of the next. */
    private static final int PARAGRAPH_POSITION_GAP = 100;

    private Analysis() {
    }

    /** The analyzer to query with: each field gets its own analysis, and a query has no pairs. */
    public static Analyzer perField() {
        return forIndex(() -> CommonWords.NONE);
    }

    /** The analyzer to index with, pairing the common words the index has chosen by the time a document comes. */
    static Analyzer forIndex(Supplier<CommonWords> commonWords) {
        return new PerFieldAnalyzerWrapper(words(), Map.of(
                IndexSchema.TITLE, new WordsAnalyzer(commonWords),
                IndexSchema.TEXT, new WordsAnalyzer(commonWords)));
    }

    /** The analyzer an index with these common words indexes with; a Solr collection's must give the same tokens. */
    public static Analyzer withPairsOf(CommonWords commonWords) {
        return forIndex(() -> commonWords);
    }

    /** Words alone, without stems, as bylines are indexed and the text's words are. */
    static Analyzer words() {
        return new WordsAnalyzer(null);
    }

    /** Whether a field holds marked stems beside its words. */
    public static boolean hasStems(String field) {
        return IndexSchema.TITLE.equals(field) || IndexSchema.TEXT.equals(field);
    }

    /** Whether a field holds marked pairs of common words: the same fields as hold stems. */
    public static boolean hasPairs(String field) {
        return hasStems(field);
    }

    private static final class WordsAnalyzer extends Analyzer {
        /** Null for words alone; else stems and pairs of these common words are added. */
        private final Supplier<CommonWords> commonWords;

        WordsAnalyzer(Supplier<CommonWords> commonWords) {
            this.commonWords = commonWords;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(new ASCIIFoldingFilter(new LowerCaseFilter(
                    new UnicodeNormalizeFilter(source))));
            if (commonWords != null) {
                stream = new MarkStemsFilter(new PorterStemFilter(new RepeatWordFilter(stream)));
                stream = new CommonPairsFilter(stream, commonWords);
            }
            return new TokenStreamComponents(source, stream);
        }

        /** Prefixes, wildcards and fuzzy words are folded like the text but never stemmed. */
        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(new UnicodeNormalizeFilter(in)));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return PARAGRAPH_POSITION_GAP;
        }
    }
}
