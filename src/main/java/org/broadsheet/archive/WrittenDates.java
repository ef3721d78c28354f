package org.broadsheet.archive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as records and pages write it in a field of its own (JSON, a page's metadata): ISO-8601 with or
 * without offset or time, Python's form with a space for the {@code T}, RFC 1123 as RSS writes it, or any
 * form of the scraped pages' date lines. Thread-safe.
 */
final class WrittenDates {

    private static final Pattern SPACED_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

    private final DateLineParser dateLines = new DateLineParser();

    /** The date the text writes; a time without a zone is taken as printed, at UTC. */
    Optional<OffsetDateTime> read(String text) {
        String value = text.strip();
        if (SPACED_DATE_TIME.matcher(value).lookingAt()) {
            // Python writes datetimes as "2021-03-04 08:30:00", with a space where ISO-8601 puts a T.
            value = value.substring(0, 10) + "T" + value.substring(11);
        }
        try {
            return Optional.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(value).toOffsetDateTime());
        } catch (DateTimeParseException notZoned) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(value).atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException notDate) {
            // try the next form
        }
        try {
            return Optional.of(OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException notRfc) {
            return dateLines.readDate(value);
        }
    }
}
