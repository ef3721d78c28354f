package org.broadsheet.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date as people type it in a From or To field or after {@code --from}/{@code --to}: a year
 * ({@code 1987}), a month ({@code 1987-03}) or a day ({@code 1987-03-04}). A year or a month stands for all of
 * its days: as From it starts on the first, as To it ends on the last. Anything else, or a date outside the
 * years 1000–2999, is refused with a one-line reason. Stateless.
 */
public final class DateInput {

    /** The years an article's date may fall in; the same range the archive readers keep. */
    public static final int FIRST_YEAR = 1000;
    public static final int LAST_YEAR = 2999;

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private DateInput() {
    }

    /**
     * The days a typed date stands for.
     *
     * @param first the first of them
     * @param last  the last of them, inclusive
     */
    public record Span(LocalDate first, LocalDate last) {
    }

    /** A typed date that cannot be read, with why. */
    public static final class InvalidDateException extends Exception {
        InvalidDateException(String message) {
            super(message);
        }
    }

    /**
     * @return the days the text stands for, or empty for blank text (no date)
     * @throws InvalidDateException with a one-line reason for the user
     */
    public static Optional<Span> parse(String text) throws InvalidDateException {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Matcher form = FORM.matcher(typed);
        if (!form.matches()) {
            throw new InvalidDateException("\u201C" + typed + "\u201D is not a date: write it as 1987, 1987-03 or 1987-03-04.");
        }
        int year = Integer.parseInt(form.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidDateException("The year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ".");
        }
        if (form.group(2) == null) {
            return Optional.of(new Span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        int month = Integer.parseInt(form.group(2));
        if (month < 1 || month > 12) {
            throw new InvalidDateException("There is no month " + form.group(2) + ": months go from 01 to 12.");
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (form.group(3) == null) {
            return Optional.of(new Span(yearMonth.atDay(1), yearMonth.atEndOfMonth()));
        }
        int day = Integer.parseInt(form.group(3));
        try {
            LocalDate date = yearMonth.atDay(day);
            return Optional.of(new Span(date, date));
        } catch (DateTimeException e) {
            throw new InvalidDateException(yearMonth.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH) + " " + year + " has no day " + form.group(3) + ".");
        }
    }

    /** The first day a typed From date stands for. */
    public static Optional<LocalDate> from(String text) throws InvalidDateException {
        return parse(text).map(Span::first);
    }

    /** The last day a typed To date stands for. */
    public static Optional<LocalDate> to(String text) throws InvalidDateException {
        return parse(text).map(Span::last);
    }
}
