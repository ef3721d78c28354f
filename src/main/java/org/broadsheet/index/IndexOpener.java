package org.broadsheet.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.broadsheet.platform.ArchivePlaces;
import org.broadsheet.platform.IoFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an archive's index where it lives, in its own folder under the cache, never inside the archive; and
 * decides what to do when it cannot be used as it is:
 * <ul>
 *   <li>no index yet, or one made by another schema: build a new one;</li>
 *   <li>a damaged index (truncated or corrupt files): set it aside and build a new one, with a notice;</li>
 *   <li>another process writing it: search it read-only and follow its commits, with a notice;</li>
 *   <li>a cache folder that cannot be written: keep the index in memory for this session, with a notice.</li>
 * </ul>
 * Thread-safe.
 */
public final class IndexOpener {

    private static final Logger LOG = LoggerFactory.getLogger(IndexOpener.class);

    private final Path indexesFolder;
    private final DirectoryFactory directories;

    /** Makes the Lucene directory of an index folder; tests put failing storage behind it. */
    @FunctionalInterface
    public interface DirectoryFactory {
        Directory open(Path folder) throws IOException;
    }

    /** @param indexesFolder the folder that holds one folder per archive's index */
    public IndexOpener(Path indexesFolder) {
        this(indexesFolder, FSDirectory::open);
    }

    public IndexOpener(Path indexesFolder, DirectoryFactory directories) {
        this.indexesFolder = indexesFolder;
        this.directories = directories;
    }

    /** An index opened for an archive, with what the user should be told about it. */
    public record Opened(ArticleIndex index, List<String> notices) {
        public Opened {
            notices = List.copyOf(notices);
        }
    }

    /** The folder that holds the index of the archive in {@code archiveFolder}. */
    public Path locationFor(Path archiveFolder) {
        return indexesFolder.resolve(ArchivePlaces.nameFor(archiveFolder));
    }

    /** Opens the index of the archive in {@code archiveFolder}; falls back rather than fails. */
    public Opened open(Path archiveFolder) throws IOException {
        Path location = locationFor(archiveFolder);
        List<String> notices = new ArrayList<>();
        Directory directory;
        try {
            ensureNotInside(location, archiveFolder);
            Files.createDirectories(location);
            directory = directories.open(location);
        } catch (IOException e) {
            return inMemory(location, e, notices);
        }
        try {
            return openIn(directory, location, notices);
        } catch (IOException e) {
            directory.close();
            return inMemory(location, e, notices);
        }
    }

    private Opened openIn(Directory directory, Path location, List<String> notices) throws IOException {
        IndexState state = state(directory);
        if (state == IndexState.CURRENT) {
            try {
                return new Opened(ArticleIndex.writable(directory, IndexWriterConfig.OpenMode.APPEND,
                        ArticleIndex.Storage.DISK), notices);
            } catch (LockObtainFailedException e) {
                return openedElsewhere(directory, state, notices);
            } catch (IOException e) {
                if (!isDamage(e)) {
                    throw e;
                }
                LOG.warn("The index in {} cannot be opened", location, e);
                state = IndexState.DAMAGED;
            }
        }
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            lock.ensureValid();
            if (state == IndexState.DAMAGED) {
                notices.add("The stored index was damaged; it is being rebuilt from the archive.");
                wipe(directory);
            }
        } catch (LockObtainFailedException e) {
            return openedElsewhere(directory, state, notices);
        }
        try {
            return new Opened(ArticleIndex.writable(directory, IndexWriterConfig.OpenMode.CREATE,
                    ArticleIndex.Storage.DISK), notices);
        } catch (LockObtainFailedException e) {
            return openedElsewhere(directory, state, notices);
        }
    }

    /** Whether a failure to read an index means its files are damaged, rather than the disk unusable. */
    public static boolean isDamage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CorruptIndexException || cause instanceof IndexFormatTooOldException
                    || cause instanceof IndexFormatTooNewException || cause instanceof EOFException
                    || cause instanceof NoSuchFileException || cause instanceof FileNotFoundException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Builds the index of an archive anew, in place of one found damaged while in use; the caller has closed
     * that one.
     */
    public Opened rebuild(Path archiveFolder) throws IOException {
        Path location = locationFor(archiveFolder);
        List<String> notices = new ArrayList<>();
        Directory directory;
        try {
            directory = directories.open(location);
        } catch (IOException e) {
            return inMemory(location, e, notices);
        }
        try {
            try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                lock.ensureValid();
                wipe(directory);
            }
            return new Opened(ArticleIndex.writable(directory, IndexWriterConfig.OpenMode.CREATE,
                    ArticleIndex.Storage.DISK), notices);
        } catch (IOException e) {
            directory.close();
            return inMemory(location, e, notices);
        }
    }

    /**
     * Removes what a writer that failed part-way (a full disk) left behind in an archive's index folder: files
     * that no commit refers to. Opening a writer on the last commit deletes them; nothing is committed. Does
     * its best: a disk that still fails leaves the files for the next start, which removes them the same way.
     */
    public void removeLeftovers(Path archiveFolder) {
        Path location = locationFor(archiveFolder);
        try (Directory directory = directories.open(location)) {
            if (!ArticleIndex.exists(directory)) {
                return;
            }
            IndexWriter cleaner = new IndexWriter(directory, new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false));
            cleaner.rollback();
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not remove what a failed writer left in {}", location, e);
        }
    }

    /** Another process holds the write lock: search its index read-only if there is one yet. */
    private Opened openedElsewhere(Directory directory, IndexState state, List<String> notices) throws IOException {
        if (state == IndexState.CURRENT) {
            notices.add("Another Broadsheet window is updating this archive's index; this one searches it "
                    + "read-only and follows its updates.");
            return new Opened(ArticleIndex.readOnly(directory), notices);
        }
        directory.close();
        notices.add("Another Broadsheet window is building this archive's index; this one keeps its own in "
                + "memory for now.");
        return new Opened(ArticleIndex.inMemory(), notices);
    }

    private Opened inMemory(Path location, IOException cause, List<String> notices) throws IOException {
        LOG.warn("Cannot keep the index in {}; indexing in memory", location, cause);
        String why = cause instanceof IndexInsideArchiveException ? "it would be inside the archive"
                : IoFailures.describe(cause);
        notices.add("The index cannot be kept in " + location + " (" + why + "); this session indexes in memory.");
        return new Opened(ArticleIndex.inMemory(), notices);
    }

    /** An index inside the archive would be written into the archive, which Broadsheet never does. */
    private static void ensureNotInside(Path location, Path archiveFolder) throws IOException {
        if (ArchivePlaces.isInside(location, archiveFolder)) {
            throw new IndexInsideArchiveException(location.toString());
        }
    }

    /** The index folder would lie inside the archive. */
    private static final class IndexInsideArchiveException extends IOException {
        IndexInsideArchiveException(String location) {
            super("the index folder " + location + " would be inside the archive");
        }
    }

    private enum IndexState { ABSENT, CURRENT, OUTDATED, DAMAGED }

    /** Reads the last commit's metadata; a commit that cannot be read means a damaged index. */
    private static IndexState state(Directory directory) {
        try {
            if (!ArticleIndex.exists(directory)) {
                return IndexState.ABSENT;
            }
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            return IndexVersion.isCurrent(commit.getUserData()) ? IndexState.CURRENT : IndexState.OUTDATED;
        } catch (IOException e) {
            return IndexState.DAMAGED;
        }
    }

    /** Deletes every file of an index but the lock this process holds. */
    private static void wipe(Directory directory) throws IOException {
        for (String file : directory.listAll()) {
            if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                directory.deleteFile(file);
            }
        }
    }
}
