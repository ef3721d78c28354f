package org.broadsheet.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.broadsheet.search.DateInput;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.QueryLanguage;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SortOrder;

/**
 * The search options {@code search} and {@code export} share ({@code --query}, {@code --from}, {@code --to},
 * {@code --sort}, {@code --author}, {@code --source}) as one request, each checked before any archive is read,
 * so that a typo is reported at once.
 */
final class SearchOptions {

    private SearchOptions() {
    }

    static SearchRequest request(Arguments arguments, int limit) throws UsageException {
        String query = arguments.option("query").orElse("");
        LocalDate from = date(arguments, "from", DateInput.Span::first).orElse(null);
        LocalDate to = date(arguments, "to", DateInput.Span::last).orElse(null);
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        SortOrder sort = arguments.option("sort").map(name -> SortOrder.named(name).orElse(null)).orElse(null);
        if (arguments.option("sort").isPresent() && sort == null) {
            throw new UsageException("--sort must be relevance, newest or oldest, not \""
                    + arguments.option("sort").get() + "\"");
        }
        try {
            new QueryLanguage().parse(query, false);
        } catch (InvalidQueryException e) {
            throw new UsageException("invalid query: " + e.getMessage());
        }
        return new SearchRequest(query, from, to, sort, 0, limit, named(arguments, "author"),
                named(arguments, "source"), Set.of(), false, SearchRequest.FacetScope.ALL_FILTERS, false);
    }

    /** The name an option gives, or none. */
    private static Set<String> named(Arguments arguments, String option) {
        return arguments.option(option).map(Set::of).orElse(Set.of());
    }

    /** A year, a month or a day; a year or month stands for its first day as --from, its last as --to. */
    private static Optional<LocalDate> date(Arguments arguments, String name,
                                            Function<DateInput.Span, LocalDate> end) throws UsageException {
        Optional<String> value = arguments.option(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<DateInput.Span> span = DateInput.parse(value.get());
            if (span.isEmpty()) {
                throw new UsageException("--" + name + " needs a date, as in 2021, 2021-03 or 2021-03-04");
            }
            return span.map(end);
        } catch (DateInput.InvalidDateException e) {
            throw new UsageException("--" + name + ": " + e.getMessage());
        }
    }
}
