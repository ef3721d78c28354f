package org.broadsheet.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the article files under an archive folder, recursively. Hidden files and folders are passed over
 * silently, as are files of other types and anything that is not a regular file or folder (devices, pipes,
 * sockets). Links are followed only while they lead to a place inside the archive, and a folder link that
 * leads back to a folder being listed is not followed again; a link that leads outside is a problem, unless
 * the scanner was made to follow such links. Reads nothing but directory entries and file attributes.
 * Looks at a folder's entries on several threads at once ({@link ArchiveWalk}). Stateless and thread-safe.
 */
public final class ArchiveScanner {

    static final String LINK_OUTSIDE = "link leads outside the archive";

    private final boolean followLinksOutside;

    /** A scanner that keeps to the archive: links that lead outside it are problems. */
    public ArchiveScanner() {
        this(false);
    }

    /** @param followLinksOutside whether links that lead outside the archive are followed too */
    public ArchiveScanner(boolean followLinksOutside) {
        this.followLinksOutside = followLinksOutside;
    }

    /**
     * @throws IOException when the archive folder itself cannot be listed; a sub-folder that cannot be
     *                     listed becomes a {@link org.broadsheet.article.Problem} instead
     */
    public ArchiveListing scan(Path archiveFolder) throws IOException {
        return scan(archiveFolder, archiveFolder);
    }

    /**
     * Lists the article files in one folder of an archive and below it, with paths relative to the archive.
     *
     * @param subtree {@code archiveFolder} or a folder inside it
     * @throws IOException when {@code subtree} itself cannot be listed
     */
    public ArchiveListing scan(Path archiveFolder, Path subtree) throws IOException {
        Path root = archiveFolder.toAbsolutePath().normalize();
        Path start = subtree.toAbsolutePath().normalize();
        if (!Files.isDirectory(start)) {
            throw new NoSuchFileException(start.toString(), null, "not a folder");
        }
        Path realRoot = root.toRealPath();
        Path realStart = start.toRealPath();
        String inside = start.equals(root) ? "" : relativePath(root, start) + "/";
        ArchiveWalk walk = new ArchiveWalk(root, realRoot, followLinksOutside);
        List<ArchiveFile> sorted = walk.run(new ArchiveWalk.Folder(start, realStart, inside, null,
                !realStart.equals(realRoot.resolve(root.relativize(start)).normalize())));
        List<ArchiveFile> named = new ArrayList<>(sorted.size());
        for (ArchiveFile file : sorted) {
            boolean fullId = ArticleIds.needsFullId(file.relativePath(), path -> isListed(sorted, path));
            named.add(fullId ? file.withFullId(true) : file);
        }
        return new ArchiveListing(named, walk.problems());
    }

    /** Whether a path is among those of files in path order. */
    private static boolean isListed(List<ArchiveFile> sorted, String relativePath) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = sorted.get(middle).relativePath().compareTo(relativePath);
            if (order == 0) {
                return true;
            } else if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return false;
    }

    public static boolean isArticleFile(Path file) {
        return isArticleName(file.getFileName().toString());
    }

    static boolean isArticleName(String name) {
        return ArchiveFile.Kind.of(name).isPresent();
    }

    /**
     * One article file of an archive, as a scan would list it, with the id a scan would give it.
     *
     * @throws NotDirectoryException when it is no longer a regular file
     */
    public ArchiveFile describe(Path archiveFolder, Path file) throws IOException {
        Path root = archiveFolder.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        boolean link = attributes.isSymbolicLink();
        if (link) {
            Path target = absolute.toRealPath();
            if (!target.startsWith(root.toRealPath()) && !followLinksOutside) {
                throw new LinkOutsideException(absolute.toString());
            }
            attributes = Files.readAttributes(target, BasicFileAttributes.class);
        }
        if (!attributes.isRegularFile()) {
            throw new NotDirectoryException(absolute + " is not a regular file");
        }
        String relative = relativePath(root, absolute);
        boolean viaLink = link || !absolute.toRealPath().equals(root.toRealPath().resolve(root.relativize(absolute)));
        boolean fullId = ArticleIds.needsFullId(relative, sibling -> Files.isRegularFile(root.resolve(sibling)));
        return new ArchiveFile(relative, root, attributes.size(), attributes.lastModifiedTime().toMillis(),
                viaLink, fullId);
    }

    /** A file that is a link to a place outside the archive, which the scanner does not follow. */
    public static final class LinkOutsideException extends IOException {
        LinkOutsideException(String file) {
            super(file + ": " + LINK_OUTSIDE);
        }
    }

    /** Whether a path inside an archive is hidden, or lies in a hidden folder, and so is not part of it. */
    public static boolean isHiddenWithin(Path archiveFolder, Path path) {
        Path relative = archiveFolder.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize());
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The path of a file inside an archive, with {@code /} separators on every system. */
    public static String relativePath(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
