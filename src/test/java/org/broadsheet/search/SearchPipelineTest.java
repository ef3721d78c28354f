package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.task.QueuedTaskExecutor;
import org.broadsheet.testing.RecordingSearch;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The searches behind one result list, run by an executor the test controls, over a real index. */
class SearchPipelineTest {

    private static final int ARTICLES = 250;
    private static final int PAGE = 50;

    @TempDir
    Path folder;

    private ArchiveSession session;
    private RecordingSearch search;
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final List<SearchListing> listed = new ArrayList<>();
    private final List<Map<Integer, List<SearchHit>>> listedPages = new ArrayList<>();
    private final List<Exception> failures = new ArrayList<>();
    private SearchPipeline pipeline;

    @BeforeEach
    void open() throws IOException {
        TestArchive archive = TestArchive.in(folder);
        for (int i = 0; i < ARTICLES; i++) {
            archive.article(String.format("a%04d.txt", i), "March " + (1 + i % 28) + "th, 2021 at 10:00 IST",
                    "Harbour story " + i, "Ships came in on day " + i + ".");
        }
        session = ArchiveSession.open(folder);
        session.ingest(IngestListener.NONE);
        search = new RecordingSearch(session.searcher());
        pipeline = new SearchPipeline(executor, search, new SearchPipeline.Listener() {
            @Override
            public void listed(SearchListing listing, Map<Integer, List<SearchHit>> pages, boolean refreshed) {
                listed.add(listing);
                listedPages.add(pages);
            }

            @Override
            public void failed(SearchRequest request, Exception failure) {
                failures.add(failure);
            }
        });
    }

    @AfterEach
    void close() throws IOException {
        pipeline.close();
        session.close();
    }

    private static SearchRequest request(String query) {
        return SearchRequest.of(query).withPage(0, PAGE);
    }

    private SearchListing shown() {
        return listed.get(listed.size() - 1);
    }

    @Test
    void aBurstOfRequestsRunsOneSearchForTheNewest() {
        pipeline.submit(request("harbour"));
        pipeline.submit(request("ships"));
        pipeline.submit(request("story"));
        pipeline.submit(request("day"));
        executor.runAll();
        assertEquals(List.of("day"), search.queries(), "the superseded requests were never searched");
        assertEquals(1, listed.size());
        assertEquals("day", shown().request().query());
        assertEquals(ARTICLES, shown().total());
    }

    @Test
    void stopsTheRunningSearchWhenANewerRequestComes() {
        search.whileSearching(request -> {
            if (request.query().equals("harbour")) {
                pipeline.submit(request("ships"));
            }
        });
        pipeline.submit(request("harbour"));
        executor.runAll();
        RecordingSearch.Asked superseded = search.asked().get(0);
        assertTrue(superseded.cancellation().isCancelled());
        assertTrue(superseded.failure() instanceof SearchCancelledException, String.valueOf(superseded.failure()));
        assertEquals(List.of("harbour", "ships"), search.queries());
        assertEquals(List.of("ships"), listed.stream().map(listing -> listing.request().query()).toList(),
                "only the newer list is shown");
        assertEquals(List.of(), failures, "a stopped search is no failure");
    }

    @Test
    void aRefreshWaitsForTheSearchTheUserAskedFor() {
        search.whileSearching(request -> {
            if (request.query().equals("harbour") && search.asked().size() == 1) {
                pipeline.refresh(Set.of());
            }
        });
        pipeline.submit(request("harbour"));
        executor.runAll();
        assertFalse(search.asked().get(0).cancellation().isCancelled(), "a refresh never stops the user's search");
        assertEquals(List.of("harbour", "harbour"), search.queries());
        assertEquals(2, listed.size());
    }

    @Test
    void everyPageOfAListComesFromTheStateItsFirstPageCameFrom() throws Exception {
        pipeline.submit(request(""));
        executor.runAll();
        SearchListing first = shown();
        assertEquals(ARTICLES, first.total());

        TestArchive archive = TestArchive.in(folder);
        for (int i = 0; i < 40; i++) {
            archive.article(String.format("b%04d.txt", i), "March 15th, 2021 at 11:00 IST", "Late story " + i, "More.");
        }
        session.ingest(IngestListener.NONE);

        Set<String> ids = new HashSet<>();
        List<String> inOrder = new ArrayList<>();
        for (int page = 0; page * PAGE < first.total(); page++) {
            int at = page;
            pipeline.page(first, at, hits -> hits.forEach(hit -> {
                ids.add(hit.id());
                inOrder.add(hit.id());
            }), () -> { throw new AssertionError("page " + at + " failed"); });
            executor.runAt(executor.size() - 1); // before the list is searched again after the change
        }
        assertEquals(ARTICLES, inOrder.size(), "no row twice");
        assertEquals(ARTICLES, ids.size(), "and none missing");
        assertTrue(ids.stream().allMatch(id -> id.startsWith("a")), "nothing added after the first page came");

        executor.runAll();
        assertEquals(ARTICLES + 40, shown().total(), "and the change made the list search again");
    }

    @Test
    void aPageFarFromThoseSeenFollowsOnExactly() throws Exception {
        pipeline.submit(request("harbour"));
        executor.runAll();
        SearchListing list = shown();
        List<String> jumped = new ArrayList<>();
        pipeline.page(list, 4, hits -> hits.forEach(hit -> jumped.add(hit.id())), () -> { });
        executor.runAll();
        List<String> walked = new ArrayList<>();
        SearchResult all = session.searcher().search(request("harbour").withPage(0, ARTICLES));
        all.hits().subList(4 * PAGE, 5 * PAGE).forEach(hit -> walked.add(hit.id()));
        assertEquals(walked, jumped);
    }

    @Test
    void aRefreshedListArrivesWithThePagesBeingLookedAtLoaded() throws Exception {
        pipeline.submit(request(""));
        executor.runAll();
        pipeline.refresh(Set.of(2, 3));
        executor.runAll();
        Map<Integer, List<SearchHit>> pages = listedPages.get(listedPages.size() - 1);
        assertEquals(Set.of(2, 3), pages.keySet());
        assertEquals(PAGE, pages.get(3).size());
    }

    @Test
    void listensToTheArchiveUntilClosed() throws Exception {
        pipeline.submit(request("late"));
        executor.runAll();
        assertEquals(0, shown().total());
        TestArchive.in(folder).article("late.txt", null, "Late news", "It came late.");
        session.ingest(IngestListener.NONE);
        executor.runAll();
        assertEquals(1, shown().total(), "the list followed the archive");

        pipeline.close();
        TestArchive.in(folder).article("later.txt", null, "Later news", "Later still.");
        session.ingest(IngestListener.NONE);
        executor.runAll();
        assertEquals(1, shown().total(), "a closed pipeline searches no more");
    }
}
