package org.broadsheet.archive;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A file of the archive that may hold articles, as the scan found it.
 *
 * @param relativePath   the path inside the archive folder, with {@code /} separators on every system
 * @param archive        the archive folder, shared by all its files; with {@code relativePath}, where to read
 *                       the file (see {@link #path()}). A listing keeps one path, not two, per file: a
 *                       million-file archive's listing is held through its whole first build.
 * @param size           its length in bytes when listed
 * @param modifiedMillis its last-modified time when listed; with {@code size}, tells whether it changed since
 * @param viaLink        whether it was reached through a link (to a place inside the archive), so that
 *                       reading it must follow links; any other file is read only if it is still not a link
 * @param fullId         whether its id keeps the whole file name, extension and all, because the short id
 *                       would be another file's (see {@link #articleId()})
 */
public record ArchiveFile(String relativePath, Path archive, long size, long modifiedMillis, boolean viaLink,
                          boolean fullId) {

    /** A file reached directly, with the short id. */
    public ArchiveFile(String relativePath, Path archive, long size, long modifiedMillis) {
        this(relativePath, archive, size, modifiedMillis, false, false);
    }

    /** Where to read the file: the archive folder and the path inside it. */
    public Path path() {
        return archive.resolve(relativePath);
    }

    /** The kinds of file an archive's articles come in, by extension. */
    public enum Kind {
        /** One article in the scraped-page format. */
        TEXT(".txt"),
        /** An array of article objects, or an object holding one. */
        JSON(".json"),
        /** One article object per line. */
        JSON_LINES(".jsonl"),
        /** An RSS 2.0, RSS 1.0 (RDF) or Atom feed, each item an article. */
        FEED(".rss", ".atom", ".xml"),
        /** A saved web page, its main text one article. */
        PAGE(".html", ".htm"),
        /** A web archive (ISO 28500), each HTML page captured in it an article; read from the disk as it goes. */
        WARC(".warc", ".warc.gz");

        private final List<String> extensions;

        Kind(String... extensions) {
            this.extensions = List.of(extensions);
        }

        /** Whether files of this kind hold JSON records, read by field names (and so by the user's field map). */
        public boolean isJson() {
            return this == JSON || this == JSON_LINES;
        }

        private static final Kind[] ALL = values();

        /** The kind of a file with this name, or empty for a file that holds no articles. */
        public static Optional<Kind> of(String fileName) {
            for (Kind kind : ALL) {
                for (String extension : kind.extensions) {
                    if (fileName.length() > extension.length() && endsInLowerCase(fileName, extension)) {
                        return Optional.of(kind);
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * Whether {@code name} ends in {@code extension} once in lower case, char by char: a scan asks it of every
         * file, several times, and lowering the whole name first was a tenth of a warm start's listing.
         */
        private static boolean endsInLowerCase(String name, String extension) {
            int offset = name.length() - extension.length();
            for (int i = 0; i < extension.length(); i++) {
                if (Character.toLowerCase(name.charAt(offset + i)) != extension.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether its articles' ids keep the file's whole name: a kind with several extensions of its own, whose
         * files would otherwise clash with one another and with the other kinds' files of the same name.
         */
        public boolean keepsWholeName() {
            return extensions.size() > 1;
        }

        /** The extension as Broadsheet writes it, in lower case: the first of the kind's. */
        public String extension() {
            return extensions.get(0);
        }
    }

    public Kind kind() {
        return Kind.of(relativePath).orElseThrow(() -> new IllegalStateException("not an article file: " + relativePath));
    }

    /**
     * The file's id: its relative path without the extension, or with it when {@link #fullId()}. A text file's
     * article has this id; the records of a collection file have it followed by {@code #} and their position.
     */
    public String articleId() {
        Kind kind = kind();
        return fullId || kind.keepsWholeName() ? relativePath
                : relativePath.substring(0, relativePath.length() - kind.extension().length());
    }

    /** The same file, with the given id form. */
    public ArchiveFile withFullId(boolean full) {
        return new ArchiveFile(relativePath, archive, size, modifiedMillis, viaLink, full);
    }
}
