package org.broadsheet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.broadsheet.index.IndexOpener;
import org.broadsheet.search.SearchHit;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SearchResult;
import org.broadsheet.search.SortOrder;
import org.broadsheet.search.Version;
import org.broadsheet.testing.StoryCorpus;
import org.broadsheet.testing.TestArchive;
import org.broadsheet.versions.WordDiff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Versions of one story found at ingest, kept up to date by live changes and restarts, collapsed in the list,
 * and compared word by word.
 */
class StoriesTest {

    @TempDir
    Path archive;

    @TempDir
    Path cache;

    private final StoryCorpus corpus = new StoryCorpus(3);
    private List<String> floods;
    private List<String> polls;

    @BeforeEach
    void writeArchive() {
        floods = corpus.paragraphs(6);
        polls = corpus.paragraphs(6);
        TestArchive files = TestArchive.in(archive);
        files.file("floods.txt", StoryCorpus.file("March 1st, 2021 at 10:00 IST", "Floods in the valley", floods));
        files.file("floods-update.txt", StoryCorpus.file("March 2nd, 2021 at 10:00 IST", "Floods in the valley: update",
                corpus.edited(floods, 3)));
        files.file("wire/floods-copy.txt", StoryCorpus.file("March 3rd, 2021 at 10:00 IST", "Valley floods",
                corpus.edited(floods, 2)));
        files.file("polls.txt", StoryCorpus.file("March 4th, 2021 at 10:00 IST", "Polls in the hills", polls));
        files.file("other.txt", StoryCorpus.file("March 5th, 2021 at 10:00 IST", "Something else",
                corpus.paragraphs(6)));
    }

    private ArchiveSession opened() throws Exception {
        ArchiveSession session = ArchiveSession.open(archive, new IndexOpener(cache), ArchiveSession.Options.defaults());
        session.ingest(IngestListener.NONE);
        return session;
    }

    private static SearchHit only(ArchiveSession session, String id) throws Exception {
        return session.searcher().search(SearchRequest.all()).hits().stream().filter(hit -> hit.id().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void findsTheVersionsOfAStoryAndListsThemOnceWhenCollapsed() throws Exception {
        try (ArchiveSession session = opened()) {
            assertEquals(3, only(session, "floods").versions());
            assertEquals(1, only(session, "polls").versions());
            SearchResult collapsed = session.searcher().search(SearchRequest.all().withCollapse(true));
            assertEquals(5, collapsed.total(), "every article still counts");
            assertEquals(3, collapsed.stories());
            assertEquals(List.of("wire/floods-copy", "polls", "other").stream().sorted().toList(),
                    TestArchive.ids(collapsed.hits()).stream().sorted().toList(), "the newest version stands for the story");
            assertEquals(3, collapsed.timeline().buckets().stream().mapToInt(bucket -> bucket.count()).sum(),
                    "the timeline counts what is listed");
            SearchResult oldest = session.searcher().search(SearchRequest.all().withCollapse(true)
                    .withSort(SortOrder.OLDEST));
            assertEquals("floods", oldest.hits().get(0).id(), "in oldest-first order, the oldest version");
        }
    }

    @Test
    void aCollapsedSearchShowsTheVersionThatMatchesAndVersionsListsThemAll() throws Exception {
        String onlyInTheUpdate = "zzyzx";
        List<String> update = corpus.edited(floods, 1);
        update.set(1, update.get(1) + " " + onlyInTheUpdate + ".");
        TestArchive.in(archive).file("floods-update.txt", StoryCorpus.file("March 2nd, 2021 at 10:00 IST",
                "Floods in the valley: update", update));
        try (ArchiveSession session = opened()) {
            SearchResult found = session.searcher().search(SearchRequest.of(onlyInTheUpdate).withCollapse(true));
            assertEquals(List.of("floods-update"), TestArchive.ids(found.hits()));
            SearchResult all = session.searcher().search(SearchRequest.of("versions:floods").withCollapse(true));
            assertEquals(3, all.hits().size(), "a story's versions are never collapsed into one");
            assertEquals("floods-update", session.searcher().read("floods-update", "versions:floods", false)
                    .orElseThrow().article().id(), "an article opened from the list of its versions reads");
        }
    }

    @Test
    void aCollapsedPhraseSearchShowsTheVersionItsListRanksFirstAndCountsEveryMatch() throws Exception {
        // The original has the phrase's words often and the phrase once; the update has the phrase twice. Ranked by
        // the phrase alone the update would come first; the list ranks phrases by their words.
        List<String> wordy = new ArrayList<>(floods);
        wordy.set(1, wordy.get(1) + " The muddy river, the river, the river, muddy.");
        List<String> twice = corpus.edited(floods, 1);
        twice.set(1, twice.get(1) + " A muddy river, a muddy river.");
        TestArchive files = TestArchive.in(archive);
        files.file("floods.txt", StoryCorpus.file("March 1st, 2021 at 10:00 IST", "Floods in the valley", wordy));
        files.file("floods-update.txt", StoryCorpus.file("March 2nd, 2021 at 10:00 IST", "Floods in the valley: update",
                twice));
        try (ArchiveSession session = opened()) {
            assertEquals(3, only(session, "floods").versions(), "still one story");
            SearchRequest phrase = SearchRequest.of("\"muddy river\"")
                    .withFacetScope(SearchRequest.FacetScope.OTHER_FILTERS);
            SearchResult listed = session.searcher().search(phrase);
            assertEquals(List.of("floods", "floods-update"), TestArchive.ids(listed.hits()));
            SearchResult collapsed = session.searcher().search(phrase.withCollapse(true));
            assertEquals(List.of("floods"), TestArchive.ids(collapsed.hits()), "the version the list ranks first");
            assertEquals(2, collapsed.total(), "every matching article counts");
            assertEquals(1, collapsed.stories());
            assertEquals(1, collapsed.timeline().buckets().stream().mapToInt(bucket -> bucket.count()).sum(),
                    "the timeline counts what is listed");
            SearchResult newest = session.searcher().search(phrase.withCollapse(true).withSort(SortOrder.NEWEST)
                    .withDates(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 1)));
            assertEquals(List.of("floods"), TestArchive.ids(newest.hits()), "the newest version within the dates");
            assertEquals(1, newest.total());
            assertEquals(1, newest.timeline().buckets().stream().mapToInt(bucket -> bucket.count()).sum(),
                    "the timeline counts the versions listed");
        }
    }

    @Test
    void listsTheOtherVersionsMostAlikeFirstAndComparesTwoWordByWord() throws Exception {
        try (ArchiveSession session = opened()) {
            List<Version> versions = session.searcher().versionsOf("floods");
            assertEquals(List.of("floods-update", "wire/floods-copy").stream().sorted().toList(),
                    versions.stream().map(Version::id).sorted().toList());
            assertTrue(versions.get(0).similarity() >= versions.get(1).similarity());
            assertTrue(versions.stream().allMatch(version -> version.similarity() >= 0.8 && version.similarity() < 1),
                    versions.toString());
            assertEquals("wire/floods-copy.txt", versions.stream().filter(v -> v.id().equals("wire/floods-copy"))
                    .findFirst().orElseThrow().file());
            assertEquals(List.of(), session.searcher().versionsOf("polls"));
            assertTrue(session.searcher().similarTo("floods", 10).stream()
                    .noneMatch(similar -> similar.id().startsWith("floods") || similar.id().contains("floods-")),
                    "its own versions are listed as versions, not as similar articles");

            List<WordDiff.Piece> pieces = session.searcher().compare("floods", "floods-update").orElseThrow();
            assertTrue(pieces.stream().anyMatch(piece -> piece.op() == WordDiff.Op.INSERT
                    && piece.text().contains("update")), "the title's new word is an insertion");
            assertTrue(pieces.stream().anyMatch(piece -> piece.op() == WordDiff.Op.DELETE));
            assertEquals(Optional.empty(), session.searcher().compare("floods", "nope"));
        }
    }

    @Test
    void aVersionAddedWhileTheArchiveIsOpenJoinsItsStory() throws Exception {
        Semaphore changes = new Semaphore(0);
        try (ArchiveSession session = opened()) {
            session.watch(changes::release);
            TestArchive.in(archive).file("polls-update.txt", StoryCorpus.file("March 6th, 2021 at 10:00 IST",
                    "Polls in the hills: update", corpus.edited(polls, 2)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (only(session, "polls").versions() != 2) {
                long left = deadline - System.nanoTime();
                assertTrue(left > 0 && changes.tryAcquire(left, TimeUnit.NANOSECONDS), "the new version never joined");
            }
            assertEquals(2, only(session, "polls-update").versions());
            assertEquals(3, only(session, "floods").versions(), "the other story is as it was");
        }
    }

    @Test
    void aRestartFindsVersionsAddedAndLetsGoOfVersionsRemoved() throws Exception {
        try (ArchiveSession session = opened()) {
            assertEquals(3, only(session, "floods").versions());
        }
        TestArchive.in(archive).file("polls-again.txt", StoryCorpus.file("March 7th, 2021 at 10:00 IST",
                "Polls in the hills, again", corpus.edited(polls, 1)));
        Files.delete(archive.resolve("wire/floods-copy.txt"));
        try (ArchiveSession session = opened()) {
            assertEquals(2, only(session, "floods").versions(), "one version went with its file");
            assertEquals(2, only(session, "polls").versions());
        }
        Files.delete(archive.resolve("floods-update.txt"));
        Path polls = archive.resolve("polls-again.txt");
        FileTime before = Files.getLastModifiedTime(polls);
        Files.writeString(polls, StoryCorpus.file("March 7th, 2021 at 10:00 IST", "Something new",
                corpus.paragraphs(6)));
        Files.setLastModifiedTime(polls, FileTime.fromMillis(before.toMillis() + 10_000));
        try (ArchiveSession session = opened()) {
            assertEquals(1, only(session, "floods").versions(), "the last version left is alone");
            assertEquals(1, only(session, "polls").versions(), "a file rewritten as another story left this one");
            assertEquals(4, session.searcher().search(SearchRequest.all().withCollapse(true)).stories(),
                    "every article is a story of its own now");
        }
    }
}
