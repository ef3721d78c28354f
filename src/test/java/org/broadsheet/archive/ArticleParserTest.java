package org.broadsheet.archive;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.broadsheet.article.Article;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleParserTest {

    private static final Path SEEDS = Path.of("seeds");

    private final ArticleParser parser = new ArticleParser();

    private Article parseSeed(String name) throws IOException {
        String text = Files.readString(SEEDS.resolve(name + ".txt"), StandardCharsets.UTF_8);
        return parser.parse(name, text).orElseThrow();
    }

    private Article parse(String text) {
        return parser.parse("test", text).orElseThrow();
    }

    @Nested
    class SeedWithRepeatedStandfirst {

        private final Article article = parseSeed("000_1e1bfa49edc9e94a");

        SeedWithRepeatedStandfirst() throws IOException {
        }

        @Test
        void readsIdTitleAndStandfirst() {
            assertAll(
                    () -> assertEquals("000_1e1bfa49edc9e94a", article.id()),
                    () -> assertEquals("Chinese foreign ministry on Navalny and cyberattacks", article.title()),
                    () -> assertTrue(article.standfirst().startsWith("China on Tuesday said the issue of the near fatal")),
                    () -> assertTrue(article.standfirst().endsWith("no external forces should interfere.")));
        }

        @Test
        void readsBothDatesInIndianStandardTime() {
            OffsetDateTime expected = OffsetDateTime.parse("2021-03-03T21:14+05:30");
            assertEquals(expected, article.updated());
            assertEquals(expected, article.published());
        }

        @Test
        void hasNoAuthorAndNoRelatedLinks() {
            assertNull(article.author());
            assertEquals(List.of(), article.related());
        }

        @Test
        void showsTheRepeatedStandfirstOnce() {
            assertTrue(article.paragraphs().get(0).startsWith("The comments, at a regular foreign ministry briefing"));
            assertTrue(article.paragraphs().stream().noneMatch(p -> p.equals(article.standfirst())));
        }

        @Test
        void keepsEveryBodyParagraphAndDropsFurnitureAndBlankOnes() {
            assertEquals(12, article.paragraphs().size());
            assertEquals("At the briefing, Wang dismissed the allegation as \"irresponsible\" and urged the U.S. to "
                    + "\"stop making trouble out of nothing.\"", article.paragraphs().get(11));
            assertTrue(article.paragraphs().stream().noneMatch(p -> p.contains("Image:") || p.equals("Advertisement")
                    || p.isBlank() || p.equals("\u00A0")));
        }

        @Test
        void keepsCurlyQuotesAsWritten() {
            assertTrue(article.paragraphs().stream()
                    .anyMatch(p -> p.contains("\u201Chighly skilled and sophisticated\u201D")));
        }
    }

    @Nested
    class SeedWithBylineAndRelatedLinks {

        private final Article article = parseSeed("001_191ff7a9de4b3ca6");

        SeedWithBylineAndRelatedLinks() throws IOException {
        }

        @Test
        void readsTitleAndStandfirst() {
            assertEquals("Microsoft after India: China bats away another cyber-attack claim with no specific counter",
                    article.title());
            assertEquals("After Microsoft said hackers linked to China has hacked into its popular email service that "
                    + "allowed them to gain access to computers, Beijing has responded.", article.standfirst());
        }

        @Test
        void parsesAuthorFromReportedByLine() {
            assertEquals("Jay Pandya", article.author());
        }

        @Test
        void readsDates() {
            assertEquals(OffsetDateTime.parse("2021-03-04T12:13+05:30"), article.published());
            assertEquals(OffsetDateTime.parse("2021-03-04T12:13+05:30"), article.updated());
        }

        @Test
        void collectsReadLinksAsRelatedWithoutTheNoBreakSpace() {
            assertEquals(List.of(
                    "Delhi MCD bypoll results: AAP wins 4 of 5 wards in BJP-run body; CM Kejriwal on cloud 9",
                    "Sasikala quits politics amid AIADMK-BJP seat sharing talks: 'Will pray for Amma's rule'",
                    "'More than 80K Christians, Muslims in Vidyabharati schools': RSS hits back at Rahul Gandhi",
                    "I-T raids premises linked to Anurag Kashyap's Phantom Films, Taapsee Pannu & KWAN agency"),
                    article.related());
        }

        @Test
        void keepsRelatedLinksAndBylineOutOfTheBody() {
            assertEquals(8, article.paragraphs().size());
            assertTrue(article.paragraphs().get(0).startsWith("A day after Microsoft said a sophisticated group"));
            assertEquals("'... adopt a professional & responsible attitude'", article.paragraphs().get(1));
            assertTrue(article.paragraphs().stream().noneMatch(p -> p.contains("READ |") || p.contains("Reported by")
                    || p.contains("Sasikala")));
            assertTrue(article.paragraphs().get(7).startsWith("The firm further said the online platform"));
        }
    }

    @Test
    void readsDateLinesAtTheBottomOnly() {
        Article article = parse("""
                A title

                The standfirst.

                Body.

                Published March 4th, 2021 at 12:13 IST""");
        assertEquals(OffsetDateTime.parse("2021-03-04T12:13+05:30"), article.published());
        assertNull(article.updated());
        assertEquals(List.of("Body."), article.paragraphs());
    }

    @Test
    void keepsAnArticleWithoutDatesAsUndated() {
        Article article = parse("Only a headline\n\nAnd a standfirst.\n");
        assertEquals("Only a headline", article.title());
        assertEquals("And a standfirst.", article.standfirst());
        assertTrue(article.publicationDate().isEmpty());
    }

    @Test
    void usesTheUpdatedDateWhenThereIsNoPublishedDate() {
        Article article = parse("Updated March 3rd, 2021 at 23:59 IST\n\nTitle\n\nStandfirst\n");
        assertEquals(OffsetDateTime.parse("2021-03-03T23:59+05:30"), article.publicationDate().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n\n", "\u00A0\n \u00A0 \n", "Advertisement\n| Image:self\n",
            "Updated March 3rd, 2021 at 21:14 IST\n\nPublished March 3rd, 2021 at 21:14 IST"})
    void findsNoArticleInTextWithoutArticleLines(String text) {
        assertTrue(parser.parse("x", text).isEmpty());
    }

    @Test
    void parsesCrlfAndCrLineEndingsLikeLf() {
        String lf = "Updated March 3rd, 2021 at 21:14 IST\n\nTitle\n\nStandfirst.\n\nOne.\n\nTwo.\n";
        Article expected = parse(lf);
        assertEquals(expected, parse(lf.replace("\n", "\r\n")));
        assertEquals(expected, parse(lf.replace("\n", "\r")));
    }

    @Test
    void treatsFurnitureBetweenLinesAsAParagraphBreak() {
        Article article = parse("Title\n\nStandfirst\n\nFirst line\nAdvertisement\nSecond line\n");
        assertEquals(List.of("First line", "Second line"), article.paragraphs());
    }

    @Test
    void keepsLineBreaksInsideAParagraph() {
        Article article = parse("Title\n\nStandfirst\n\nA poem\nin two lines\n");
        assertEquals(List.of("A poem\nin two lines"), article.paragraphs());
    }

    @Test
    void makesAShortTitleFromAnOverlongFirstLineAndKeepsTheWholeLineAsText() {
        String longLine = "word ".repeat(200).strip();
        Article article = parse(longLine + "\n\nMore.\n");
        assertTrue(article.title().length() <= Paragraphs.MAX_TITLE_LENGTH);
        assertTrue(article.title().endsWith("…"));
        assertEquals(longLine, article.standfirst());
        assertEquals(List.of("More."), article.paragraphs());
    }
}
