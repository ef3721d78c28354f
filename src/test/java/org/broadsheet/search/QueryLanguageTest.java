package org.broadsheet.search;

import static org.broadsheet.testing.TestArchive.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.testing.QueryLanguageCases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The query language of docs/search.md, over articles written for each rule. */
class QueryLanguageTest {

    @TempDir
    static Path folder;

    private static ArchiveSession session;

    @BeforeAll
    static void writeArchive() throws IOException {
        QueryLanguageCases.writeArchive(folder);
        session = ArchiveSession.open(folder);
        session.ingest(IngestListener.NONE);
    }

    @AfterAll
    static void close() throws IOException {
        session.close();
    }

    private static List<String> found(String query) throws Exception {
        return ids(session.searcher().search(SearchRequest.of(query).withSort(SortOrder.OLDEST)).hits());
    }

    private static List<String> foundWhileTyping(String query) throws Exception {
        return ids(session.searcher().search(SearchRequest.of(query).whileTyping(true).withSort(SortOrder.OLDEST)).hits());
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @MethodSource("org.broadsheet.testing.QueryLanguageCases#cases")
    void findsWhatTheQueryMeans(String query, List<String> expected) throws Exception {
        assertEquals(expected, found(query));
    }

    @Test
    void stemmingDoesNotBreakPrefixes() throws Exception {
        // "sanctions" is indexed as the stem "sanction"; a prefix of the written word must still match.
        assertEquals(List.of("sanctions"), found("sanctions*"));
    }

    @Test
    void matchesTheUnfinishedLastWordAsAPrefixWhileTyping() throws Exception {
        assertEquals(List.of(), found("navaln"));
        assertEquals(List.of("sanctions"), foundWhileTyping("navaln"));
        assertEquals(List.of("sanctions"), foundWhileTyping("bloc navaln"));
        assertEquals(List.of("ministry"), foundWhileTyping("\"foreign ministry\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "foreign ministry        | quote is not closed
            (cafe OR briefing        | ( is not closed
            cafe)                    | ) without a matching (
            *ministry                | can't start with * or ?
            ?inistry                 | can't start with * or ?
            title:*ministry          | can't start with * or ?
            cafe AND                 | need a word on each side
            OR cafe                  | need a word on each side
            -                        | goes right before a word
            cafe \\                  | escapes nothing
            /regex/                  | Regular expressions are not supported
            /unfinished              | Regular expressions are not supported
            title:                   | title: needs a word after it
            author: OR cafe          | author: needs a word after it
            ()                       | The brackets are empty
            title:()                 | The brackets are empty
            cafe^                    | A ^ needs a number after it
            [a TO z]                 | Ranges like [a TO b] are not supported
            """)
    void explainsAQueryThatCannotRunInOneLine(String query, String expected) {
        InvalidQueryException error = assertThrows(InvalidQueryException.class,
                () -> session.searcher().search(SearchRequest.of(query)));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
        assertFalse(error.getMessage().contains("\n"));
    }

    @Test
    void refusesAQueryTooLongForAPersonToHaveTyped() {
        String query = "word ".repeat(300);
        InvalidQueryException error = assertThrows(InvalidQueryException.class,
                () -> session.searcher().search(SearchRequest.of(query)));
        assertTrue(error.getMessage().startsWith("The query is too long"), error.getMessage());
    }

    @ParameterizedTest(name = "terms separated by \"{0}\"")
    @ValueSource(strings = {" ", " OR "})
    void runsOrExplainsAQueryOfHundredsOfTermsWithoutStalling(String separator) {
        List<String> words = java.util.stream.IntStream.range(0, 320).mapToObj(i -> "w" + i).toList();
        String query = String.join(separator, words);
        String shortEnough = query.substring(0, Math.min(query.length(), QueryLanguage.MAX_QUERY_LENGTH));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                session.searcher().search(SearchRequest.of(shortEnough.strip().replaceAll("(OR)?$", "").strip()));
            } catch (InvalidQueryException e) {
                assertEquals(QueryLanguage.TOO_MANY_TERMS, e.getMessage());
            }
        });
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"a*", "s*", "\"\"", "()", "!!!", "...", "\"", "((((", "title:", "a~2", "*:*", "AND",
            "\\*", "ü", "\u0000", "🙂", "\u00A0"})
    void answersEveryInputQuicklyWithResultsOrAnExplanation(String query) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                session.searcher().search(SearchRequest.of(query));
            } catch (InvalidQueryException e) {
                assertFalse(e.getMessage().isBlank());
            }
        });
    }
}
