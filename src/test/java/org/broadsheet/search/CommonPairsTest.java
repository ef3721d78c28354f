package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.broadsheet.index.CommonWords;
import org.broadsheet.index.IndexOpener;
import org.broadsheet.index.IndexSchema;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Phrases of common words are searched through the pairs the index holds of them; they must find exactly
 * the articles whose title or a paragraph holds the words next to each other, as the words' positions would.
 */
class CommonPairsTest {

    @TempDir
    static Path archive;
    @TempDir
    static Path cache;

    /** "zeta" ends every standfirst, so the sample makes it common; "kappa" and "alpha" are in some articles only. */
    private static final List<String> VOCABULARY = Stream.of(
            Collections.nCopies(8, "the"), Collections.nCopies(6, "of"), Collections.nCopies(6, "zeta"),
            Collections.nCopies(4, "a"), List.of("kappa", "alpha")).flatMap(List::stream).toList();
    private static final int ARTICLES = 80;

    private static final List<List<String>> TEXTS = new ArrayList<>();
    private static ArchiveSession session;

    @BeforeAll
    static void writeArchive() throws IOException {
        Random random = new Random(42);
        TestArchive files = TestArchive.in(archive);
        for (int i = 0; i < ARTICLES; i++) {
            List<String> paragraphs = List.of(sentence(random) + " zeta.", sentence(random) + ".", sentence(random) + ".");
            String title = "Report " + sentence(random);
            TEXTS.add(Stream.concat(Stream.of(title), paragraphs.stream()).toList());
            files.article("a" + i + ".txt", "March 3rd, 2021 at 10:00 IST", title, paragraphs.get(0),
                    paragraphs.subList(1, 3).toArray(String[]::new));
        }
        // "in" is common (English) and in no other article: once inside a paragraph, once across two.
        files.article("within.txt", null, "Within", "Alpha in in kappa.", "Alpha.");
        TEXTS.add(List.of("Within", "Alpha in in kappa.", "Alpha."));
        files.article("across.txt", null, "Across", "Kappa alpha in.", "In kappa alpha.");
        TEXTS.add(List.of("Across", "Kappa alpha in.", "In kappa alpha."));
        session = ArchiveSession.open(archive, new IndexOpener(cache), ArchiveSession.Options.defaults());
        session.ingest(IngestListener.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        session.close();
    }

    private static String sentence(Random random) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 6 + random.nextInt(10); i++) {
            words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        }
        return String.join(" ", words);
    }

    /** How many articles hold the words next to each other in their title or one paragraph, read from the files' text. */
    private static int holding(String phrase) {
        List<String> wanted = Arrays.asList(phrase.split(" "));
        return (int) TEXTS.stream().filter(texts -> texts.stream().anyMatch(text ->
                Collections.indexOfSubList(Arrays.asList(text.toLowerCase().split("[^a-z]+")), wanted) >= 0)).count();
    }

    @Test
    void theSampleMadeTheArchivesOwnFrequentWordCommonAndKeptItWithTheIndex() throws IOException {
        Path index;
        try (Stream<Path> indexes = Files.list(cache)) {
            index = indexes.findFirst().orElseThrow();
        }
        try (FSDirectory directory = FSDirectory.open(index)) {
            String committed = SegmentInfos.readLatestCommit(directory).getUserData().get("broadsheet.commonWords");
            TreeSet<String> words = new TreeSet<>(Arrays.asList(committed.split(" ")));
            assertTrue(words.contains("zeta"), committed);
            assertTrue(words.contains("the"), committed);
            assertTrue(!words.contains("kappa") && !words.contains("alpha"), committed);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"the of", "of the", "the the", "zeta the", "zeta zeta", "the zeta of", "of the zeta the",
            "a the", "in in", "the kappa", "kappa zeta", "zeta kappa the", "alpha in"})
    void findsExactlyTheArticlesHoldingThePhrase(String phrase) throws Exception {
        SearchResult result = session.searcher().search(SearchRequest.of('"' + phrase + '"').withPage(0, 200));
        assertEquals(holding(phrase), result.total(), phrase);
        assertEquals(result.total(), result.hits().size());
    }

    @Test
    void aPhraseNeverRunsFromOneParagraphIntoTheNext() throws Exception {
        assertEquals(List.of("within"), TestArchive.ids(session.searcher().search(SearchRequest.of("\"in in\"")).hits()));
    }

    @Test
    void marksThePhraseInSnippetsByItsWords() throws Exception {
        Snippet snippet = session.searcher().search(SearchRequest.of("\"in in\"")).hits().get(0).snippet();
        List<String> marked = snippet.highlights().stream()
                .map(range -> snippet.text().substring(range.start(), range.end())).toList();
        assertEquals("in in", String.join(" ", marked).replace("in in in", "in in"), snippet.text());
    }

    @Test
    void rewritesOnlyExactPhrasesOfCommonWordsInTitleAndText() throws Exception {
        QueryLanguage language = new QueryLanguage();
        CommonWords english = CommonWords.ENGLISH_ONLY;
        String ofThe = CommonPairs.rewrite(language.parse("\"of the\"", false), english).toString();
        assertTrue(ofThe.contains(new TermQuery(new Term(IndexSchema.TEXT, CommonWords.pair("of", "the"))).toString()), ofThe);
        assertTrue(ofThe.contains(new TermQuery(new Term(IndexSchema.TITLE, CommonWords.pair("of", "the"))).toString()), ofThe);
        assertTrue(ofThe.contains("author:\"of the\""), "bylines hold no pairs: " + ofThe);

        String inOfThe = CommonPairs.rewrite(language.parse("\"in of the\"", false), english).toString();
        assertTrue(inOfThe.contains(new PhraseQuery(IndexSchema.TEXT, CommonWords.pair("in", "of"),
                CommonWords.pair("of", "the")).toString()), inOfThe);

        for (String unchanged : List.of("\"of the world\"", "\"of the\"~2", "of the")) {
            Query parsed = language.parse(unchanged, false);
            assertEquals(parsed, CommonPairs.rewrite(parsed, english), unchanged);
        }
    }
}
