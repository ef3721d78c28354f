package org.broadsheet.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits each word twice at one position: first marked as a keyword, which stemmers leave alone, then
 * unmarked, for the stemmer to change. Does what {@link KeywordRepeatFilter} does, but keeps only the word's
 * characters between the two rather than a copy of every attribute, which showed in indexing profiles.
 */
final class RepeatWordFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private char[] word = new char[32];
    private int wordLength;
    private boolean repeat;

    RepeatWordFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (repeat) {
            repeat = false;
            term.copyBuffer(word, 0, wordLength);
            keyword.setKeyword(false);
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (word.length < term.length()) {
            word = new char[term.length() * 2];
        }
        System.arraycopy(term.buffer(), 0, word, 0, term.length());
        wordLength = term.length();
        keyword.setKeyword(true);
        repeat = true;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        repeat = false;
    }
}
