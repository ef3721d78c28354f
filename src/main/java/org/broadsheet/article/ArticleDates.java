package org.broadsheet.article;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** How dates are written wherever Broadsheet writes them for other programs: ISO-8601 with their own offset. */
public final class ArticleDates {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private ArticleDates() {
    }

    /** {@code 2021-03-03T21:14+05:30}; seconds only when there are some; null stays null. */
    public static String iso(OffsetDateTime date) {
        if (date == null) {
            return null;
        }
        return (date.getSecond() == 0 && date.getNano() == 0 ? MINUTES : SECONDS).format(date);
    }
}
