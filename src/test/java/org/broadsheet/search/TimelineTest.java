package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    /** A timeline of one article on each of the given days after {@link #FIRST}. */
    private static Timeline timeline(int... days) {
        int[] counts = new int[days[days.length - 1] + 1];
        for (int day : days) {
            counts[day]++;
        }
        return Timeline.of(FIRST, counts);
    }

    @ParameterizedTest(name = "a span of {0} days is shown by {1}")
    @CsvSource({"1, DAY", "90, DAY", "91, WEEK", "732, WEEK", "733, MONTH", "5490, MONTH", "5491, YEAR"})
    void choosesBarsToFitTheSpan(int span, Timeline.Unit unit) {
        assertEquals(unit, timeline(0, span - 1).unit());
    }

    @Test
    void coversEveryPeriodFromTheFirstArticleToTheLastWithoutGaps() {
        Timeline byDay = timeline(3, 3, 7);
        assertEquals(List.of(2, 0, 0, 0, 1), byDay.buckets().stream().map(Timeline.Bucket::count).toList());
        assertEquals(FIRST.plusDays(3), byDay.buckets().get(0).start());
        assertEquals(FIRST.plusDays(7), byDay.buckets().get(4).end());
    }

    @Test
    void startsWeeksOnMondayAndMonthsOnTheFirst() {
        Timeline weeks = timeline(0, 200);
        assertTrue(weeks.buckets().stream().allMatch(bucket -> bucket.start().getDayOfWeek() == DayOfWeek.MONDAY));
        assertTrue(weeks.buckets().stream().allMatch(bucket -> ChronoUnit.DAYS.between(bucket.start(), bucket.end()) == 6));
        Timeline months = timeline(0, 1000);
        assertTrue(months.buckets().stream().allMatch(bucket -> bucket.start().getDayOfMonth() == 1
                && bucket.end().plusDays(1).getDayOfMonth() == 1));
        assertEquals(2, months.buckets().stream().mapToInt(Timeline.Bucket::count).sum());
    }

    @Test
    void isEmptyWithoutDatedArticles() {
        assertTrue(Timeline.of(FIRST, new int[0]).buckets().isEmpty());
        assertTrue(Timeline.of(FIRST, new int[5]).buckets().isEmpty());
    }
}
