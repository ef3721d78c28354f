package org.broadsheet.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.broadsheet.article.Article;
import org.junit.jupiter.api.Test;

class CommonWordsTest {

    private static Article article(String title, String... paragraphs) {
        return new Article("id", title, null, null, null, null, List.of(paragraphs), List.of(), null);
    }

    @Test
    void aSmallSampleGivesEnglishFunctionWordsOnly() {
        List<Article> sample = new ArrayList<>();
        for (int i = 0; i < CommonWords.MIN_SAMPLE - 1; i++) {
            sample.add(article("Zeta report", "Zeta zeta zeta."));
        }
        CommonWords words = CommonWords.sampledFrom(sample);
        assertEquals(CommonWords.ENGLISH_ONLY, words);
        assertTrue(words.contains("the"));
        assertFalse(words.contains("zeta"));
    }

    @Test
    void takesTheWordsOfNineInTenSampledArticlesAsTheIndexWritesThem() {
        List<Article> sample = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String minister = i < 90 ? "The Minister's zeta." : "Zeta.";
            String kappa = i < 89 ? " Kappa." : "";
            sample.add(article("Report " + i, minister + kappa));
        }
        CommonWords words = CommonWords.sampledFrom(sample);
        assertTrue(words.contains("zeta"), "in every article");
        assertTrue(words.contains("minister"), "lower-cased and without its possessive, in 90 of 100");
        assertFalse(words.contains("kappa"), "in 89 of 100");
        assertTrue(words.contains("report"), "in every title");
        assertFalse(words.contains("90"), "in one title only");
        assertTrue(words.contains("the"), "English's function words are always common");
    }

    @Test
    void survivesACommitAsItWasChosen() {
        List<Article> sample = new ArrayList<>();
        for (int i = 0; i < CommonWords.MIN_SAMPLE; i++) {
            sample.add(article("Zeta", "Omega alpha."));
        }
        CommonWords words = CommonWords.sampledFrom(sample);
        assertEquals(words, CommonWords.fromCommit(Map.of(CommonWords.COMMIT_KEY, words.encoded())));
        assertEquals(CommonWords.NONE, CommonWords.fromCommit(Map.of(CommonWords.COMMIT_KEY, "")));
        assertNull(CommonWords.fromCommit(Map.of()), "a commit made before any were chosen");
    }

    private record Token(String term, int position) {
    }

    private static List<Token> indexedText(CommonWords words, String text) throws IOException {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = Analysis.forIndex(() -> words).tokenStream(IndexSchema.TEXT, new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            stream.end();
        }
        return tokens;
    }

    private static List<Token> pairs(List<Token> tokens) {
        return tokens.stream().filter(token -> token.term().charAt(0) == Analysis.PAIR_MARK).toList();
    }

    @Test
    void theTextHoldsEachPairOfCommonWordsAtItsSecondWord() throws IOException {
        List<Token> tokens = indexedText(CommonWords.ENGLISH_ONLY, "Rise of the ministers, and of the is it.");
        assertEquals(List.of(
                new Token(CommonWords.pair("of", "the"), 2),
                new Token(CommonWords.pair("and", "of"), 5),
                new Token(CommonWords.pair("of", "the"), 6),
                new Token(CommonWords.pair("the", "is"), 7),
                new Token(CommonWords.pair("is", "it"), 8)), pairs(tokens));
        assertTrue(tokens.contains(new Token("ministers", 3)), "the words stay");
        assertTrue(tokens.contains(new Token(Analysis.STEM_MARK + "minist", 3)), "and so do their stems");
    }

    @Test
    void noWordsNoPairs() throws IOException {
        assertEquals(List.of(), pairs(indexedText(CommonWords.NONE, "of the of the")));
    }
}
