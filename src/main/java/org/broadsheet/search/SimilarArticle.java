package org.broadsheet.search;

import java.time.OffsetDateTime;

/**
 * An article like another one, as a link to it.
 *
 * @param published its publication date, or null when undated
 */
public record SimilarArticle(String id, String title, OffsetDateTime published) {
}
