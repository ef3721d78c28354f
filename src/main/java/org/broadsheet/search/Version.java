package org.broadsheet.search;

import java.time.OffsetDateTime;

/**
 * Another version of an article's story, as the reader lists it.
 *
 * @param file       the path inside the archive of its file
 * @param similarity the Jaccard similarity of its text's shingles and the article's, from 0 to 1
 */
public record Version(String id, String title, OffsetDateTime published, OffsetDateTime updated, String file,
                      double similarity) {

    /** The date it counts as published: its {@code Published} date, else its {@code Updated} date. */
    public OffsetDateTime publicationDate() {
        return published != null ? published : updated;
    }

    /** When this version was last written: its {@code Updated} date, else its {@code Published} date; or null. */
    public OffsetDateTime lastChanged() {
        return updated != null ? updated : published;
    }
}
