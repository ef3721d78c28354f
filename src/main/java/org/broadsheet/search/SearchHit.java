package org.broadsheet.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.broadsheet.article.Marks;

/**
 * One article in a result list: what a list row shows, never the article's body.
 *
 * @param titleHighlights where the query matched the title
 * @param score           the relevance score, or null when there is no query to score against
 * @param file            the path inside the archive of the file it came from
 * @param fingerprint     what the article says, as an {@code ArticleFingerprint}
 * @param marks           what the user marked on it
 * @param versions        how many versions its story has in the archive, itself included: 1 for an article alone
 * @param source          the outlet that published it, or null
 */
public record SearchHit(String id, String title, List<TextRange> titleHighlights, String author,
                        OffsetDateTime published, OffsetDateTime updated, Snippet snippet, Float score, String file,
                        String fingerprint, Marks marks, int versions, String source) {

    public SearchHit {
        titleHighlights = List.copyOf(titleHighlights);
        marks = Objects.requireNonNullElse(marks, Marks.NONE);
        versions = Math.max(1, versions);
    }

    public Optional<OffsetDateTime> publicationDate() {
        return Optional.ofNullable(published != null ? published : updated);
    }
}
