package org.broadsheet.search;

import java.util.Locale;
import java.util.Optional;

/** How results are ordered. */
public enum SortOrder {
    /** Best match first; ties newest first. The default when there is a query. */
    RELEVANCE,
    /** Most recently published first; undated articles last. The default without a query. */
    NEWEST,
    /** Earliest published first; undated articles last. */
    OLDEST;

    /** The order named {@code relevance}, {@code newest} or {@code oldest}. */
    public static Optional<SortOrder> named(String name) {
        for (SortOrder order : values()) {
            if (order.commandName().equals(name)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }

    public String commandName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
