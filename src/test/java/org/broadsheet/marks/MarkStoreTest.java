package org.broadsheet.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.broadsheet.article.MarkSnapshot;
import org.broadsheet.article.Marks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Marks in a real SQLite file: kept, changed in transactions, shared between windows, and safe from bad files. */
class MarkStoreTest {

    private static final ArticleRef KERALA = new ArticleRef("2021/kerala-floods", "f1", "Floods in Kerala");
    private static final ArticleRef ASSAM = new ArticleRef("2021/assam-polls", "f2", "Polls in Assam");

    @TempDir
    Path data;

    private Path file() {
        return data.resolve("marks.sqlite");
    }

    @Test
    void keepsStarsTagsNotesAndReadStateAcrossOpenings() throws Exception {
        try (MarkStore store = MarkStore.open(file())) {
            store.apply(List.of(KERALA), new MarkChange(true, Set.of("Floods", "kerala 2021"), Set.of(),
                    "Check the rainfall figures", true));
            store.apply(List.of(ASSAM), MarkChange.addTag("floods"));
        }
        try (MarkStore reopened = MarkStore.open(file())) {
            Marks kerala = reopened.marksOf(KERALA.id());
            assertTrue(kerala.starred());
            assertEquals(List.of("Floods", "kerala 2021"), kerala.tags());
            assertEquals("Check the rainfall figures", kerala.note());
            assertTrue(kerala.read());
            assertEquals(List.of("floods"), reopened.marksOf(ASSAM.id()).tags());
            assertEquals(Map.of("Floods", 2, "kerala 2021", 1), reopened.tagCounts(),
                    "a tag is one tag whatever its case");
            assertEquals(List.of(), reopened.notices());
        }
    }

    @Test
    void changesManyArticlesAtOnceAndDropsAnArticleWithNothingLeft() throws Exception {
        try (MarkStore store = MarkStore.open(file())) {
            store.apply(List.of(KERALA, ASSAM), MarkChange.star(true));
            assertEquals(2, store.snapshot().articles().size());
            store.apply(List.of(KERALA, ASSAM), MarkChange.star(false));
            assertEquals(Marks.NONE, store.marksOf(KERALA.id()));
            assertEquals(List.of(), store.snapshot().articles(), "unmarked articles are not kept");
        }
    }

    @Test
    void takesTagsWithSpacesQuotesAndAnyScriptAndRefusesWhatCannotBeATag() throws Exception {
        try (MarkStore store = MarkStore.open(file())) {
            store.apply(List.of(KERALA), new MarkChange(null, Set.of("  two words ", "it's \"quoted\"",
                    "Ελλάδα", "café; bar, baz"), Set.of(), null, null));
            assertEquals(List.of("café; bar, baz", "it's \"quoted\"", "two words", "Ελλάδα"),
                    store.marksOf(KERALA.id()).tags());
            MarkException tooLong = assertThrows(MarkException.class,
                    () -> store.apply(List.of(KERALA), MarkChange.addTag("x".repeat(10_000))));
            assertEquals("A tag can have at most 100 characters; this one has 10,000.", tooLong.getMessage());
            assertEquals("A tag needs at least one letter or digit.", assertThrows(MarkException.class,
                    () -> store.apply(List.of(KERALA), MarkChange.addTag("  "))).getMessage());
            assertEquals("A tag can't contain line breaks or tabs.", assertThrows(MarkException.class,
                    () -> store.apply(List.of(KERALA), MarkChange.addTag("a\nb"))).getMessage());
            assertEquals(4, store.marksOf(KERALA.id()).tags().size(), "a refused change changes nothing");
        }
    }

    @Test
    void keepsANoteOfMegabytesAndRefusesOneTooLongWithoutLosingTheOldOne() throws Exception {
        String large = "Source said: ".repeat(70_000);
        try (MarkStore store = MarkStore.open(file())) {
            store.apply(List.of(KERALA), MarkChange.note(large));
            MarkException refused = assertThrows(MarkException.class,
                    () -> store.apply(List.of(KERALA), MarkChange.note("y".repeat(2_000_000))));
            assertEquals("A note can have at most 1,000,000 characters; this one has 2,000,000.", refused.getMessage());
        }
        try (MarkStore reopened = MarkStore.open(file())) {
            assertEquals(large, reopened.marksOf(KERALA.id()).note());
        }
    }

    @Test
    void aSecondWindowSeesTheFirstOnesChanges() throws Exception {
        try (MarkStore first = MarkStore.open(file()); MarkStore second = MarkStore.open(file())) {
            CountDownLatch heard = new CountDownLatch(1);
            second.addChangeListener(heard::countDown);
            second.watch(50);
            first.apply(List.of(KERALA), MarkChange.star(true));
            assertTrue(heard.await(10, TimeUnit.SECONDS), "the second window heard of the change");
            assertTrue(second.marksOf(KERALA.id()).starred());
            second.apply(List.of(KERALA), MarkChange.addTag("shared"));
            assertEquals(List.of("shared"), second.marksOf(KERALA.id()).tags());
        }
    }

    @Test
    void setsADamagedFileAsideAndStartsANewOne() throws Exception {
        Files.writeString(file(), "this was never a database, whatever its name says ".repeat(200));
        try (MarkStore store = MarkStore.open(file())) {
            assertEquals(1, store.notices().size());
            assertTrue(store.notices().get(0).startsWith("The marks file was damaged; it was set aside as marks.sqlite.damaged-"),
                    store.notices().get(0));
            store.apply(List.of(KERALA), MarkChange.star(true));
            assertTrue(store.isWritable());
        }
        try (var files = Files.list(data)) {
            assertTrue(files.anyMatch(path -> path.getFileName().toString().startsWith("marks.sqlite.damaged-")),
                    "the damaged file is kept for the user");
        }
        try (MarkStore reopened = MarkStore.open(file())) {
            assertTrue(reopened.marksOf(KERALA.id()).starred());
        }
    }

    @Test
    void showsTheMarksOfAReadOnlyFileAndRefusesChangesInWords() throws Exception {
        try (MarkStore store = MarkStore.open(file())) {
            store.apply(List.of(KERALA), MarkChange.star(true));
        }
        assertTrue(file().toFile().setWritable(false));
        // The system administrator may write any file: for them no file is read-only.
        assumeFalse(Files.isWritable(file()), "files without write permission are writable for this user");
        try (MarkStore store = MarkStore.open(file())) {
            assertTrue(store.marksOf(KERALA.id()).starred(), "the marks are shown");
            assertFalse(store.isWritable());
            assertEquals(List.of("The marks file is read-only: marks are shown, but can't be changed."), store.notices());
            MarkException refused = assertThrows(MarkException.class,
                    () -> store.apply(List.of(ASSAM), MarkChange.star(true)));
            assertEquals("The marks file is read-only, so the change was not saved.", refused.getMessage());
        } finally {
            assertTrue(file().toFile().setWritable(true));
        }
    }

    @Test
    void aFileLockedByAnotherProgramIsToldAndTriedAgainOnTheNextChange() throws Exception {
        try (MarkStore store = MarkStore.open(file())) {
            store.apply(List.of(KERALA), MarkChange.star(true));
        }
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement statement = other.createStatement()) {
            statement.execute("PRAGMA locking_mode = EXCLUSIVE");
            statement.execute("BEGIN EXCLUSIVE");
            try (MarkStore store = MarkStore.open(file())) {
                assertEquals(List.of("The marks file is locked by another program: marks can't be shown or changed "
                        + "until it lets go."), store.notices());
                MarkException refused = assertThrows(MarkException.class,
                        () -> store.apply(List.of(ASSAM), MarkChange.star(true)));
                assertTrue(refused.getMessage().startsWith("The marks file is locked by another program"),
                        refused.getMessage());
                statement.execute("COMMIT");
                statement.execute("PRAGMA locking_mode = NORMAL");
                statement.execute("SELECT 1");
                other.close();
                store.apply(List.of(ASSAM), MarkChange.star(true));
                assertTrue(store.marksOf(KERALA.id()).starred(), "once the lock is gone, the marks are there");
                assertTrue(store.marksOf(ASSAM.id()).starred());
            }
        }
    }

    @Test
    void showsButDoesNotChangeMarksSavedByANewerBroadsheet() throws Exception {
        try (MarkStore store = MarkStore.open(file())) {
            store.apply(List.of(KERALA), MarkChange.star(true));
        }
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement statement = other.createStatement()) {
            statement.execute("PRAGMA user_version = " + (MarksSchema.LATEST + 1));
        }
        try (MarkStore store = MarkStore.open(file())) {
            assertTrue(store.marksOf(KERALA.id()).starred());
            assertFalse(store.isWritable());
            assertEquals(List.of("The marks were saved by a newer Broadsheet: they are shown, but can't be changed."),
                    store.notices());
            assertEquals("The marks file is read-only, so the change was not saved.", assertThrows(MarkException.class,
                    () -> store.apply(List.of(ASSAM), MarkChange.star(true))).getMessage());
        }
    }

    @Test
    void keepsTheSavedSearchesOfAnOlderDatabaseAndLetsThemKeepSources() throws Exception {
        try (Connection older = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement statement = older.createStatement()) {
            MarksSchema.migrate(older, 1);
            statement.execute("INSERT INTO saved_search (name, query, saved_at) VALUES ('Floods', 'flood*', 0)");
            statement.execute("INSERT INTO saved_search_filter (search, kind, value) VALUES "
                    + "('Floods', 'author', 'Jay Pandya'), ('Floods', 'tag', 'kerala')");
        }
        try (MarkStore store = MarkStore.open(file())) {
            assertTrue(store.isWritable());
            assertEquals(List.of(new SavedSearch("Floods", "flood*", null, null, Set.of("Jay Pandya"), Set.of(),
                    Set.of("kerala"))), store.savedSearches());
            store.save(new SavedSearch("Floods", "flood*", null, null, Set.of(), Set.of("thehindu.com"), Set.of()));
        }
        try (MarkStore reopened = MarkStore.open(file())) {
            assertEquals(List.of(new SavedSearch("Floods", "flood*", null, null, Set.of(), Set.of("thehindu.com"),
                    Set.of())), reopened.savedSearches());
        }
    }

    @Test
    void keepsMarksInMemoryWhenTheDataFolderCannotBeMade() throws Exception {
        Path blocker = data.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the folder should be");
        try (MarkStore store = MarkStore.open(blocker.resolve("marks.sqlite"))) {
            assertEquals(1, store.notices().size());
            assertTrue(store.notices().get(0).endsWith("they are kept until Broadsheet closes."), store.notices().get(0));
            store.apply(List.of(KERALA), MarkChange.star(true));
            assertTrue(store.marksOf(KERALA.id()).starred());
        }
    }

    @Test
    void savesSearchesByNameAndRemembersRecentQueries() throws Exception {
        try (MarkStore store = MarkStore.open(file())) {
            store.save(new SavedSearch("Floods", "flood* tag:kerala", LocalDate.of(2021, 1, 1), null,
                    Set.of("Jay Pandya"), Set.of("thehindu.com"), Set.of("kerala")));
            store.save(new SavedSearch("assam", "assam", null, null, Set.of(), Set.of("Reuters"), Set.of()));
            store.save(new SavedSearch("Floods", "flood*", null, LocalDate.of(2021, 12, 31), Set.of(), Set.of(),
                    Set.of()));
            assertEquals("A saved search needs a name.", assertThrows(MarkException.class,
                    () -> store.save(new SavedSearch(" ", "x", null, null, Set.of(), Set.of(), Set.of())))
                    .getMessage());
            for (int i = 0; i < MarkStore.RECENT_QUERIES + 5; i++) {
                store.rememberQuery("query " + i);
            }
            store.rememberQuery("query 3");
        }
        try (MarkStore reopened = MarkStore.open(file())) {
            List<SavedSearch> saved = reopened.savedSearches();
            assertEquals(List.of("assam", "Floods"), saved.stream().map(SavedSearch::name).toList());
            assertEquals(new SavedSearch("assam", "assam", null, null, Set.of(), Set.of("Reuters"), Set.of()),
                    saved.get(0));
            assertEquals(new SavedSearch("Floods", "flood*", null, LocalDate.of(2021, 12, 31), Set.of(), Set.of(),
                    Set.of()), saved.get(1), "saving under a name replaces what was saved under it");
            reopened.deleteSavedSearch("assam");
            assertEquals(1, reopened.savedSearches().size());
            List<String> recent = reopened.recentQueries(100);
            assertEquals(MarkStore.RECENT_QUERIES, recent.size());
            assertEquals(List.of("query 3", "query 54", "query 53"), recent.subList(0, 3));
        }
    }

    @Test
    void followsArticlesThatMovedWereEditedOrAreGone() throws Exception {
        ArticleRef moved = new ArticleRef("old/place", "moved-print", "Moved");
        ArticleRef edited = new ArticleRef("edited", "before-edit", "Edited");
        ArticleRef gone = new ArticleRef("gone", "gone-print", "Gone");
        try (MarkStore store = MarkStore.open(file())) {
            store.apply(List.of(moved, edited, gone), MarkChange.star(true));
            Map<String, String> now = Map.of("new/place", "moved-print", "edited", "after-edit");
            store.reattach(new ArticleLocator() {
                @Override
                public Map<String, String> fingerprintsOf(java.util.Collection<String> ids) {
                    Map<String, String> found = new java.util.HashMap<>();
                    ids.stream().filter(now::containsKey).forEach(id -> found.put(id, now.get(id)));
                    return found;
                }

                @Override
                public Map<String, String> idsWithFingerprints(java.util.Collection<String> prints) {
                    Map<String, String> found = new java.util.HashMap<>();
                    now.forEach((id, print) -> {
                        if (prints.contains(print)) {
                            found.put(print, id);
                        }
                    });
                    return found;
                }
            });
            assertTrue(store.marksOf("new/place").starred(), "the marks went with the moved article");
            assertEquals(Marks.NONE, store.marksOf("old/place"));
            assertTrue(store.marksOf("edited").starred());
            assertTrue(store.marksOf("edited").changed(), "an edited article is noted as changed");
            assertEquals(List.of("gone"), store.missing().stream().map(MarkStore.MissingArticle::id).toList());
            assertEquals("Gone", store.missing().get(0).title());
            MarkSnapshot snapshot = store.snapshot();
            store.forget(List.of("gone"));
            assertEquals(snapshot.articles().size() - 1, store.snapshot().articles().size());
            store.apply(List.of(new ArticleRef("edited", "after-edit", "Edited")), MarkChange.addTag("seen"));
            assertFalse(store.marksOf("edited").changed(), "marking it again means the user saw it as it is");
        }
    }
}
