package org.broadsheet.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.index.FileStamp;
import org.broadsheet.index.IndexedFile;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private static final Path ARCHIVE = Path.of("archive");

    private static ArchiveFile file(String path, long size) {
        return new ArchiveFile(path, ARCHIVE, size, 1_000);
    }

    private static IndexedFile indexed(long size) {
        return new IndexedFile(new FileStamp(size, 1_000), false, false);
    }

    private static List<String> paths(List<ArchiveFile> files) {
        return files.stream().map(ArchiveFile::relativePath).toList();
    }

    @Test
    void anUnchangedArchiveNeedsNothing() {
        Reconciler reconcile = new Reconciler();
        reconcile.listedArchive(List.of(file("a.txt", 1), file("b/c.txt", 2)));
        assertTrue(reconcile.against(Map.of("a.txt", indexed(1), "b/c.txt", indexed(2)), file -> false).isEmpty());
    }

    @Test
    void readsWhatIsNewOrChangedAndDropsWhatTheArchiveNoLongerHolds() {
        Reconciler reconcile = new Reconciler();
        reconcile.listedArchive(List.of(file("a.txt", 1), file("changed.txt", 5), file("new.txt", 3)));
        Reconciler.Changes changes = reconcile.against(
                Map.of("a.txt", indexed(1), "changed.txt", indexed(4), "gone.txt", indexed(9)), file -> false);
        assertEquals(List.of("changed.txt", "new.txt"), paths(changes.toRead()));
        assertEquals(List.of("gone.txt"), changes.removed());
    }

    @Test
    void aFileListedTwiceIsReadOnceAsLastSeenAndOnlyListedPlacesLoseFiles() {
        Reconciler reconcile = new Reconciler();
        reconcile.listedFolder("news", List.of(file("news/a.txt", 1), file("news/b.txt", 2)));
        reconcile.listedFile(file("news/a.txt", 7));
        Reconciler.Changes changes = reconcile.against(Map.of("news/a.txt", indexed(1), "news/b.txt", indexed(2),
                "news/old.txt", indexed(3), "elsewhere.txt", indexed(4)), file -> false);
        assertEquals(List.of(file("news/a.txt", 7)), changes.toRead());
        assertEquals(List.of("news/old.txt"), changes.removed());
    }
}
