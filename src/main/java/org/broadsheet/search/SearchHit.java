package org.broadsheet.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One article in a result list: what a list row shows, never the article's body.
 *
 * @param titleHighlights where the query matched the title
 * @param score           the relevance score, or null when there is no query to score against
 * @param file            the path inside the archive of the file it came from
 */
public record SearchHit(String id, String title, List<TextRange> titleHighlights, String author,
                        OffsetDateTime published, OffsetDateTime updated, Snippet snippet, Float score, String file) {

    public SearchHit {
        titleHighlights = List.copyOf(titleHighlights);
    }

    public Optional<OffsetDateTime> publicationDate() {
        return Optional.ofNullable(published != null ? published : updated);
    }
}
