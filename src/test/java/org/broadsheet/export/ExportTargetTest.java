package org.broadsheet.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export's file: written whole or not at all, like any new file of its folder, never inside the archive. */
class ExportTargetTest {

    @TempDir
    Path folder;

    @TempDir
    Path archive;

    @Test
    void aFailedExportLeavesTheOldFileAndNothingBesideIt() throws Exception {
        Path file = folder.resolve("out.csv");
        Files.writeString(file, "the last good export");
        assertThrows(IOException.class, () -> ExportTarget.write(file, archive, out -> {
            out.write("half of it".getBytes(StandardCharsets.UTF_8));
            throw new IOException("the disk is full");
        }));
        assertEquals("the last good export", Files.readString(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count(), "no partial file is left");
        }
        ExportTarget.write(file, archive, out -> {
            out.write("the new one".getBytes(StandardCharsets.UTF_8));
            return null;
        });
        assertEquals("the new one", Files.readString(file));
    }

    @Test
    void anExportGetsThePermissionsOfAnyNewFileThere() throws Exception {
        assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null, "a POSIX file system");
        Path plain = Files.createFile(folder.resolve("plain.txt"));
        Path exported = folder.resolve("exported.csv");
        ExportTarget.write(exported, archive, out -> null);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(exported));
    }

    @Test
    void refusesAFileInsideTheArchiveAFolderAndAMissingFolder() {
        assertEquals(archive.resolve("x.csv").toAbsolutePath() + " is inside the archive, which Broadsheet never writes to",
                assertThrows(ExportTarget.ExportRefusedException.class,
                        () -> ExportTarget.write(archive.resolve("x.csv"), archive, out -> null)).getMessage());
        assertEquals(folder.toAbsolutePath() + " is a folder; name a file", assertThrows(
                ExportTarget.ExportRefusedException.class, () -> ExportTarget.write(folder, archive, out -> null))
                .getMessage());
        assertThrows(ExportTarget.ExportRefusedException.class,
                () -> ExportTarget.write(folder.resolve("no/such/out.csv"), archive, out -> null));
    }
}
