package org.broadsheet.article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as the archive holds it: what the parser read, nothing derived for display or search.
 *
 * <p>{@code standfirst}, {@code author}, {@code published}, {@code updated} and {@code url} are {@code null} when the source
 * does not give them. Dates keep the offset printed in the article, because the day an article appeared is the
 * day its own readers saw, wherever the archive is read.
 *
 * @param id         the file's path relative to the archive, with {@code /} separators and no {@code .txt};
 *                   records of a collection file add {@code #} and their 1-based position
 * @param title      the headline, never blank
 * @param paragraphs the body text, one entry per paragraph, without the standfirst
 * @param related    titles of other articles the page linked to ({@code READ |} lines); not article text
 * @param url        where the article was published, when the source says; or null
 * @param source     the outlet that published it (a site, a feed, a newspaper), when the file says or its
 *                   address shows; or null
 */
public record Article(
        String id,
        String title,
        String standfirst,
        String author,
        OffsetDateTime published,
        OffsetDateTime updated,
        List<String> paragraphs,
        List<String> related,
        String url,
        String source) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        related = List.copyOf(related);
    }

    /** An article whose file names no outlet. */
    public Article(String id, String title, String standfirst, String author, OffsetDateTime published,
                   OffsetDateTime updated, List<String> paragraphs, List<String> related, String url) {
        this(id, title, standfirst, author, published, updated, paragraphs, related, url, null);
    }

    /** The date the article counts as published: its {@code Published} date, else its {@code Updated} date. */
    public Optional<OffsetDateTime> publicationDate() {
        return Optional.ofNullable(published != null ? published : updated);
    }

    /** When this text was last written: its {@code Updated} date, else its {@code Published} date. */
    public Optional<OffsetDateTime> lastChanged() {
        return Optional.ofNullable(updated != null ? updated : published);
    }
}
