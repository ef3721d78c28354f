package org.broadsheet.archive;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A line that says when an article was published or updated, e.g. {@code Updated March 3rd, 2021 at 21:14 IST}.
 *
 * @param kind which date the line states
 * @param date the date, or empty when the line is recognisably a date line but its date cannot be read;
 *             such a line is still kept out of the article's text
 */
record DateLine(Kind kind, Optional<OffsetDateTime> date) {

    enum Kind { PUBLISHED, UPDATED }
}
