package org.broadsheet.article;

import java.util.Objects;

/**
 * A file, or a record inside a collection file, that could not be read as an article.
 *
 * @param file      the file's path relative to the archive folder, with {@code /} separators
 *                  (and {@code #n} for the n-th record of a collection file)
 * @param reason    one short sentence a user can act on, e.g. "empty file"
 * @param retryable whether the trouble lies with the reader's situation rather than the file's content (the
 *                  file could not be opened, or vanished), so that it is worth reading again at the next
 *                  start even if the file looks unchanged
 */
public record Problem(String file, String reason, boolean retryable) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    /** A problem with the file's content: it stays one until the file changes. */
    public Problem(String file, String reason) {
        this(file, reason, false);
    }

    /** A problem of the reader's situation (permissions, a vanished file): the file is read again next time. */
    public static Problem retryable(String file, String reason) {
        return new Problem(file, reason, true);
    }
}
