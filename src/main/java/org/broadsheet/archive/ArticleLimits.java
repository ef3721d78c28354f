package org.broadsheet.archive;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * How much of a file Broadsheet keeps, so that memory is bounded by design, whatever a file holds: a file
 * under the size limit can still hold millions of tiny paragraphs, a byline of a megabyte, a date in the
 * year five million, or a million broken records. Each limit is far above what a news article needs; what
 * lies beyond it is folded, cut or counted, and said so in a note beside the article. The text itself is never
 * cut: the file size limit bounds it.
 */
final class ArticleLimits {

    /** Paragraphs kept as they are; later ones are folded into the last, so that their words stay searchable. */
    static final int MAX_PARAGRAPHS = 10_000;
    /** A byline longer than this is not a byline; it is cut like an over-long title. */
    static final int MAX_BYLINE_CHARS = 200;
    /** An address longer than this is cut; nobody can use a longer one. */
    static final int MAX_URL_CHARS = 2_000;

    /** An address stripped and cut to {@link #MAX_URL_CHARS}; null for none or a blank one. */
    static String url(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String url = address.strip();
        return url.length() <= MAX_URL_CHARS ? url : url.substring(0, MAX_URL_CHARS);
    }
    /** Problems listed per file; the rest are counted in one more. */
    static final int MAX_PROBLEMS_PER_FILE = 100;
    /** Values kept of one JSON array or object; later strings of an array are folded into one. */
    static final int MAX_JSON_VALUES = 10_000;

    /** Dates outside these years are not publication dates but mistakes; such articles are undated. */
    static final LocalDate FIRST_DAY = LocalDate.of(1000, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);

    private ArticleLimits() {
    }

    static boolean isSaneDate(OffsetDateTime date) {
        LocalDate day = date.toLocalDate();
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    /** {@code 1,234,567}. */
    static String count(long number) {
        return String.format(Locale.ENGLISH, "%,d", number);
    }
}
