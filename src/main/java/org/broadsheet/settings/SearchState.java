package org.broadsheet.settings;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What a user asked of one archive: the query, the dates, the authors, the sources and the tags; remembered
 * per archive, so that one archive's search never follows the user into another.
 *
 * @param from    first day, or null
 * @param to      last day, or null
 * @param authors bylines the list is narrowed to; empty for all
 * @param sources outlets the list is narrowed to; empty for all (absent from settings written before sources)
 * @param tags    tags the list is narrowed to, any of them; empty for all
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchState(String query, LocalDate from, LocalDate to, Set<String> authors, Set<String> sources,
                          Set<String> tags) {

    public static final SearchState EMPTY = new SearchState("", null, null, Set.of(), Set.of(), Set.of());

    public SearchState {
        query = Objects.requireNonNullElse(query, "");
        authors = authors == null ? Set.of() : Set.copyOf(authors);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** A search of these words alone. */
    public static SearchState of(String query) {
        return new SearchState(query, null, null, Set.of(), Set.of(), Set.of());
    }
}
