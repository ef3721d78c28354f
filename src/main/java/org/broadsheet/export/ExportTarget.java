package org.broadsheet.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.broadsheet.platform.ArchivePlaces;

/**
 * Where an export goes: a file outside the archive, written beside itself first and moved into place once
 * complete, so that a failed or cancelled export never leaves a partial file, nor replaces a good one.
 */
public final class ExportTarget {

    private ExportTarget() {
    }

    /** Writes to the stream it is given; the stream is closed for it. */
    @FunctionalInterface
    public interface Writing<T, E extends Exception> {
        T to(OutputStream out) throws IOException, E;
    }

    /**
     * @throws ExportRefusedException when {@code file} lies inside the archive, is a folder, or its folder
     *                                does not exist; its message is for the user
     */
    public static <T, E extends Exception> T write(Path file, Path archiveFolder, Writing<T, E> writing)
            throws IOException, E {
        Path target = file.toAbsolutePath().normalize();
        if (archiveFolder != null && ArchivePlaces.isInside(target, archiveFolder)) {
            throw new ExportRefusedException(target + " is inside the archive, which Broadsheet never writes to");
        }
        if (Files.isDirectory(target)) {
            throw new ExportRefusedException(target + " is a folder; name a file");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportRefusedException("the folder " + folder + " does not exist");
        }
        // Not a temporary file: those are private to their owner, and the export must get the permissions any
        // new file in that folder would.
        Path partial = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            T written;
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                written = writing.to(out);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return written;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** An export that is not written, for a reason the message gives. */
    public static final class ExportRefusedException extends IOException {
        public ExportRefusedException(String message) {
            super(message);
        }
    }
}
