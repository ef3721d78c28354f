package org.broadsheet.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.broadsheet.index.Analysis;
import org.broadsheet.index.CommonWords;
import org.broadsheet.index.IndexSchema;
import org.broadsheet.shared.plugin.ArticleQParserPlugin;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configset's analysis is the embedded index's, token for token: built by Lucene from the configset's
 * chain of factories (as Solr builds it), it gives the same words, stems, pairs, positions and offsets.
 */
class SolrConfigSetTest {

    private static final CommonWords WORDS = CommonWords.decoded("the of a to in on over his minister");

    @TempDir
    Path folder;

    @Test
    void analysesTitlesTextAndBylinesAsTheIndexDoes() throws IOException {
        Files.write(folder.resolve(SolrConfigSet.COMMON_WORDS_FILE),
                SolrConfigSet.files(WORDS).get(SolrConfigSet.COMMON_WORDS_FILE));
        String text = Files.readString(TestArchive.SEEDS.resolve(seed()), StandardCharsets.UTF_8)
                + " Re\u0301sume\u0301 of the ﬁnance minister's café, 10/20 at 9:30";
        try (Analyzer index = Analysis.withPairsOf(WORDS);
             Analyzer solrText = analyzer(SolrConfigSet.TEXT_INDEX_CHAIN);
             Analyzer query = Analysis.perField();
             Analyzer solrQuery = analyzer(SolrConfigSet.TEXT_QUERY_CHAIN);
             Analyzer solrWords = analyzer(SolrConfigSet.WORDS_CHAIN)) {
            List<String> tokens = tokens(index, IndexSchema.TEXT, text);
            assertTrue(tokens.stream().anyMatch(token -> token.startsWith(CommonWords.pair("of", "the") + "@0")),
                    "pairs are made");
            assertTrue(tokens.stream().anyMatch(token -> token.startsWith(Analysis.STEM_MARK + "sanction")),
                    "stems are marked");
            assertEquals(tokens, tokens(solrText, IndexSchema.TEXT, text));
            assertEquals(tokens(query, IndexSchema.TITLE, text), tokens(solrQuery, IndexSchema.TITLE, text));
            assertEquals(tokens(query, IndexSchema.AUTHOR, text), tokens(solrWords, IndexSchema.AUTHOR, text));
        }
    }

    private static String seed() throws IOException {
        try (var seeds = Files.list(TestArchive.SEEDS)) {
            return seeds.sorted().findFirst().orElseThrow().getFileName().toString();
        }
    }

    private Analyzer analyzer(List<SolrConfigSet.Step> chain) throws IOException {
        CustomAnalyzer.Builder builder = CustomAnalyzer.builder(folder)
                .withPositionIncrementGap(SolrConfigSet.PARAGRAPH_POSITION_GAP)
                .withTokenizer(chain.get(0).name(), new java.util.HashMap<>(chain.get(0).params()));
        for (SolrConfigSet.Step step : chain.subList(1, chain.size())) {
            builder.addTokenFilter(step.name(), new java.util.HashMap<>(step.params()));
        }
        return builder.build();
    }

    /** Each token as its text, position increment and offsets. */
    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + "@" + (increment.getPositionIncrement() == 0 ? 0 : 1) + ":"
                        + offsets.startOffset() + "-" + offsets.endOffset());
            }
            stream.end();
        }
        return tokens;
    }

    @Test
    void namesTheQueryParserByItsClass() {
        assertEquals(ArticleQParserPlugin.class.getName(), SolrConfigSet.QUERY_PARSER_CLASS);
        String config = new String(SolrConfigSet.files(WORDS).get("solrconfig.xml"), StandardCharsets.UTF_8);
        assertTrue(config.contains("class=\"" + ArticleQParserPlugin.class.getName() + "\""), config);
    }

    @Test
    void namesItsSchemaVersionAndListsTheCommonWords() {
        Map<String, byte[]> files = SolrConfigSet.files(WORDS);
        String schema = new String(files.get("schema.xml"), StandardCharsets.UTF_8);
        assertTrue(schema.contains("name=\"broadsheet-" + IndexSchema.VERSION + "\""), schema);
        assertEquals(WORDS, CommonWords.decoded(new String(files.get(SolrConfigSet.COMMON_WORDS_FILE),
                StandardCharsets.UTF_8)));
    }
}
