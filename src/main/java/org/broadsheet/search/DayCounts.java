package org.broadsheet.search;

/**
 * How many articles were published on each day, for the timeline, in memory proportional to the days that
 * have articles rather than to the span between the first and the last: an archive with one article in the
 * year 1000 and one in 2999 must not make every search count seven hundred thousand days. Days are kept in
 * chunks of about three years, made when a day in them is first counted. Not thread-safe: one per slice of a
 * search, added up at the end.
 */
final class DayCounts {

    private static final int CHUNK_BITS = 10;
    private static final int CHUNK_DAYS = 1 << CHUNK_BITS;

    /** Hears one day and its count. */
    @FunctionalInterface
    interface DayConsumer {
        void accept(int epochDay, int count);
    }

    private final int firstDay;
    private final int[][] chunks;

    /**
     * @param firstDay the earliest day that may be counted, as days since 1970
     * @param dayCount how many days from it may be counted
     */
    DayCounts(int firstDay, int dayCount) {
        this.firstDay = firstDay;
        this.chunks = new int[Math.max(0, dayCount) / CHUNK_DAYS + 1][];
    }

    void add(int epochDay) {
        add(epochDay, 1);
    }

    void add(int epochDay, int count) {
        int at = epochDay - firstDay;
        int[] chunk = chunks[at >>> CHUNK_BITS];
        if (chunk == null) {
            chunk = new int[CHUNK_DAYS];
            chunks[at >>> CHUNK_BITS] = chunk;
        }
        chunk[at & (CHUNK_DAYS - 1)] += count;
    }

    /** Adds another slice's counts, made with the same first day and span. */
    void addAll(DayCounts other) {
        for (int i = 0; i < chunks.length; i++) {
            int[] theirs = other.chunks[i];
            if (theirs == null) {
                continue;
            }
            if (chunks[i] == null) {
                chunks[i] = theirs.clone();
                continue;
            }
            for (int day = 0; day < CHUNK_DAYS; day++) {
                chunks[i][day] += theirs[day];
            }
        }
    }

    /** Each day with articles, earliest first. */
    void forEachDay(DayConsumer consumer) {
        for (int i = 0; i < chunks.length; i++) {
            int[] chunk = chunks[i];
            if (chunk == null) {
                continue;
            }
            for (int day = 0; day < CHUNK_DAYS; day++) {
                if (chunk[day] > 0) {
                    consumer.accept(firstDay + (i << CHUNK_BITS) + day, chunk[day]);
                }
            }
        }
    }
}
