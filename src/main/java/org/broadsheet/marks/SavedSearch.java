package org.broadsheet.marks;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A search the user saved under a name, to come back to: the query (which may name marks, as in
 * {@code tag:kerala}) and the filters beside it.
 *
 * @param from    first day, or null
 * @param to      last day, or null
 * @param authors bylines to keep; empty for all
 * @param sources outlets to keep; empty for all
 * @param tags    tags to keep, any of them; empty for all
 */
public record SavedSearch(String name, String query, LocalDate from, LocalDate to, Set<String> authors,
                          Set<String> sources, Set<String> tags) {

    public SavedSearch {
        Objects.requireNonNull(name, "name");
        query = Objects.requireNonNullElse(query, "");
        authors = Set.copyOf(Objects.requireNonNullElse(authors, Set.of()));
        sources = Set.copyOf(Objects.requireNonNullElse(sources, Set.of()));
        tags = Set.copyOf(Objects.requireNonNullElse(tags, Set.of()));
    }
}
