package org.broadsheet.archive;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.broadsheet.article.Problem;
import org.broadsheet.platform.IoFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the article files under an archive folder, recursively. Hidden files and folders are passed over
 * silently, as are files of other types and anything that is not a regular file or folder (devices, pipes,
 * sockets). Links are followed only while they lead to a place inside the archive, and a folder link that
 * leads back to a folder being listed is not followed again; a link that leads outside is a problem, unless
 * the scanner was made to follow such links. Reads nothing but directory entries and file attributes.
 * Stateless and thread-safe.
 */
public final class ArchiveScanner {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveScanner.class);

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
     *                     listed becomes a {@link Problem} instead
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
        Walk walk = new Walk(root, realRoot);
        walk.folder(new Folder(start, realStart, null,
                !realStart.equals(realRoot.resolve(root.relativize(start)).normalize())), true);
        while (!walk.pending.isEmpty()) {
            walk.folder(walk.pending.pop(), false);
        }
        walk.files.sort(Comparator.comparing(ArchiveFile::relativePath));
        Set<String> listed = new HashSet<>();
        walk.files.forEach(file -> listed.add(file.relativePath()));
        List<ArchiveFile> named = new ArrayList<>(walk.files.size());
        for (ArchiveFile file : walk.files) {
            named.add(file.withFullId(ArticleIds.needsFullId(file.relativePath(), listed::contains)));
        }
        return new ArchiveListing(named, walk.problems);
    }

    /**
     * A folder to list: where it is seen, where it really is, the folder it was found in, and whether a link
     * lies on the way to it.
     */
    private record Folder(Path seen, Path real, Folder parent, boolean viaLink) {

        /** Whether listing {@code real} here would list one of this folder's own ancestors again. */
        boolean wouldLoop(Path target) {
            for (Folder folder = this; folder != null; folder = folder.parent) {
                if (folder.real.equals(target)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One scan's state: folders still to list, and what was found. */
    private final class Walk {
        private final Path root;
        private final Path realRoot;
        private final Deque<Folder> pending = new ArrayDeque<>();
        private final List<ArchiveFile> files = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        Walk(Path root, Path realRoot) {
            this.root = root;
            this.realRoot = realRoot;
        }

        /** Lists one folder; a folder other than the first that cannot be listed is a problem. */
        void folder(Folder folder, boolean first) throws IOException {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.seen())) {
                for (Path entry : entries) {
                    entry(folder, entry);
                }
            } catch (IOException failure) {
                if (first) {
                    throw failure;
                }
                failed(folder.seen(), failure);
            }
        }

        private void entry(Folder folder, Path entry) {
            if (isHidden(entry)) {
                return;
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isSymbolicLink()) {
                    link(folder, entry);
                } else if (attributes.isDirectory()) {
                    pending.push(new Folder(entry, folder.real().resolve(entry.getFileName()), folder,
                            folder.viaLink()));
                } else if (attributes.isRegularFile() && isArticleFile(entry)) {
                    files.add(new ArchiveFile(relativePath(root, entry), entry, attributes.size(),
                            attributes.lastModifiedTime().toMillis(), folder.viaLink(), false));
                }
            } catch (IOException failure) {
                failed(entry, failure);
            }
        }

        /** A link is followed when its target is inside the archive (or links may lead anywhere). */
        private void link(Folder folder, Path link) throws IOException {
            Path target;
            try {
                target = link.toRealPath();
            } catch (NoSuchFileException broken) {
                LOG.debug("Not following the broken link {}", link);
                return;
            }
            if (!target.startsWith(realRoot) && !followLinksOutside) {
                if (Files.isDirectory(target) || isArticleFile(link)) {
                    problems.add(new Problem(relativePath(root, link), LINK_OUTSIDE));
                }
                return;
            }
            BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                if (folder.wouldLoop(target)) {
                    LOG.debug("Not following {}: it leads back to a folder being listed", link);
                } else {
                    pending.push(new Folder(link, target, folder, true));
                }
            } else if (attributes.isRegularFile() && isArticleFile(link)) {
                files.add(new ArchiveFile(relativePath(root, link), link, attributes.size(),
                        attributes.lastModifiedTime().toMillis(), true, false));
            }
        }

        private void failed(Path path, IOException failure) {
            if (failure instanceof NoSuchFileException) {
                LOG.debug("{} vanished while the archive was listed", path);
                return;
            }
            LOG.debug("Cannot list {}", path, failure);
            String reason = failure instanceof AccessDeniedException
                    ? "permission denied" : "cannot be listed (" + IoFailures.describe(failure) + ")";
            problems.add(new Problem(relativePath(root, path), reason));
        }
    }

    public static boolean isArticleFile(Path file) {
        return ArchiveFile.Kind.of(file.getFileName().toString()).isPresent();
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
        return new ArchiveFile(relative, absolute, attributes.size(), attributes.lastModifiedTime().toMillis(),
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

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** The path of a file inside an archive, with {@code /} separators on every system. */
    public static String relativePath(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
