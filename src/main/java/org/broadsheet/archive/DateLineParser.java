package org.broadsheet.archive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the {@code Published …} and {@code Updated …} lines of the article format and reads their dates.
 * Stateless and thread-safe.
 */
final class DateLineParser {

    private static final Pattern SEED_FORM = Pattern.compile(
            "(?<kind>Published|Updated)\\s+(?<month>[A-Za-z]+)\\s+(?<day>\\d{1,2})(?:st|nd|rd|th),\\s+"
                    + "(?<year>\\d{4})\\s+at\\s+(?<hour>\\d{1,2}):(?<minute>\\d{2})\\s+IST");

    /** India Standard Time, the zone the sample archive's site prints. */
    private static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);

    Optional<DateLine> recognise(String line) {
        Matcher matcher = SEED_FORM.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        DateLine.Kind kind = matcher.group("kind").equals("Published") ? DateLine.Kind.PUBLISHED : DateLine.Kind.UPDATED;
        return Optional.of(new DateLine(kind, readDate(matcher)));
    }

    private static Optional<OffsetDateTime> readDate(Matcher matcher) {
        try {
            Month month = Month.valueOf(matcher.group("month").toUpperCase(Locale.ROOT));
            LocalDate day = LocalDate.of(Integer.parseInt(matcher.group("year")), month,
                    Integer.parseInt(matcher.group("day")));
            LocalTime time = LocalTime.of(Integer.parseInt(matcher.group("hour")),
                    Integer.parseInt(matcher.group("minute")));
            return Optional.of(OffsetDateTime.of(day, time, IST));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
