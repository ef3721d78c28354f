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
     * @param firstDay    the day {@code countsByDay[0]} counts
     * @param countsByDay articles per day
     */
    static Timeline of(LocalDate firstDay, int[] countsByDay) {
        int first = Math.toIntExact(firstDay.toEpochDay());
        DayCounts counts = new DayCounts(first, countsByDay.length);
        for (int day = 0; day < countsByDay.length; day++) {
            if (countsByDay[day] > 0) {
                counts.add(first + day, countsByDay[day]);
            }
        }
        return of(counts);
    }

    /**
     * The timeline of the counted days: bars from the period of the first day with articles to that of the
     * last. The work and the memory go with the bars and the days that have articles, never with the span of
     * days in between.
     */
    static Timeline of(DayCounts counts) {
        long[] span = {Long.MAX_VALUE, Long.MIN_VALUE};
        counts.forEachDay((day, count) -> {
            span[0] = Math.min(span[0], day);
            span[1] = Math.max(span[1], day);
        });
        if (span[0] > span[1]) {
            return empty();
        }
        LocalDate start = LocalDate.ofEpochDay(span[0]);
        LocalDate end = LocalDate.ofEpochDay(span[1]);
        long days = span[1] - span[0] + 1;
        Unit unit = days <= MAX_DAYS ? Unit.DAY : days <= MAX_WEEKS_SPAN_DAYS ? Unit.WEEK
                : days <= MAX_MONTHS_SPAN_DAYS ? Unit.MONTH : Unit.YEAR;
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate bucketStart = unit.startOf(start); !bucketStart.isAfter(end); bucketStart = unit.next(bucketStart)) {
            starts.add(bucketStart);
        }
        int[] bucketCounts = new int[starts.size()];
        int[] bucket = {0};
        long[] nextStart = {starts.size() > 1 ? starts.get(1).toEpochDay() : Long.MAX_VALUE};
        counts.forEachDay((day, count) -> {
            while (day >= nextStart[0]) {
                bucket[0]++;
                nextStart[0] = bucket[0] + 1 < starts.size() ? starts.get(bucket[0] + 1).toEpochDay() : Long.MAX_VALUE;
            }
            bucketCounts[bucket[0]] += count;
        });
        List<Bucket> buckets = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            buckets.add(new Bucket(starts.get(i), unit.next(starts.get(i)).minusDays(1), bucketCounts[i]));
        }
        return new Timeline(unit, buckets);
    }
}
