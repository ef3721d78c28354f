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
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The query language of docs/search.md, over articles written for each rule. */
class QueryLanguageTest {

    @TempDir
    static Path folder;

    private static ArchiveSession session;

    @BeforeAll
    static void writeArchive() throws IOException {
        TestArchive.in(folder)
                .article("sanctions.txt", "March 1st, 2021 at 10:00 IST", "Europe weighs new sanctions",
                        "Ministers met in Brussels.", "The bloc sanctioned three officials over the Navalny case.")
                .article("sanction.txt", "March 2nd, 2021 at 10:00 IST", "A single sanction", "One measure only.")
                .article("cafe.txt", "March 3rd, 2021 at 10:00 IST", "Café culture returns",
                        "Terraces reopened in Zürich.")
                .article("ministry.txt", "March 4th, 2021 at 10:00 IST", "Briefing", "The foreign ministry spoke.")
                .article("trade.txt", "March 5th, 2021 at 10:00 IST", "Trade talks",
                        "The ministry of foreign trade spoke about sport.")
                .file("byline.txt", "Updated March 6th, 2021 at 10:00 IST\n\nMarkets\n\nShares rose.\n\n"
                        + "Reported by: Jay Pandya\n\nTech led the gains.\n")
                .article("decomposed.txt", "March 7th, 2021 at 10:00 IST", "Re\u0301sume\u0301 of the week",
                        "Scores were 10/20 at 9:30.")
                .file("wire.json", """
                        [{"title": "Rates held", "text": "The bank held rates.", "date": "2021-03-08T10:00:00Z",
                          "source_domain": "www.reuters.com"},
                         {"title": "Rain again", "text": "It rained.", "date": "2021-03-09T10:00:00Z",
                          "source": {"id": null, "name": "The Daily Star"}}]
                        """);
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
    @CsvSource(delimiter = '|', textBlock = """
            sanction                      | sanctions,sanction
            sanctioned                    | sanctions,sanction
            SANCTIONS                     | sanctions,sanction
            cafe                          | cafe
            café                          | cafe
            zurich                        | cafe
            ministry foreign              | ministry,trade
            "foreign ministry"            | ministry
            "ministry of foreign"         | trade
            "sanction"                    | sanction
            navaln*                       | sanctions
            sanc*                         | sanctions,sanction
            caf*                          | cafe
            navalni~                      | sanctions
            minist?y                      | ministry,trade
            ministry -sport               | ministry
            ministry NOT sport            | ministry
            -sport                        | sanctions,sanction,cafe,ministry,byline,decomposed,wire#1,wire#2
            cafe OR briefing              | cafe,ministry
            (cafe OR briefing) zurich     | cafe
            title:sanction                | sanctions,sanction
            title:ministers               | ''
            author:pandya                 | byline
            author:"jay pandya"           | byline
            source:reuters                | wire#1
            source:reuters.com            | wire#1
            source:"daily star"           | wire#2
            source:star                   | wire#2
            reuters                       | ''
            jay                           | byline
            update: sanctions             | ''
            resume                        | decomposed
            résumé                        | decomposed
            re\u0301sume\u0301          | decomposed
            10/20                         | decomposed
            9:30                          | decomposed
            http://example.com            | ''
            oil~                          | ''
            cafx~                         | cafe
            caf~                          | cafe
            ca~                           | ''
            """)
    void findsWhatTheQueryMeans(String query, String expected) throws Exception {
        List<String> ids = expected.isEmpty() ? List.of() : List.of(expected.split(","));
        assertEquals(ids, found(query));
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
