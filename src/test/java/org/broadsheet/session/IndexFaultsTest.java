package org.broadsheet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.broadsheet.index.ArticleIndex;
import org.broadsheet.index.IndexOpener;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a stored index survives: damage, a second window, a full disk, a cache that cannot be written. */
class IndexFaultsTest {

    private static final int ARTICLES = 40;

    @TempDir
    Path archive;

    @TempDir
    Path cache;

    @BeforeEach
    void writeArchive() {
        TestArchive files = TestArchive.in(archive);
        for (int i = 0; i < ARTICLES; i++) {
            files.article("a" + i + ".txt", "March " + (1 + i % 28) + "th, 2021 at 10:00 IST", "Harbour news " + i,
                    "Ships came in on day " + i + ".", "The port was busy with trade and fishing boats.",
                    // Long enough that the middle of a segment's file is its data, not its metadata, which opening
                    // already checks.
                    ("Cargo number " + i + " of grain, timber and coal was unloaded at berth " + (i % 7) + ". ").repeat(40));
        }
    }

    private ArchiveSession stored(IndexOpener opener) throws IOException {
        return ArchiveSession.open(archive, opener, ArchiveSession.Options.defaults());
    }

    private IndexOpener opener() {
        return new IndexOpener(cache);
    }

    private Path builtIndex() throws IOException {
        try (ArchiveSession session = stored(opener())) {
            session.ingest(IngestListener.NONE);
        }
        return opener().locationFor(archive);
    }

    private static void assertEverythingSearchable(ArchiveSession session) throws Exception {
        assertEquals(ARTICLES, session.articleCount());
        assertEquals(ARTICLES, session.searcher().search(SearchRequest.of("harbour")).total());
    }

    private static Path largestFile(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .max(Comparator.comparingLong(file -> file.toFile().length())).orElseThrow();
        }
    }

    @Test
    void rebuildsAnIndexWithATruncatedFileAndSaysSo() throws Exception {
        Path location = builtIndex();
        Path file = largestFile(location, "");
        try (RandomAccessFile truncated = new RandomAccessFile(file.toFile(), "rw")) {
            truncated.setLength(truncated.length() / 2);
        }
        try (ArchiveSession session = stored(opener())) {
            session.ingest(IngestListener.NONE);
            assertEverythingSearchable(session);
            assertEquals(ArticleIndex.Storage.DISK, session.storage());
            assertTrue(session.notices().stream().anyMatch(notice -> notice.contains("damaged")), session.notices().toString());
        }
    }

    @Test
    void rebuildsAnIndexWhoseCommitIsCorrupt() throws Exception {
        Path location = builtIndex();
        Path commit;
        try (Stream<Path> files = Files.list(location)) {
            commit = files.filter(file -> file.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
        flipBytesInTheMiddle(commit);
        try (ArchiveSession session = stored(opener())) {
            session.ingest(IngestListener.NONE);
            assertEverythingSearchable(session);
            assertTrue(session.notices().stream().anyMatch(notice -> notice.contains("damaged")));
        }
    }

    @Test
    void findsCorruptBytesDeepInASegmentWhenItVerifiesAndRebuilds() throws Exception {
        Path location = builtIndex();
        flipBytesInTheMiddle(largestFile(location, ".cfs"));
        try (ArchiveSession session = stored(opener())) {
            session.ingest(IngestListener.NONE);
            assertTrue(session.verifyIndex(IngestListener.NONE), "the damage was found and the index rebuilt");
            assertEverythingSearchable(session);
            assertTrue(session.notices().stream().anyMatch(notice -> notice.contains("damaged")));
            assertFalse(session.verifyIndex(IngestListener.NONE), "checked once per session");
        }
    }

    @Test
    void aSearchThatFailsOnADamagedIndexHasItCheckedAndRebuilt() throws Exception {
        Path location = builtIndex();
        flipBytesInTheMiddle(largestFile(location, ".cfs"));
        try (ArchiveSession session = stored(opener())) {
            assertTrue(session.repairIfDamaged(new IllegalStateException("a search failed")),
                    "the damage was found and the index rebuilt");
            assertEverythingSearchable(session);
            assertTrue(session.notices().stream().anyMatch(notice -> notice.contains("damaged")));
        }
    }

    @Test
    void aSearchThatFailsOnASoundIndexIsABugNotDamage() throws Exception {
        builtIndex();
        try (ArchiveSession session = stored(opener())) {
            session.ingest(IngestListener.NONE);
            assertFalse(session.repairIfDamaged(new IllegalStateException("a search failed")));
            assertEquals(List.of(), session.notices());
        }
    }

    private static void flipBytesInTheMiddle(Path file) throws IOException {
        try (RandomAccessFile damaged = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = damaged.length() / 2;
            for (int i = 0; i < 16; i++) {
                damaged.seek(middle + i);
                int value = damaged.read();
                damaged.seek(middle + i);
                damaged.write(value ^ 0xFF);
            }
        }
    }

    @Test
    void letsASecondWindowSearchReadOnlyAndFollowTheFirst() throws Exception {
        try (ArchiveSession first = stored(opener())) {
            first.ingest(IngestListener.NONE);
            try (ArchiveSession second = stored(opener())) {
                assertEquals(ArticleIndex.Storage.DISK_READ_ONLY, second.storage());
                assertTrue(second.notices().get(0).contains("read-only"), second.notices().toString());
                second.ingest(IngestListener.NONE);
                assertEverythingSearchable(second);

                CountDownLatch followed = new CountDownLatch(1);
                second.watch(followed::countDown);
                TestArchive.in(archive).article("late.txt", null, "Late harbour news", "Ships again.");
                first.ingest(IngestListener.NONE);
                assertTrue(followed.await(20, TimeUnit.SECONDS), "the second window saw the first one's commit");
                assertEquals(ARTICLES + 1, second.articleCount());
            }
        }
    }

    @Test
    void keepsTheIndexInMemoryWhenTheCacheFolderCannotBeMade() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("blocked"), "a file where the cache folder should be");
        try (ArchiveSession session = stored(new IndexOpener(notAFolder.resolve("indexes")))) {
            session.ingest(IngestListener.NONE);
            assertEquals(ArticleIndex.Storage.MEMORY, session.storage());
            assertTrue(session.notices().get(0).startsWith("The index cannot be kept in"), session.notices().toString());
            assertEverythingSearchable(session);
        }
    }

    @Test
    void movesToMemoryWhenTheDiskFillsUpWhileIndexing() throws Exception {
        IndexOpener fillsUp = new IndexOpener(cache, folder -> new DiskThatFillsUp(FSDirectory.open(folder), 20_000));
        try (ArchiveSession session = stored(fillsUp)) {
            session.ingest(IngestListener.NONE);
            assertEquals(ArticleIndex.Storage.MEMORY, session.storage());
            List<String> notices = session.notices();
            assertEquals("The index could not be written (the disk is full); this session indexes in memory.",
                    notices.get(notices.size() - 1));
            assertEverythingSearchable(session);
        }
        Path location = opener().locationFor(archive);
        try (Directory directory = FSDirectory.open(location)) {
            Set<String> committed = new HashSet<>(SegmentInfos.readLatestCommit(directory).files(true));
            Set<String> left = new HashSet<>(Arrays.asList(directory.listAll()));
            left.remove(IndexWriter.WRITE_LOCK_NAME);
            left.removeAll(committed);
            assertEquals(Set.of(), left, "no partial files were left behind");
        }
    }

    /** A directory that refuses to grow past a number of bytes, as a full disk does. */
    private static final class DiskThatFillsUp extends FilterDirectory {
        private final AtomicLong room;

        DiskThatFillsUp(Directory directory, long bytes) {
            super(directory);
            this.room = new AtomicLong(bytes);
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            return new FilterIndexOutput("full disk", name, super.createOutput(name, context)) {
                @Override
                public void writeByte(byte b) throws IOException {
                    use(1);
                    super.writeByte(b);
                }

                @Override
                public void writeBytes(byte[] bytes, int offset, int length) throws IOException {
                    use(length);
                    super.writeBytes(bytes, offset, length);
                }
            };
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            throw new IOException("No space left on device");
        }

        private void use(long bytes) throws IOException {
            if (room.addAndGet(-bytes) < 0) {
                throw new IOException("No space left on device");
            }
        }
    }
}
