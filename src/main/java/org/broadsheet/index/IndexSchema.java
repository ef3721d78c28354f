package org.broadsheet.index;

/**
 * The article index's field names and schema version, in one place. Each field's comment says how it is
 * indexed and why it is stored or not.
 *
 * <p>Every searchable text is indexed twice from the same string: once stemmed and folded (words find their
 * inflections, {@code sanction} finds {@code sanctioned}) and once only folded ({@code *_exact}: quoted phrases
 * stay exact and prefixes match the words as written, which stemming would break). Both keep offsets in the
 * postings so that highlighting needs no re-analysis.
 */
public final class IndexSchema {

    /** Incrementing this makes every stored index rebuild itself on the next start. */
    public static final int VERSION = 1;

    /** Article or problem: the index also remembers the files that could not be read, with their reasons. */
    public static final String KIND = "kind";
    public static final String KIND_ARTICLE = "article";
    public static final String KIND_PROBLEM = "problem";

    /** The article's id; keyword, stored for results, doc values for a stable last tie-break in sorting. */
    public static final String ID = "id";
    /** The archive file a document came from; keyword, so that re-reading a file replaces all its documents. */
    public static final String FILE = "file";

    /** Headline: stemmed text, stored for result lists and highlighting. */
    public static final String TITLE = "title";
    /** Headline, unstemmed, for phrases, prefixes and fuzzy words; not stored, {@link #TITLE} holds the text. */
    public static final String TITLE_EXACT = "title_exact";
    /**
     * Standfirst and body paragraphs, one value per paragraph: stemmed text, stored so that snippets and the
     * reader come from the index rather than re-reading the archive.
     */
    public static final String TEXT = "text";
    /** {@link #TEXT} unstemmed; not stored. */
    public static final String TEXT_EXACT = "text_exact";
    /** Whether the first {@link #TEXT} value is the standfirst; stored only. */
    public static final String HAS_STANDFIRST = "has_standfirst";

    /** Byline: folded, unstemmed text for {@code author:} queries; stored for display. */
    public static final String AUTHOR = "author";
    /** Byline as written, in sorted doc values only: counted for the author facet and compared by the filter. */
    public static final String AUTHOR_NAME = "author_name";

    /** The dates as printed, ISO-8601 with their own offset; stored only. */
    public static final String PUBLISHED = "published";
    public static final String UPDATED = "updated";
    /**
     * The calendar day of publication in the article's own offset, as days since 1970-01-01: a point for the
     * date filter, doc values for the timeline. Absent for undated articles, so every date filter drops them.
     */
    public static final String DAY = "day";
    /** The instant of publication in epoch seconds, doc values only, for newest/oldest sorting. */
    public static final String TIME = "time";
    /** Titles of linked articles; stored only, because they are not the article's text. */
    public static final String RELATED = "related";
    /** Where the article was published; stored only. */
    public static final String URL = "url";

    /**
     * For problem documents: the file or record that could not be read, and why; stored only. Not {@link #ID}:
     * Lucene needs a field indexed the same way in every document.
     */
    public static final String PROBLEM_FILE = "problem_file";
    public static final String REASON = "reason";

    private IndexSchema() {
    }
}
