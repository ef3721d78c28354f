package org.broadsheet.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;

import org.broadsheet.archive.ArchiveScanner;

/**
 * Turns the paths a watch reported as changed into what the index must read and drop: each path is looked at
 * as it is now, a file by its stamp, a folder as a whole, and whatever is gone is dropped with everything
 * below it. Stateless apart from where the archive is.
 */
final class LiveChanges {

    private final Path folder;
    private final ArchiveScanner scanner;

    LiveChanges(Path folder, ArchiveScanner scanner) {
        this.folder = folder;
        this.scanner = scanner;
    }

    /**
     * Lists the changed paths into a reconcile. A path can vanish while it is looked at (a file being moved, a
     * folder being deleted); it then counts as gone, since by now it is.
     *
     * @throws IOException when the archive folder itself can no longer be looked at
     */
    Reconciler listed(Collection<Path> paths) throws IOException {
        Reconciler reconcile = new Reconciler();
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (!absolute.startsWith(folder) || absolute.equals(folder) || ArchiveScanner.isHiddenWithin(folder, absolute)) {
                continue;
            }
            String relative = ArchiveScanner.relativePath(folder, absolute);
            try {
                if (Files.isDirectory(absolute)) {
                    reconcile.listedFolder(relative, scanner.scan(folder, absolute).files());
                } else if (Files.isRegularFile(absolute) && ArchiveScanner.isArticleFile(absolute)) {
                    reconcile.listedFile(scanner.describe(folder, absolute));
                } else {
                    reconcile.gone(relative);
                }
            } catch (NoSuchFileException vanished) {
                reconcile.gone(relative);
            }
        }
        return reconcile;
    }
}
