package org.broadsheet.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.broadsheet.search.AuthorCount;
import org.broadsheet.search.SearchCancelledException;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SortOrder;
import org.broadsheet.search.SourceCount;
import org.broadsheet.search.Timeline;
import org.broadsheet.settings.SearchState;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.testing.RecordingSearch;
import org.broadsheet.testing.TestArchive;
import org.broadsheet.task.CurrentThreadTaskExecutor;
import org.broadsheet.task.QueuedTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search view-model, tested without starting JavaFX. */
class SearchViewModelTest {

    @TempDir
    Path folder;

    private ArchiveSession session;

    @BeforeEach
    void openSeeds() throws IOException {
        TestArchive.in(folder).withSeeds();
        session = ArchiveSession.open(folder);
        session.ingest(IngestListener.NONE);
    }

    @AfterEach
    void close() throws IOException {
        session.close();
    }

    private SearchViewModel modelOverSeeds() {
        SearchViewModel model = new SearchViewModel(new CurrentThreadTaskExecutor());
        model.searcherProperty().set(session.searcher());
        model.archiveLoadingProperty().set(false);
        return model;
    }

    private static List<String> ids(SearchViewModel model) {
        return model.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void listsTheWholeArchiveNewestFirstOnceASearcherIsThere() {
        SearchViewModel model = modelOverSeeds();
        assertEquals(List.of("001_191ff7a9de4b3ca6", "000_1e1bfa49edc9e94a"), ids(model));
        assertEquals("2 articles", model.countTextProperty().get());
    }

    @Test
    void narrowsTheListAsTheQueryIsTyped() {
        SearchViewModel model = modelOverSeeds();
        model.queryProperty().set("naval");
        assertEquals(List.of("000_1e1bfa49edc9e94a"), ids(model), "the unfinished last word matches as a prefix");
        assertEquals("1 article", model.countTextProperty().get());
        assertEquals(new SearchViewModel.ShownQuery("naval", true), model.shownQueryProperty().get());
    }

    @Test
    void matchesTheLastWordWholeOnceTheQueryIsConfirmed() {
        SearchViewModel model = modelOverSeeds();
        model.queryProperty().set("naval");
        model.commitQuery();
        assertEquals(List.of(), ids(model));
        assertEquals("No articles match \u201Cnaval\u201D.", model.emptyMessageProperty().get());
    }

    @Test
    void narrowsTheListToTheDateRange() {
        SearchViewModel model = modelOverSeeds();
        model.fromProperty().set(LocalDate.of(2021, 3, 4));
        assertEquals(List.of("001_191ff7a9de4b3ca6"), ids(model));
        model.clearDates();
        assertEquals(2, model.hits().size());
    }

    @Test
    void movesTheOtherDateWhenARangeWouldRunBackwards() {
        SearchViewModel model = modelOverSeeds();
        model.toProperty().set(LocalDate.of(2021, 3, 3));
        model.fromProperty().set(LocalDate.of(2021, 3, 4));
        assertEquals(LocalDate.of(2021, 3, 4), model.toProperty().get());
    }

    @Test
    void explainsABadQueryAndKeepsThePreviousResults() {
        SearchViewModel model = modelOverSeeds();
        model.queryProperty().set("microsoft");
        List<String> before = ids(model);
        model.queryProperty().set("microsoft (");
        assertFalse(model.queryErrorProperty().get().isEmpty());
        assertEquals(before, ids(model));
        model.queryProperty().set("microsoft");
        assertEquals("", model.queryErrorProperty().get());
    }

    @Test
    void saysWhatMatchedNothingIncludingTheDates() {
        SearchViewModel model = modelOverSeeds();
        model.fromProperty().set(LocalDate.of(2022, 1, 1));
        model.queryProperty().set("hafnium");
        assertEquals("No articles match \u201Chafnium\u201D since 1 Jan 2022.", model.emptyMessageProperty().get());
        assertEquals("0 articles", model.countTextProperty().get());
    }

    @Test
    void stopsTheSearchThatANewerQuerySupersedesAndShowsOnlyTheNewer() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        SearchViewModel model = new SearchViewModel(executor);
        RecordingSearch search = new RecordingSearch(session.searcher());
        model.searcherProperty().set(search);
        executor.runAll();
        search.whileSearching(request -> {
            if (request.query().equals("navalny")) {
                model.queryProperty().set("jay");
                executor.runAt(executor.size() - 1); // the typing pause for "jay" ends while navalny is searched
            }
        });
        model.queryProperty().set("navalny");
        executor.runAll();
        assertEquals(List.of("", "navalny", "jay"), search.queries());
        RecordingSearch.Asked navalny = search.asked().get(1);
        assertTrue(navalny.cancellation().isCancelled(), "the search for navalny was told to stop");
        assertInstanceOf(SearchCancelledException.class, navalny.failure(), "and it stopped");
        assertEquals(List.of("001_191ff7a9de4b3ca6"), ids(model));
        assertEquals("jay", model.shownQueryProperty().get().text());
    }

    @Test
    void waitsForAPauseInTypingAndSearchesOnceForAWordTypedLetterByLetter() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        SearchViewModel model = new SearchViewModel(executor);
        RecordingSearch search = new RecordingSearch(session.searcher());
        model.searcherProperty().set(search);
        executor.runAll();
        for (String typed : List.of("n", "na", "nav", "naval")) {
            model.queryProperty().set(typed);
        }
        List<QueuedTaskExecutor.Queued> queued = executor.queued();
        assertEquals(4, queued.size(), "a pause for each keystroke, and no search yet");
        assertTrue(queued.stream().allMatch(item -> SearchViewModel.TYPING_PAUSE.equals(item.delay())));
        assertEquals(3, queued.stream().filter(QueuedTaskExecutor.Queued::isCancelled).count(),
                "each keystroke ends the pause of the one before");
        executor.runAll();
        assertEquals(List.of("000_1e1bfa49edc9e94a"), ids(model));
        assertEquals("naval", model.shownQueryProperty().get().text());
        assertEquals(List.of("", "naval"), search.queries(), "after the first list, one search, for the word typed");
    }

    @Test
    void keepsTheSelectionWhenTheListIsRefreshed() {
        SearchViewModel model = modelOverSeeds();
        model.select(model.hits().get(1));
        model.refresh();
        assertEquals(1, model.selectedIndex().orElseThrow());
        assertTrue(model.selectedProperty().get().id().startsWith("000"));
    }

    @Test
    void picksTheDaysOfTheTimelineBarsSelected() {
        SearchViewModel model = modelOverSeeds();
        List<Timeline.Bucket> bars = model.timelineProperty().get().buckets();
        assertEquals(2, bars.size());
        model.selectPeriod(bars.get(1), bars.get(1));
        assertEquals(LocalDate.of(2021, 3, 4), model.fromProperty().get());
        assertEquals(LocalDate.of(2021, 3, 4), model.toProperty().get());
        assertEquals(List.of("001_191ff7a9de4b3ca6"), ids(model));
        assertEquals(2, model.timelineProperty().get().buckets().size(), "the timeline still shows the dates around");
        model.selectPeriod(bars.get(1), bars.get(0));
        assertEquals(LocalDate.of(2021, 3, 3), model.fromProperty().get());
        assertEquals(2, model.hits().size());
    }

    @Test
    void narrowsToAnAuthorAndStillCountsTheOthers() {
        SearchViewModel model = modelOverSeeds();
        assertEquals(List.of(new AuthorCount("Jay Pandya", 1)), model.authors());
        model.chosenAuthors().add("Jay Pandya");
        assertEquals(List.of("001_191ff7a9de4b3ca6"), ids(model));
        model.queryProperty().set("navalny");
        assertEquals("No articles match \u201Cnavalny\u201D by Jay Pandya.", model.emptyMessageProperty().get());
        model.clearAll();
        assertEquals(2, model.hits().size());
    }

    @Test
    void followsTheQueryInTheTimeline() {
        SearchViewModel model = modelOverSeeds();
        model.queryProperty().set("navalny");
        assertEquals(List.of(1), model.timelineProperty().get().buckets().stream().map(Timeline.Bucket::count).toList());
    }

    @Test
    void saysTheListIsNewestFirstWithoutAQueryAndBestMatchWithOne() {
        SearchViewModel model = modelOverSeeds();
        assertEquals(SortOrder.NEWEST, model.effectiveSortProperty().get());
        assertFalse(model.canSortBy(SortOrder.RELEVANCE));
        model.queryProperty().set("china");
        assertEquals(SortOrder.RELEVANCE, model.effectiveSortProperty().get());
        model.sortProperty().set(SortOrder.OLDEST);
        assertEquals(List.of("000_1e1bfa49edc9e94a", "001_191ff7a9de4b3ca6"), ids(model));
        model.queryProperty().set("");
        assertEquals(SortOrder.OLDEST, model.effectiveSortProperty().get(), "a chosen order stays chosen");
    }

    @Test
    void takesAYearOrAMonthAsItsWholeSpanAndRefusesWhatIsNoDate() {
        SearchViewModel model = modelOverSeeds();
        assertTrue(model.enterFrom("2021-03"));
        assertTrue(model.enterTo("2021"));
        assertEquals(LocalDate.of(2021, 3, 1), model.fromProperty().get());
        assertEquals(LocalDate.of(2021, 12, 31), model.toProperty().get());
        assertFalse(model.enterFrom("1/3/1987"));
        assertTrue(model.fromErrorProperty().get().contains("is not a date"), model.fromErrorProperty().get());
        assertEquals(LocalDate.of(2021, 3, 1), model.fromProperty().get(), "the filter stays as it was");
        assertTrue(model.enterFrom(""));
        assertEquals("", model.fromErrorProperty().get());
        assertEquals(null, model.fromProperty().get());
    }

    @Test
    void narrowsToAnOutletAndStillCountsTheOthers() throws IOException {
        TestArchive.in(folder)
                .file("wire.json", "{\"title\": \"Wire story\", \"text\": \"Text.\", \"domain\": \"reuters.com\"}")
                .file("feed.json", "{\"title\": \"Feed story\", \"text\": \"Text.\", \"hostname\": \"apnews.com\"}");
        session.ingest(IngestListener.NONE);
        SearchViewModel model = modelOverSeeds();
        assertEquals(List.of(new SourceCount("apnews.com", 1), new SourceCount("reuters.com", 1)), model.sources());
        model.chosenSources().add("reuters.com");
        assertEquals(List.of("wire#1"), ids(model));
        assertEquals(List.of(new SourceCount("apnews.com", 1), new SourceCount("reuters.com", 1)), model.sources(),
                "every outlet is still counted");
        assertEquals(Set.of("reuters.com"), model.state().sources());
        model.queryProperty().set("navalny");
        assertEquals("No articles match \u201Cnavalny\u201D from reuters.com.", model.emptyMessageProperty().get());
        model.restore(SearchState.EMPTY);
        assertEquals(4, model.hits().size());
    }

    @Test
    void narrowsToAnyOfSeveralAuthors() throws IOException {
        TestArchive.in(folder).file("other.txt", "Other story\n\nReported by: Ana Ruiz\n\nText.");
        session.ingest(IngestListener.NONE);
        SearchViewModel model = modelOverSeeds();
        model.chosenAuthors().addAll(List.of("Jay Pandya", "Ana Ruiz"));
        assertEquals(List.of("001_191ff7a9de4b3ca6", "other"), ids(model).stream().sorted().toList());
        assertEquals(List.of(new AuthorCount("Ana Ruiz", 1), new AuthorCount("Jay Pandya", 1)), model.authors(),
                "every author is still counted");
    }

    @Test
    void putsBackWhatWasAskedOfAnArchiveWithOneSearch() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        SearchViewModel model = new SearchViewModel(executor);
        RecordingSearch search = new RecordingSearch(session.searcher());
        model.searcherProperty().set(search);
        executor.runAll();
        model.restore(new SearchState("navalny", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31), Set.of(),
                Set.of(), Set.of()));
        executor.runAll();
        assertEquals(List.of("", "navalny"), search.queries(), "the whole state in one search");
        assertEquals(List.of("000_1e1bfa49edc9e94a"), ids(model));
        assertEquals(new SearchState("navalny", LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 31), Set.of(), Set.of(),
                Set.of()),
                model.state());
    }

    @Test
    void opensAnEmptyCalendarOnTheNewestListedDay() {
        SearchViewModel model = modelOverSeeds();
        assertEquals(LocalDate.of(2021, 3, 4), model.newestListedDay().orElseThrow());
    }

    @Test
    void exposesListsThatKeepTheirListeners() {
        SearchViewModel model = modelOverSeeds();
        assertSame(model.hits(), model.hits());
        assertSame(model.authors(), model.authors());
    }

    @Test
    void saysTheArchiveIsStillBeingReadWhileItIsEmpty() {
        SearchViewModel model = new SearchViewModel(new CurrentThreadTaskExecutor());
        assertEquals("Opening the archive…", model.emptyMessageProperty().get());
    }
}
