package org.broadsheet.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Names the places Broadsheet keeps its own files about an archive (its index in the cache, its marks in the
 * data folder) and makes sure that none of them lies inside the archive, which is never written to.
 */
public final class ArchivePlaces {

    private ArchivePlaces() {
    }

    /**
     * A file name for the archive in {@code archiveFolder}: the folder's name, readable, and a digest of its
     * real path, so that two archives of the same name never share a place.
     */
    public static String nameFor(Path archiveFolder) {
        Path archive;
        try {
            archive = archiveFolder.toRealPath();
        } catch (IOException e) {
            archive = archiveFolder.toAbsolutePath().normalize();
        }
        String name = archive.getFileName() == null ? "root" : archive.getFileName().toString()
                .replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return name.toLowerCase(Locale.ROOT) + "-" + digest(archive.toString());
    }

    /**
     * A file name for a shared archive: its collection's name, readable, and a digest of where the collection
     * is, so that two clusters' collections of one name never share a place.
     */
    public static String nameForShared(String collection, String where) {
        return "shared-" + collection.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]", "_") + "-"
                + digest(where + "/" + collection);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Whether {@code location} lies inside the archive, with links resolved on both sides (a cache folder
     * linked into the archive, an archive given through a link), without making any folder on the way.
     */
    public static boolean isInside(Path location, Path archiveFolder) throws IOException {
        return realPathOf(location).startsWith(realPathOf(archiveFolder));
    }

    /** The real path of a path that may not exist yet: its nearest existing ancestor's, then the rest. */
    private static Path realPathOf(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? absolute : existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    }
}
