package org.broadsheet.archive;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the {@code Published …} and {@code Updated …} lines of scraped news pages and reads their
 * dates, in the forms listed in {@code docs/article-format.md}. A line that starts like a date line but whose
 * date cannot be read is still recognised, with no date, so that it stays out of the article's text.
 * Stateless and thread-safe; every line is matched in time bounded by {@link #MAX_LINE_LENGTH}.
 */
final class DateLineParser {

    /** Date lines are short; longer lines are text, and are not run through the patterns below. */
    static final int MAX_LINE_LENGTH = 120;

    private static final String KEYWORD =
            "(?<keyword>first\\s+published|published|posted|last\\s+updated|updated|last\\s+modified|modified)";
    private static final String LEAD = "^" + KEYWORD + "\\s*:?\\s+(?:on\\s+)?";
    private static final String WEEKDAY = "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?,?\\s+)?";
    private static final String MONTH = "(?<month>[a-z]{3,9})\\.?";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>\\d{4})";
    private static final String DATE = "(?:" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR
            + "|(?<dayFirst>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<monthSecond>[a-z]{3,9})\\.?,?\\s+(?<yearLast>\\d{4})"
            + "|(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2}))";
    private static final String TIME = "(?:\\s*,?\\s*(?:at\\s+|@\\s*|-\\s*|T|\\|\\s*)?"
            + "(?<hour>\\d{1,2})(?:[:.](?<minute>\\d{2})(?::(?<second>\\d{2})(?:\\.\\d{1,9})?)?)?"
            + "\\s*(?<ampm>[ap]\\.?\\s?m\\.?)?)?";
    private static final String ZONE = "(?:\\s*\\(?(?<zone>[a-z]{1,5}(?:\\s?[+-]\\d{1,2}(?::?\\d{2})?)?"
            + "|[+-]\\d{1,2}(?::?\\d{2})?)\\)?)?";
    private static final Pattern DATE_LINE = Pattern.compile(LEAD + WEEKDAY + DATE + TIME + ZONE + "\\s*\\.?$",
            Pattern.CASE_INSENSITIVE);

    /** A date on its own, as a JSON record may hold it: {@code March 3rd, 2021 at 21:14 IST}. */
    private static final Pattern DATE_ALONE = Pattern.compile("^" + WEEKDAY + DATE + TIME + ZONE + "\\s*\\.?$",
            Pattern.CASE_INSENSITIVE);

    /** Starts like a date line: a keyword, then a digit, a weekday or a month name. */
    private static final Pattern DATE_LIKE = Pattern.compile(LEAD + "(?<first>\\d|[a-z]{3,9})",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Pattern WEEKDAY_NAME = Pattern.compile(
            "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun",
            Pattern.CASE_INSENSITIVE);

    /** Zone abbreviations as news sites print them, each read as the one zone such sites mean by it. */
    private static final Map<String, ZoneOffset> FIXED_ZONES = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("UT", ZoneOffset.UTC),
            Map.entry("Z", ZoneOffset.UTC), Map.entry("WET", ZoneOffset.UTC),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("WEST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("WAT", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("SAST", ZoneOffset.ofHours(2)),
            Map.entry("CAT", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
            Map.entry("MSK", ZoneOffset.ofHours(3)), Map.entry("EAT", ZoneOffset.ofHours(3)),
            Map.entry("GST", ZoneOffset.ofHours(4)), Map.entry("PKT", ZoneOffset.ofHours(5)),
            Map.entry("NPT", ZoneOffset.ofHoursMinutes(5, 45)), Map.entry("ICT", ZoneOffset.ofHours(7)),
            Map.entry("WIB", ZoneOffset.ofHours(7)), Map.entry("HKT", ZoneOffset.ofHours(8)),
            Map.entry("SGT", ZoneOffset.ofHours(8)), Map.entry("PHT", ZoneOffset.ofHours(8)),
            Map.entry("AWST", ZoneOffset.ofHours(8)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("ACST", ZoneOffset.ofHoursMinutes(9, 30)),
            Map.entry("ACDT", ZoneOffset.ofHoursMinutes(10, 30)), Map.entry("AEST", ZoneOffset.ofHours(10)),
            Map.entry("AEDT", ZoneOffset.ofHours(11)), Map.entry("NZST", ZoneOffset.ofHours(12)),
            Map.entry("NZDT", ZoneOffset.ofHours(13)), Map.entry("AST", ZoneOffset.ofHours(-4)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)), Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("CST", ZoneOffset.ofHours(-6)),
            Map.entry("MDT", ZoneOffset.ofHours(-6)), Map.entry("MST", ZoneOffset.ofHours(-7)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)), Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("AKDT", ZoneOffset.ofHours(-8)), Map.entry("AKST", ZoneOffset.ofHours(-9)),
            Map.entry("HST", ZoneOffset.ofHours(-10)));

    /** US sites' "ET", "PT", …: summer or winter time depends on the date, so the zone's rules decide. */
    private static final Map<String, ZoneId> REGION_ZONES = Map.of(
            "ET", ZoneId.of("America/New_York"), "CT", ZoneId.of("America/Chicago"),
            "MT", ZoneId.of("America/Denver"), "PT", ZoneId.of("America/Los_Angeles"));

    private static final Pattern OFFSET = Pattern.compile("(?<sign>[+-])(?<hours>\\d{1,2})(?::?(?<minutes>\\d{2}))?");

    Optional<DateLine> recognise(String line) {
        if (line.length() > MAX_LINE_LENGTH) {
            return Optional.empty();
        }
        Matcher matcher = DATE_LINE.matcher(line);
        if (matcher.matches()) {
            return Optional.of(new DateLine(kind(matcher.group("keyword")), readDate(matcher)));
        }
        Matcher dateLike = DATE_LIKE.matcher(line);
        if (dateLike.find() && startsADate(dateLike.group("first"))) {
            return Optional.of(new DateLine(kind(dateLike.group("keyword")), Optional.empty()));
        }
        return Optional.empty();
    }

    /** Reads a date written in one of the date lines' forms, without the keyword. */
    Optional<OffsetDateTime> readDate(String text) {
        if (text.length() > MAX_LINE_LENGTH) {
            return Optional.empty();
        }
        Matcher matcher = DATE_ALONE.matcher(text.strip());
        return matcher.matches() ? readDate(matcher) : Optional.empty();
    }

    private static boolean startsADate(String first) {
        return Character.isDigit(first.charAt(0)) || MONTHS.containsKey(first.toLowerCase(Locale.ROOT))
                || WEEKDAY_NAME.matcher(first).matches();
    }

    private static DateLine.Kind kind(String keyword) {
        String word = keyword.toLowerCase(Locale.ROOT);
        return word.contains("updated") || word.contains("modified") ? DateLine.Kind.UPDATED : DateLine.Kind.PUBLISHED;
    }

    /**
     * Reads a date with its time and zone, as {@code 2021-03-03T21:14+05:30}. The time defaults to midnight and
     * the zone to UTC, so that the day stays the day printed.
     */
    private static Optional<OffsetDateTime> readDate(Matcher matcher) {
        try {
            Optional<LocalDate> day = day(matcher);
            Optional<LocalTime> time = time(matcher);
            if (day.isEmpty() || time.isEmpty()) {
                return Optional.empty();
            }
            LocalDateTime local = LocalDateTime.of(day.get(), time.get());
            return offset(matcher.group("zone"), local).map(offset -> OffsetDateTime.of(local, offset));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> day(Matcher matcher) {
        if (matcher.group("isoYear") != null) {
            return Optional.of(LocalDate.of(number(matcher, "isoYear"), number(matcher, "isoMonth"),
                    number(matcher, "isoDay")));
        }
        boolean monthFirst = matcher.group("month") != null;
        Integer month = MONTHS.get(matcher.group(monthFirst ? "month" : "monthSecond").toLowerCase(Locale.ROOT));
        if (month == null) {
            return Optional.empty();
        }
        int day = number(matcher, monthFirst ? "day" : "dayFirst");
        int year = number(matcher, monthFirst ? "year" : "yearLast");
        return Optional.of(LocalDate.of(year, month, day));
    }

    private static Optional<LocalTime> time(Matcher matcher) {
        if (matcher.group("hour") == null) {
            return Optional.of(LocalTime.MIDNIGHT);
        }
        int hour = number(matcher, "hour");
        String ampm = matcher.group("ampm");
        if (matcher.group("minute") == null && ampm == null) {
            return Optional.empty();
        }
        int minute = matcher.group("minute") == null ? 0 : number(matcher, "minute");
        int second = matcher.group("second") == null ? 0 : number(matcher, "second");
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return Optional.of(LocalTime.of(hour, minute, second));
    }

    private static Optional<ZoneOffset> offset(String zone, LocalDateTime local) {
        if (zone == null) {
            return Optional.of(ZoneOffset.UTC);
        }
        String text = zone.replace(" ", "").toUpperCase(Locale.ROOT);
        Matcher numeric = OFFSET.matcher(text);
        if (numeric.matches()) {
            return numericOffset(numeric);
        }
        int sign = Math.max(text.indexOf('+'), text.indexOf('-'));
        String name = sign < 0 ? text : text.substring(0, sign);
        if (sign > 0 && (name.equals("UTC") || name.equals("GMT"))) {
            Matcher suffix = OFFSET.matcher(text.substring(sign));
            return suffix.matches() ? numericOffset(suffix) : Optional.empty();
        }
        if (sign > 0) {
            return Optional.empty();
        }
        if (FIXED_ZONES.containsKey(name)) {
            return Optional.of(FIXED_ZONES.get(name));
        }
        return Optional.ofNullable(REGION_ZONES.get(name)).map(region -> region.getRules().getOffset(local));
    }

    private static Optional<ZoneOffset> numericOffset(Matcher offset) {
        int hours = Integer.parseInt(offset.group("hours"));
        int minutes = offset.group("minutes") == null ? 0 : Integer.parseInt(offset.group("minutes"));
        if (hours > 14 || minutes > 59) {
            return Optional.empty();
        }
        int sign = offset.group("sign").equals("-") ? -1 : 1;
        return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    }

    private static int number(Matcher matcher, String group) {
        return Integer.parseInt(matcher.group(group));
    }
}
