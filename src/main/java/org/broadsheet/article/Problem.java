package org.broadsheet.article;

import java.util.Objects;

/**
 * A file, or a record inside a collection file, that could not be read as an article.
 *
 * @param file   the file's path relative to the archive folder, with {@code /} separators
 *               (and {@code #n} for the n-th record of a collection file)
 * @param reason one short sentence a user can act on, e.g. "empty file"
 */
public record Problem(String file, String reason) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }
}
