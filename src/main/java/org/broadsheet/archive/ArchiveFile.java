package org.broadsheet.archive;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A file of the archive that may hold articles, as the scan found it.
 *
 * @param relativePath   the path inside the archive folder, with {@code /} separators on every system
 * @param path           where to read it
 * @param size           its length in bytes when listed
 * @param modifiedMillis its last-modified time when listed; with {@code size}, tells whether it changed since
 */
public record ArchiveFile(String relativePath, Path path, long size, long modifiedMillis) {

    /** The kinds of file an archive's articles come in, by extension. */
    public enum Kind {
        /** One article in the scraped-page format. */
        TEXT(".txt"),
        /** An array of article objects, or an object holding one. */
        JSON(".json"),
        /** One article object per line. */
        JSON_LINES(".jsonl");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        /** The kind of a file with this name, or empty for a file that holds no articles. */
        public static Optional<Kind> of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            for (Kind kind : values()) {
                if (lower.endsWith(kind.extension) && lower.length() > kind.extension.length()) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public Kind kind() {
        return Kind.of(relativePath).orElseThrow(() -> new IllegalStateException("not an article file: " + relativePath));
    }

    /**
     * The file's id: its relative path without the extension. A text file's article has this id; the records
     * of a collection file have it followed by {@code #} and their position.
     */
    public String articleId() {
        return relativePath.substring(0, relativePath.length() - kind().extension.length());
    }
}
