package org.broadsheet.index;

import java.io.IOException;
import java.text.Normalizer;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Brings each word to Unicode's compatibility composition (NFKC), so that a letter written with a combining
 * accent ({@code e} and U+0301) is the same word as the precomposed one ({@code é}), which folding then makes
 * {@code e}; ligatures and full-width letters become plain letters too. Words of ASCII alone, most words, are
 * passed on untouched. Offsets stay those of the word as written.
 */
final class UnicodeNormalizeFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    UnicodeNormalizeFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= 0x80) {
                String normalized = Normalizer.normalize(term, Normalizer.Form.NFKC);
                if (!normalized.contentEquals(term)) {
                    term.setEmpty().append(normalized);
                }
                break;
            }
        }
        return true;
    }
}
