package org.broadsheet.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveScannerTest {

    @TempDir
    Path folder;

    private final ArchiveScanner scanner = new ArchiveScanner();

    private List<String> scanned() throws Exception {
        return scanner.scan(folder).files().stream().map(ArchiveFile::relativePath).toList();
    }

    @Test
    void listsArticleFilesInEveryFolderInPathOrder() throws Exception {
        TestArchive.in(folder)
                .file("b.txt", "B").file("a/z.TXT", "Z").file("a/feed.jsonl", "{}").file("a/dump.json", "[]");
        assertEquals(List.of("a/dump.json", "a/feed.jsonl", "a/z.TXT", "b.txt"), scanned());
    }

    @Test
    void passesOverHiddenEntriesAndOtherFileTypesSilently() throws Exception {
        TestArchive.in(folder)
                .file("kept.txt", "K")
                .file(".hidden.txt", "H")
                .file(".git/objects/x.txt", "G")
                .file(".DS_Store", "D")
                .file("photo.jpg", "J")
                .file("notes.md", "M")
                .file(".txt", "only an extension");
        assertEquals(List.of("kept.txt"), scanned());
        assertEquals(List.of(), scanner.scan(folder).problems());
    }

    @Test
    void followsFolderLinksButNeverLoopsBack() throws Exception {
        TestArchive.in(folder).file("real/a.txt", "A");
        Files.createSymbolicLink(folder.resolve("real/loop"), folder);
        Files.createSymbolicLink(folder.resolve("link"), folder.resolve("real"));
        List<String> files = assertTimeoutPreemptively(Duration.ofSeconds(10), this::scanned);
        assertEquals(List.of("link/a.txt", "real/a.txt"), files);
    }

    @Test
    void readsAnArchiveWhoseOwnFolderIsHidden() throws Exception {
        Path hidden = Files.createDirectory(folder.resolve(".archive"));
        TestArchive.in(hidden).file("a.txt", "A");
        assertEquals(List.of("a.txt"), scanner.scan(hidden).files().stream().map(ArchiveFile::relativePath).toList());
    }

    @Test
    void listsEveryFileOfFoldersLargerThanABatchOnceEach() throws Exception {
        TestArchive archive = TestArchive.in(folder);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 3 * ArchiveWalk.BATCH + 7; i++) {
            written.add(String.format("flat/%05d.txt", i));
        }
        for (int day = 0; day < 40; day++) {
            for (int i = 0; i < 5; i++) {
                written.add(String.format("2021/%02d/d%02d/%d.txt", day % 12, day, i));
            }
        }
        for (String path : written) {
            archive.file(path, path);
        }
        Collections.sort(written);
        assertEquals(written, scanned());
    }
}
