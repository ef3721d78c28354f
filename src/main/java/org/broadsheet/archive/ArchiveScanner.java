package org.broadsheet.archive;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.broadsheet.article.Problem;
import org.broadsheet.platform.IoFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the article files under an archive folder, recursively. Hidden files and folders are passed over
 * silently, as are files of other types; folder links are followed, and a link that loops back is not
 * followed twice. Reads nothing but directory entries and file attributes. Stateless and thread-safe.
 */
public final class ArchiveScanner {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveScanner.class);

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
     */
    public ArchiveListing scan(Path archiveFolder, Path subtree) throws IOException {
        Path root = archiveFolder.toAbsolutePath().normalize();
        Path start = subtree.toAbsolutePath().normalize();
        if (!Files.isDirectory(start)) {
            throw new NoSuchFileException(start.toString(), null, "not a folder");
        }
        List<ArchiveFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        return !dir.equals(start) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile() && !isHidden(file) && isArticleFile(file)) {
                            files.add(new ArchiveFile(relativePath(root, file), file, attributes.size(),
                                    attributes.lastModifiedTime().toMillis()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException failure) {
                        if (failure instanceof FileSystemLoopException || isHidden(file)) {
                            LOG.debug("Not following {}: {}", file, failure.toString());
                        } else if (failure instanceof NoSuchFileException) {
                            LOG.debug("{} vanished while the archive was listed", file);
                        } else {
                            LOG.debug("Cannot list {}", file, failure);
                            String reason = failure instanceof AccessDeniedException
                                    ? "permission denied" : "cannot be listed (" + IoFailures.describe(failure) + ")";
                            problems.add(new Problem(relativePath(root, file), reason));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort(Comparator.comparing(ArchiveFile::relativePath));
        return new ArchiveListing(files, problems);
    }

    public static boolean isArticleFile(Path file) {
        return ArchiveFile.Kind.of(file.getFileName().toString()).isPresent();
    }

    /** One article file of an archive, as a scan would list it. */
    public ArchiveFile describe(Path archiveFolder, Path file) throws IOException {
        Path root = archiveFolder.toAbsolutePath().normalize();
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new ArchiveFile(relativePath(root, file.toAbsolutePath().normalize()), file, attributes.size(),
                attributes.lastModifiedTime().toMillis());
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
