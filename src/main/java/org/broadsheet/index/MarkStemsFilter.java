package org.broadsheet.index;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Follows {@link RepeatWordFilter} and a stemmer: keeps each word as written (the keyword copy) and, only
 * where stemming changed it, its stem at the same position, prefixed with {@link Analysis#STEM_MARK}. One field
 * so holds both the words as written, for phrases, prefixes and fuzzy words, and their stems, for plain
 * words, without tokenizing and indexing the text twice.
 */
final class MarkStemsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private char[] word = new char[32];
    private int wordLength;

    MarkStemsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (keyword.isKeyword()) {
                remember();
                return true;
            }
            if (sameAsWord()) {
                continue;
            }
            int length = term.length();
            char[] buffer = term.resizeBuffer(length + 1);
            System.arraycopy(buffer, 0, buffer, 1, length);
            buffer[0] = Analysis.STEM_MARK;
            term.setLength(length + 1);
            return true;
        }
        return false;
    }

    private void remember() {
        if (word.length < term.length()) {
            word = new char[term.length() * 2];
        }
        System.arraycopy(term.buffer(), 0, word, 0, term.length());
        wordLength = term.length();
    }

    private boolean sameAsWord() {
        return term.length() == wordLength
                && Arrays.equals(term.buffer(), 0, wordLength, word, 0, wordLength);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        wordLength = 0;
    }
}
