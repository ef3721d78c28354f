package org.broadsheet.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * The query language of docs/search.md as cases: an archive written for its rules, and each query with the
 * articles it finds, oldest first. The embedded index and a Solr collection must both find exactly these.
 */
public final class QueryLanguageCases {

    private QueryLanguageCases() {
    }

    public static void writeArchive(Path folder) throws IOException {
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
    }

    /** Each query and the ids of the articles it finds, oldest first. */
    public static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("sanction", List.of("sanctions", "sanction")),
                Arguments.of("sanctioned", List.of("sanctions", "sanction")),
                Arguments.of("SANCTIONS", List.of("sanctions", "sanction")),
                Arguments.of("cafe", List.of("cafe")),
                Arguments.of("café", List.of("cafe")),
                Arguments.of("zurich", List.of("cafe")),
                Arguments.of("ministry foreign", List.of("ministry", "trade")),
                Arguments.of("\"foreign ministry\"", List.of("ministry")),
                Arguments.of("\"ministry of foreign\"", List.of("trade")),
                Arguments.of("\"sanction\"", List.of("sanction")),
                Arguments.of("navaln*", List.of("sanctions")),
                Arguments.of("sanc*", List.of("sanctions", "sanction")),
                Arguments.of("caf*", List.of("cafe")),
                Arguments.of("navalni~", List.of("sanctions")),
                Arguments.of("minist?y", List.of("ministry", "trade")),
                Arguments.of("ministry -sport", List.of("ministry")),
                Arguments.of("ministry NOT sport", List.of("ministry")),
                Arguments.of("-sport", List.of("sanctions", "sanction", "cafe", "ministry", "byline", "decomposed", "wire#1", "wire#2")),
                Arguments.of("cafe OR briefing", List.of("cafe", "ministry")),
                Arguments.of("(cafe OR briefing) zurich", List.of("cafe")),
                Arguments.of("title:sanction", List.of("sanctions", "sanction")),
                Arguments.of("title:ministers", List.of()),
                Arguments.of("author:pandya", List.of("byline")),
                Arguments.of("author:\"jay pandya\"", List.of("byline")),
                Arguments.of("source:reuters", List.of("wire#1")),
                Arguments.of("source:reuters.com", List.of("wire#1")),
                Arguments.of("source:\"daily star\"", List.of("wire#2")),
                Arguments.of("source:star", List.of("wire#2")),
                Arguments.of("reuters", List.of()),
                Arguments.of("jay", List.of("byline")),
                Arguments.of("update: sanctions", List.of()),
                Arguments.of("resume", List.of("decomposed")),
                Arguments.of("résumé", List.of("decomposed")),
                Arguments.of("re\u0301sume\u0301", List.of("decomposed")),
                Arguments.of("10/20", List.of("decomposed")),
                Arguments.of("9:30", List.of("decomposed")),
                Arguments.of("http://example.com", List.of()),
                Arguments.of("oil~", List.of()),
                Arguments.of("cafx~", List.of("cafe")),
                Arguments.of("caf~", List.of("cafe")),
                Arguments.of("ca~", List.of()));
    }
}
