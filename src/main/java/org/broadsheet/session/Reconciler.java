package org.broadsheet.session;

import java.util.ArrayList;
import java.util.Collection;
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

    /**
     * What was listed, in the order given; a path listed again (a file inside a folder listed before) stands for
     * the file as it is last seen.
     */
    private final List<List<ArchiveFile>> listings = new ArrayList<>();
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
        listings.add(found);
    }

    /** What one article file is now. */
    void listedFile(ArchiveFile file) {
        files.add(file.relativePath());
        listings.add(List.of(file));
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
        Collection<ArchiveFile> listed = listed();
        List<ArchiveFile> toRead = new ArrayList<>();
        int known = 0;
        for (ArchiveFile file : listed) {
            IndexedFile stamp = indexed.get(file.relativePath());
            if (stamp != null) {
                known++;
            }
            if (stamp == null || stamp.isStaleFor(file) || readAgain.test(file)) {
                toRead.add(file);
            }
        }
        // Each path is listed once, so when every file the index holds was listed none is gone: the common start,
        // which then needs no set of what was listed.
        List<String> removed = new ArrayList<>();
        if (known < indexed.size()) {
            Set<String> paths = new HashSet<>(listed.size() * 2);
            listed.forEach(file -> paths.add(file.relativePath()));
            for (String file : indexed.keySet()) {
                if (!paths.contains(file) && isCovered(file)) {
                    removed.add(file);
                }
            }
        }
        return new Changes(toRead, removed);
    }

    /**
     * Every file listed, each path once. A single listing, as at the start, is one scan's, which names each file
     * once, and serves as it is: a million files need no map.
     */
    private Collection<ArchiveFile> listed() {
        if (listings.size() == 1) {
            return listings.get(0);
        }
        Map<String, ArchiveFile> byPath = new LinkedHashMap<>();
        listings.forEach(listing -> listing.forEach(file -> byPath.put(file.relativePath(), file)));
        return byPath.values();
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
