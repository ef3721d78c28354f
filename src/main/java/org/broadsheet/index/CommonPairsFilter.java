package org.broadsheet.index;

import java.io.IOException;
import java.util.function.Supplier;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Follows {@link MarkStemsFilter}: keeps every token and adds, after each {@link CommonWords common word}
 * that follows another, the pair of them, marked with {@link Analysis#PAIR_MARK}, at the second word's
 * position: {@code rise of the minister} also holds {@code \u0002of the} at the position of {@code the}
 * when {@code of} and {@code the} are common. A phrase of common words is then a single term, or for three
 * words or more, pairs at consecutive positions, instead of positions of words found in almost every
 * article. The pair shares the second word's offsets; highlighting goes by the words.
 */
final class CommonPairsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Supplier<CommonWords> commonWords;

    private CommonWords words;
    /** The previous word while it is common; its length is -1 when it was not. */
    private char[] previous = new char[32];
    private int previousLength;
    private int previousPosition;
    private int position;
    /** The pair to emit next, of length {@link #pairLength}, 0 when there is none. */
    private char[] pair = new char[64];
    private int pairLength;

    /** @param commonWords asked at each {@link #reset()}: an index chooses its words after it is opened */
    CommonPairsFilter(TokenStream input, Supplier<CommonWords> commonWords) {
        super(input);
        this.commonWords = commonWords;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        words = commonWords.get();
        previousLength = -1;
        position = -1;
        pairLength = 0;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pairLength > 0) {
            // The second word's other attributes, offsets included, are still set.
            term.copyBuffer(pair, 0, pairLength);
            increment.setPositionIncrement(0);
            pairLength = 0;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        position += increment.getPositionIncrement();
        int length = term.length();
        char[] buffer = term.buffer();
        if (length > 0 && buffer[0] == Analysis.STEM_MARK) {
            return true;
        }
        if (!words.contains(buffer, length)) {
            previousLength = -1;
            return true;
        }
        if (previousLength >= 0 && position == previousPosition + 1) {
            pairLength = previousLength + length + 2;
            pair = ArrayUtil.grow(pair, pairLength);
            pair[0] = Analysis.PAIR_MARK;
            System.arraycopy(previous, 0, pair, 1, previousLength);
            pair[previousLength + 1] = ' ';
            System.arraycopy(buffer, 0, pair, previousLength + 2, length);
        }
        previous = ArrayUtil.grow(previous, length);
        System.arraycopy(buffer, 0, previous, 0, length);
        previousLength = length;
        previousPosition = position;
        return true;
    }
}
