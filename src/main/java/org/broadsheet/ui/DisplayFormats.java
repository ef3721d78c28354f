package org.broadsheet.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.broadsheet.search.Timeline;

/** How dates, counts and durations read in the window. English, whatever the machine's locale. */
public final class DisplayFormats {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.ENGLISH);

    private DisplayFormats() {
    }

    /** {@code 3 Mar 2021}. */
    public static String shortDate(LocalDate date) {
        return SHORT_DATE.format(date);
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

    /** A timeline period as people name it: {@code 3 Mar 2021}, {@code week of 1 Mar 2021}, {@code Mar 2021}, {@code 2021}. */
    public static String period(Timeline.Unit unit, LocalDate start) {
        return switch (unit) {
            case DAY -> shortDate(start);
            case WEEK -> "week of " + shortDate(start);
            case MONTH -> MONTH.format(start);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /** {@code 3 March 2021, 21:14 UTC+05:30}: the time as the article printed it, with its offset. */
    public static String longDateTime(OffsetDateTime date) {
        String offset = date.getOffset().equals(ZoneOffset.UTC) ? "UTC" : "UTC" + date.getOffset().getId();
        return LONG_DATE_TIME.format(date) + " " + offset;
    }

    /** {@code 1 article}, {@code 12,345 articles}. */
    public static String count(long count, String singular, String plural) {
        return String.format(Locale.ENGLISH, "%,d %s", count, count == 1 ? singular : plural);
    }

    /** {@code 3 s}, {@code 2 min 5 s}, {@code 1 h 2 min}. */
    public static String duration(Duration duration) {
        long seconds = Math.max(0, Math.round(duration.toMillis() / 1000.0));
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }
}
