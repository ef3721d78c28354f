package org.broadsheet.ui.archive;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Which archive folder a drop onto the window means. */
public final class DroppedFiles {

    private DroppedFiles() {
    }

    /**
     * The first dropped folder; when only files were dropped, the folder holding the first of them, since
     * that is the archive the file belongs to.
     */
    public static Optional<Path> archiveFolder(List<File> dropped) {
        Optional<Path> folder = dropped.stream().map(File::toPath).filter(Files::isDirectory).findFirst();
        if (folder.isPresent()) {
            return folder;
        }
        return dropped.stream().map(File::toPath).map(Path::toAbsolutePath).map(Path::getParent)
                .filter(parent -> parent != null && Files.isDirectory(parent)).findFirst();
    }
}
