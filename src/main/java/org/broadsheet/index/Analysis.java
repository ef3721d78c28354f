package org.broadsheet.index;

import java.util.Map;

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
 */
public final class Analysis {

    /** Keeps phrases from matching across the end of one paragraph and the start of the next. */
    private static final int PARAGRAPH_POSITION_GAP = 100;

    private Analysis() {
    }

    /** The analyzer to index and query with: each field gets its own analysis. */
    public static Analyzer perField() {
        Analyzer exact = new FoldingAnalyzer(false);
        Analyzer stemmed = new FoldingAnalyzer(true);
        return new PerFieldAnalyzerWrapper(exact, Map.of(
                IndexSchema.TITLE, stemmed,
                IndexSchema.TEXT, stemmed));
    }

    /**
     * Words as Unicode defines them, lower-cased and with accents folded ({@code café} is {@code cafe}),
     * optionally reduced to their English stem.
     */
    private static final class FoldingAnalyzer extends Analyzer {
        private final boolean stemmed;

        FoldingAnalyzer(boolean stemmed) {
            this.stemmed = stemmed;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = source;
            if (stemmed) {
                stream = new EnglishPossessiveFilter(stream);
            }
            stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
            if (stemmed) {
                stream = new PorterStemFilter(stream);
            }
            return new TokenStreamComponents(source, stream);
        }

        /** Prefixes, wildcards and fuzzy words are folded like the text but never stemmed. */
        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return PARAGRAPH_POSITION_GAP;
        }
    }
}
