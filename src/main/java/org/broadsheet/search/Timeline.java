package org.broadsheet.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How many matching articles were published in each period, oldest first, with no gaps between the first
 * period that has any and the last. The period (day, week, month or year) is chosen so that the span fits
 * in about a hundred bars.
 */
public record Timeline(Unit unit, List<Bucket> buckets) {

    public Timeline {
        buckets = List.copyOf(buckets);
    }

    public static Timeline empty() {
        return new Timeline(Unit.DAY, List.of());
    }

    /** The length of a bar. Weeks start on Monday, as ISO weeks do. */
    public enum Unit {
        DAY, WEEK, MONTH, YEAR;

        LocalDate startOf(LocalDate day) {
            return switch (this) {
                case DAY -> day;
                case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
                case MONTH -> day.withDayOfMonth(1);
                case YEAR -> day.withDayOfYear(1);
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case DAY -> start.plusDays(1);
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
                case YEAR -> start.plusYears(1);
            };
        }
    }

    /**
     * One bar.
     *
     * @param start the first day of the period
     * @param end   the last day of the period, inclusive
     */
    public record Bucket(LocalDate start, LocalDate end, int count) {
    }

    /** Days up to this span are shown day by day; longer ones by week, month, then year. */
    static final long MAX_DAYS = 90;
    static final long MAX_WEEKS_SPAN_DAYS = 2 * 366;
    static final long MAX_MONTHS_SPAN_DAYS = 15 * 366;

    /**
     * @param firstDay the day {@code countsByDay[0]} counts
     * @param countsByDay articles per day
     */
    static Timeline of(LocalDate firstDay, int[] countsByDay) {
        int first = 0;
        while (first < countsByDay.length && countsByDay[first] == 0) {
            first++;
        }
        int last = countsByDay.length - 1;
        while (last >= first && countsByDay[last] == 0) {
            last--;
        }
        if (first > last) {
            return empty();
        }
        LocalDate start = firstDay.plusDays(first);
        LocalDate end = firstDay.plusDays(last);
        long span = ChronoUnit.DAYS.between(start, end) + 1;
        Unit unit = span <= MAX_DAYS ? Unit.DAY : span <= MAX_WEEKS_SPAN_DAYS ? Unit.WEEK
                : span <= MAX_MONTHS_SPAN_DAYS ? Unit.MONTH : Unit.YEAR;
        List<Bucket> buckets = new ArrayList<>();
        LocalDate bucketStart = unit.startOf(start);
        int day = first;
        while (!bucketStart.isAfter(end)) {
            LocalDate next = unit.next(bucketStart);
            int count = 0;
            while (day <= last && firstDay.plusDays(day).isBefore(next)) {
                count += countsByDay[day];
                day++;
            }
            buckets.add(new Bucket(bucketStart, next.minusDays(1), count));
            bucketStart = next;
        }
        return new Timeline(unit, buckets);
    }
}
