package org.broadsheet.platform;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says in a few plain words why the system refused to read or write a file, for the messages users see.
 * Exception text never reaches a user: it names classes, paths and errno values in whatever language the
 * system speaks; the log keeps it for bug reports.
 */
public final class IoFailures {

    private IoFailures() {
    }

    /** A few words for a failure to read or write, e.g. {@code "permission denied"}, {@code "the disk is full"}. */
    public static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (cause instanceof NoSuchFileException) {
                return "it is no longer there";
            }
            if (cause instanceof NotDirectoryException) {
                return "it is not a folder";
            }
            if (cause instanceof FileSystemLoopException) {
                return "its links lead in a circle";
            }
            String said = systemReason(cause);
            if (said.contains("no space left") || said.contains("disk full") || said.contains("not enough space")) {
                return "the disk is full";
            }
            if (said.contains("quota")) {
                return "the disk quota is used up";
            }
            if (said.contains("read-only file system")) {
                return "the disk is read-only";
            }
            if (said.contains("permission denied") || said.contains("access is denied")
                    || said.contains("operation not permitted")) {
                return "permission denied";
            }
            if (said.contains("input/output error")) {
                return "the disk reported a read error";
            }
            if (said.contains("too many open files")) {
                return "too many files are open";
            }
            if (said.contains("is a directory")) {
                return "it is a folder";
            }
            if (said.contains("file name too long") || said.contains("name too long")) {
                return "its name is too long";
            }
        }
        return failure instanceof IOException || failure.getCause() instanceof IOException
                ? "the system refused it" : "an unexpected error";
    }

    /** What the system itself said, in lower case, without the path a file-system exception adds. */
    private static String systemReason(Throwable cause) {
        String said = cause instanceof FileSystemException fileSystem ? fileSystem.getReason() : cause.getMessage();
        return said == null ? "" : said.toLowerCase(Locale.ROOT);
    }
}
