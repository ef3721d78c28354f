package org.broadsheet.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.broadsheet.search.SimilarArticle;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.testing.TestArchive;
import org.broadsheet.ui.search.SearchViewModel.ShownQuery;
import org.broadsheet.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader view-model, tested without starting JavaFX. */
class ReaderViewModelTest {

    private static final String SEED_000 = "000_1e1bfa49edc9e94a";

    @TempDir
    Path folder;

    private ArchiveSession session;
    private ReaderViewModel model;

    @BeforeEach
    void openSeeds() throws IOException {
        TestArchive.in(folder).withSeeds();
        session = ArchiveSession.open(folder);
        session.ingest(IngestListener.NONE);
        model = new ReaderViewModel(new CurrentThreadTaskExecutor());
        model.searcherProperty().set(session.searcher());
    }

    @AfterEach
    void close() throws IOException {
        session.close();
    }

    @Test
    void comparesFromTheEarlierUpdateToTheLaterOneWhenBothWerePublishedTogether(@TempDir Path stories)
            throws IOException {
        String body = "The river rose through the night and the bridge was closed to traffic before dawn today. "
                + "Officials said the water would fall by the evening if the rain stopped as forecast.\n\n"
                + "Shops along the embankment stayed shut and families moved to the school on the hill above town.";
        TestArchive.in(stories)
                .file("first.txt", "Updated March 3rd, 2021 at 09:00 IST\n\nFloods close the bridge\n\n" + body
                        + "\n\nPublished March 3rd, 2021 at 08:00 IST\n")
                .file("second.txt", "Updated March 3rd, 2021 at 18:00 IST\n\nFloods close the bridge\n\n"
                        + body.replace("before dawn today", "before dawn on Wednesday")
                        + "\n\nPublished March 3rd, 2021 at 08:00 IST\n");
        try (ArchiveSession versions = ArchiveSession.open(stories)) {
            versions.ingest(IngestListener.NONE);
            model.searcherProperty().set(versions.searcher());
            model.show("second", ShownQuery.NONE);
            assertEquals(List.of("first"), model.versions().stream().map(version -> version.id()).toList());
            model.compareWith(model.versions().get(0));
            ReaderDocument comparison = model.documentProperty().get();
            assertTrue(comparison.lines().get(0).text().startsWith("What changed since the version updated"),
                    comparison.lines().get(0).text());
            String inserted = comparison.lines().stream()
                    .flatMap(line -> line.inserted().stream().map(range -> line.text().substring(range.start(), range.end())))
                    .reduce("", String::concat);
            assertEquals("on Wednesday.", inserted.strip(), "the later update's words are the ones put in");
        }
    }

    @Test
    void offersTheBrowserOnlyForAnArticlesWebAddress(@TempDir Path web) throws IOException {
        TestArchive.in(web).file("wire.json", """
                [{"title": "From the web", "text": "Body.", "url": "https://example.com/a"},
                 {"title": "A file", "text": "Body.", "url": "file:///etc/passwd"},
                 {"title": "A script", "text": "Body.", "url": "javascript:alert(1)"}]
                """);
        try (ArchiveSession archive = ArchiveSession.open(web)) {
            archive.ingest(IngestListener.NONE);
            model.searcherProperty().set(archive.searcher());
            model.show("wire#1", ShownQuery.NONE);
            assertEquals("https://example.com/a", model.webAddressProperty().get());
            model.show("wire#2", ShownQuery.NONE);
            assertEquals("", model.webAddressProperty().get(), "never a file the archive names");
            model.show("wire#3", ShownQuery.NONE);
            assertEquals("", model.webAddressProperty().get());
        }
    }

    @Test
    void laysTheArticleOutTitleFirstAndRelatedLast() {
        model.show("001_191ff7a9de4b3ca6", ShownQuery.NONE);
        ReaderDocument document = model.documentProperty().get();
        assertEquals(ReaderDocument.Kind.TITLE, document.lines().get(0).kind());
        assertEquals("By Jay Pandya", document.lines().get(1).text());
        assertEquals(ReaderDocument.Kind.DATES, document.lines().get(2).kind());
        assertEquals(ReaderDocument.Kind.STANDFIRST, document.lines().get(3).kind());
        int last = document.lines().size() - 1;
        assertEquals(ReaderDocument.Kind.RELATED, document.lines().get(last).kind());
        assertEquals(ReaderDocument.Kind.RELATED_HEADING, document.lines().get(last - 4).kind());
        assertEquals("", model.matchLabelProperty().get());
    }

    @Test
    void marksEveryMatchAndCountsThem() {
        model.show(SEED_000, new ShownQuery("sanction", false));
        ReaderDocument document = model.documentProperty().get();
        assertEquals(5, document.matches().size());
        for (ReaderDocument.MatchPosition match : document.matches()) {
            String word = document.lines().get(match.line()).text().substring(match.range().start(), match.range().end());
            assertEquals("sanction", word.toLowerCase().substring(0, 8));
        }
        assertEquals("5 matches", model.matchLabelProperty().get());
    }

    @Test
    void stepsThroughTheMatchesAndWrapsAround() {
        model.show(SEED_000, new ShownQuery("sanction", false));
        model.nextMatch();
        assertEquals("1 of 5", model.matchLabelProperty().get());
        model.previousMatch();
        assertEquals("5 of 5", model.matchLabelProperty().get());
        model.nextMatch();
        assertEquals("1 of 5", model.matchLabelProperty().get());
    }

    @Test
    void stepsBackwardsFromTheLastMatchFirst() {
        model.show(SEED_000, new ShownQuery("sanction", false));
        model.previousMatch();
        assertEquals(4, model.currentMatchProperty().get());
    }

    @Test
    void listsSimilarArticlesAndOpensThemWithTheSameQuery() {
        model.show(SEED_000, new ShownQuery("microsoft", false));
        assertSame(model.similar(), model.similar());
        assertEquals(List.of("001_191ff7a9de4b3ca6"), model.similar().stream().map(SimilarArticle::id).toList());
        model.openSimilar(model.similar().get(0));
        ReaderDocument document = model.documentProperty().get();
        assertEquals("001_191ff7a9de4b3ca6", document.articleId());
        assertTrue(document.matches().size() > 0, "the query's matches are marked in the similar article too");
        assertEquals(List.of(SEED_000), model.similar().stream().map(SimilarArticle::id).toList());
    }

    @Test
    void saysWhenTheArticleIsGone() {
        model.show("gone", ShownQuery.NONE);
        assertNull(model.documentProperty().get());
        assertEquals("This article is no longer in the archive.", model.messageProperty().get());
        model.show(SEED_000, ShownQuery.NONE);
        assertNotNull(model.documentProperty().get());
        model.clear();
        assertEquals(ReaderViewModel.NOTHING_SELECTED, model.messageProperty().get());
    }
}
