package org.broadsheet.settings;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What a user asked of one archive: the query, the dates and the authors; remembered per archive, so that
 * one archive's search never follows the user into another.
 *
 * @param from    first day, or null
 * @param to      last day, or null
 * @param authors bylines the list is narrowed to; empty for all
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchState(String query, LocalDate from, LocalDate to, Set<String> authors) {

    public static final SearchState EMPTY = new SearchState("", null, null, Set.of());

    public SearchState {
        query = Objects.requireNonNullElse(query, "");
        authors = authors == null ? Set.of() : Set.copyOf(authors);
    }
}
