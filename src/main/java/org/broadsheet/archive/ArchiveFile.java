package org.broadsheet.archive;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A file of the archive that may hold articles, as the scan found it.
 *
 * @param relativePath the path inside the archive folder, with {@code /} separators on every system
 * @param path         where to read it
 * @param size         its length in bytes when listed
 * @param modifiedMillis its last-modified time when listed; with {@code size}, tells whether it changed since
 */
public record ArchiveFile(String relativePath, Path path, long size, long modifiedMillis) {

    private static final String TEXT_EXTENSION = ".txt";

    /** The id of the article a text file holds: its relative path without {@code .txt}. */
    public String articleId() {
        if (relativePath.toLowerCase(Locale.ROOT).endsWith(TEXT_EXTENSION)) {
            return relativePath.substring(0, relativePath.length() - TEXT_EXTENSION.length());
        }
        return relativePath;
    }
}
