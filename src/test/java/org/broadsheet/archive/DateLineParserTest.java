package org.broadsheet.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLineParserTest {

    private final DateLineParser parser = new DateLineParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Updated March 3rd, 2021 at 21:14 IST                  | UPDATED   | 2021-03-03T21:14+05:30
            Published March 3rd, 2021 at 21:14 IST                | PUBLISHED | 2021-03-03T21:14+05:30
            Published Mar 3, 2021 at 21:14 IST                    | PUBLISHED | 2021-03-03T21:14+05:30
            Published Mar. 3 2021 21:14 IST                       | PUBLISHED | 2021-03-03T21:14+05:30
            Published Sept 30th, 2021 at 09:05 GMT                | PUBLISHED | 2021-09-30T09:05Z
            Updated: March 3, 2021 9:14 PM IST                    | UPDATED   | 2021-03-03T21:14+05:30
            Updated March 3, 2021, 12:05 a.m. EST                 | UPDATED   | 2021-03-03T00:05-05:00
            Published 3 March 2021 at 14:30 BST                   | PUBLISHED | 2021-03-03T14:30+01:00
            Published 3rd of March, 2021 21:14 CET                | PUBLISHED | 2021-03-03T21:14+01:00
            Published Wednesday, March 3, 2021 at 9:14 pm EDT     | PUBLISHED | 2021-03-03T21:14-04:00
            Published on Wed, 3 March 2021 10:00 CEST             | PUBLISHED | 2021-03-03T10:00+02:00
            Posted March 3, 2021 10:00 PST                        | PUBLISHED | 2021-03-03T10:00-08:00
            Published March 3, 2021 10:00 PDT                     | PUBLISHED | 2021-03-03T10:00-07:00
            Published March 3, 2021 10:00 JST                     | PUBLISHED | 2021-03-03T10:00+09:00
            Published March 3, 2021 10:00 AEST                    | PUBLISHED | 2021-03-03T10:00+10:00
            Published March 3, 2021 10:00 UTC                     | PUBLISHED | 2021-03-03T10:00Z
            Published March 3, 2021 10:00 (IST)                   | PUBLISHED | 2021-03-03T10:00+05:30
            Published March 3, 2021 10:00 +05:30                  | PUBLISHED | 2021-03-03T10:00+05:30
            Published March 3, 2021 10:00 -0400                   | PUBLISHED | 2021-03-03T10:00-04:00
            Published March 3, 2021 10:00 GMT+5:30                | PUBLISHED | 2021-03-03T10:00+05:30
            Published March 3, 2021 10:00 UTC-4                   | PUBLISHED | 2021-03-03T10:00-04:00
            Published July 4, 2021 10:00 ET                       | PUBLISHED | 2021-07-04T10:00-04:00
            Published January 4, 2021 10:00 ET                    | PUBLISHED | 2021-01-04T10:00-05:00
            Published 2021-03-03T21:14:00+05:30                   | PUBLISHED | 2021-03-03T21:14+05:30
            Published 2021-03-03 21:14 IST                        | PUBLISHED | 2021-03-03T21:14+05:30
            Last updated: 2021-03-03T15:44:00Z                    | UPDATED   | 2021-03-03T15:44Z
            First published March 3, 2021                         | PUBLISHED | 2021-03-03T00:00Z
            Published March 3, 2021 at 9 pm                       | PUBLISHED | 2021-03-03T21:00Z
            UPDATED MARCH 3RD, 2021 AT 21:14 IST                  | UPDATED   | 2021-03-03T21:14+05:30
            """)
    void readsDateLineVariants(String line, DateLine.Kind kind, String expected) {
        DateLine date = parser.recognise(line).orElseThrow(() -> new AssertionError("not recognised: " + line));
        assertEquals(kind, date.kind());
        assertEquals(OffsetDateTime.parse(expected), date.date().orElseThrow(() -> new AssertionError("no date: " + line)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Updated March 33rd, 2021 at 21:14 IST",
            "Updated February 30, 2021 at 10:00 IST",
            "Updated March 3rd, 2021 at 25:14 IST",
            "Updated March 3rd, 2021 at 13:14 pm IST",
            "Updated March 3rd, 2021 at 21:14 XYZ",
            "Published Marching 3rd, 2021",
            "Updated 03/04/2021",
            "Updated Wednesday",
            "Published 12 hours ago"})
    void keepsAnUnreadableDateLineOutOfTheTextWithoutADate(String line) {
        DateLine date = parser.recognise(line).orElseThrow(() -> new AssertionError("not recognised: " + line));
        assertTrue(date.date().isEmpty(), () -> "read a date from " + line);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Updated figures show the economy grew by 3 per cent.",
            "Published by Reuters",
            "Published in Nature, the study says March 3, 2021 was the warmest day.",
            "The report was updated March 3, 2021 at 21:14 IST",
            "Updatedness matters"})
    void leavesTextThatOnlyMentionsDatesAsText(String line) {
        assertTrue(parser.recognise(line).isEmpty(), () -> "took text for a date line: " + line);
    }
}
