package org.broadsheet.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.index.IndexedFile;

/**
 * Compares what parts of an archive hold now with what the index remembers of them, by each file's size and
 * time: which files to read and which to drop. One comparison serves the start (the whole archive) and live
 * changes (the files and folders a watch reported), so both agree on what changed. Collect what was listed,
 * then compare once. Not thread-safe: one per reconcile.
 */
final class Reconciler {

    private final Map<String, ArchiveFile> listed = new LinkedHashMap<>();
    /** Files looked at one by one: a file the index holds and the listing lacks is gone. */
    private final Set<String> files = new HashSet<>();
    /** Folders listed as a whole, as relative paths ("" for the archive); the same holds for everything below. */
    private final Set<String> folders = new HashSet<>();

    /** What the archive's folder holds now, as a whole. */
    void listedArchive(List<ArchiveFile> found) {
        listedFolder("", found);
    }

    /** What one folder of the archive, and everything below it, holds now. */
    void listedFolder(String folder, List<ArchiveFile> found) {
        folders.add(folder);
        found.forEach(file -> listed.put(file.relativePath(), file));
    }

    /** What one article file is now. */
    void listedFile(ArchiveFile file) {
        files.add(file.relativePath());
        listed.put(file.relativePath(), file);
    }

    /** A path that is no longer there, or no longer an article file: whatever lay at or below it is gone. */
    void gone(String path) {
        files.add(path);
        folders.add(path);
    }

    /**
     * What must change in the index so that it holds what was listed.
     *
     * @param indexed   the stamp of every file the index holds now
     * @param readAgain the files to read even when unchanged, as when the way they are read has changed
     */
    Changes against(Map<String, IndexedFile> indexed, Predicate<ArchiveFile> readAgain) {
        List<ArchiveFile> toRead = new ArrayList<>();
        for (ArchiveFile file : listed.values()) {
            IndexedFile known = indexed.get(file.relativePath());
            if (known == null || known.isStaleFor(file) || readAgain.test(file)) {
                toRead.add(file);
            }
        }
        List<String> removed = new ArrayList<>();
        for (String file : indexed.keySet()) {
            if (!listed.containsKey(file) && isCovered(file)) {
                removed.add(file);
            }
        }
        return new Changes(toRead, removed);
    }

    /** Whether a file of the index lies where something was listed, so that its absence means it is gone. */
    private boolean isCovered(String file) {
        if (files.contains(file) || folders.contains("")) {
            return true;
        }
        for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
            if (folders.contains(file.substring(0, slash))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the index must do to hold the archive as it is.
     *
     * @param toRead  files to read, in place of whatever the index holds for them
     * @param removed files whose documents must go
     */
    record Changes(List<ArchiveFile> toRead, List<String> removed) {

        boolean isEmpty() {
            return toRead.isEmpty() && removed.isEmpty();
        }
    }
}
