package org.broadsheet.ui.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DroppedFilesTest {

    @TempDir
    Path folder;

    @Test
    void opensTheDroppedFolder() throws Exception {
        Path file = Files.writeString(folder.resolve("a.txt"), "x");
        Path archive = Files.createDirectory(folder.resolve("archive"));
        assertEquals(Optional.of(archive), DroppedFiles.archiveFolder(List.of(file.toFile(), archive.toFile())));
    }

    @Test
    void opensTheFolderOfADroppedFile() throws Exception {
        Path file = Files.writeString(folder.resolve("a.txt"), "x");
        assertEquals(Optional.of(folder), DroppedFiles.archiveFolder(List.of(file.toFile())));
    }

    @Test
    void opensNothingForNothingThatExists() {
        assertEquals(Optional.empty(), DroppedFiles.archiveFolder(List.of()));
        assertEquals(Optional.empty(), DroppedFiles.archiveFolder(List.of(new File("/no/such/dir/file.txt"))));
    }
}
