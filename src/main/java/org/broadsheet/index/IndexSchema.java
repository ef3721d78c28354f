package org.broadsheet.index;

/**
 * The article index's field names and schema version, in one place. Each field's comment says how it is
 * indexed and why it is stored or not.
 *
 * <p>Title and text hold each word as written and, at the same position, its marked stem where stemming
 * changes it (see {@link Analysis}): plain words find their inflections ({@code sanction} finds
 * {@code sanctioned}) while quoted phrases stay exact and prefixes match the words as written. They also
 * hold each pair of the index's {@link CommonWords} next to each other, marked, so that a phrase of them is
 * found fast. Both keep offsets in the postings, so that highlighting needs no re-analysis.
 */
public final class IndexSchema {

    /** Incrementing this makes every stored index rebuild itself on the next start. */
    public static final int VERSION = 9;

    /** Article or problem: the index also remembers the files that could not be read, with their reasons. */
    public static final String KIND = "kind";
    public static final String KIND_ARTICLE = "article";
    public static final String KIND_PROBLEM = "problem";

    /** The article's id; keyword, stored for results, doc values for a stable last tie-break in sorting. */
    public static final String ID = "id";
    /**
     * The {@code ArticleFingerprint} of what the article says: a keyword, so that a mark finds its article after
     * the file moved; stored, so that marks can tell when an article's text changed.
     */
    public static final String FINGERPRINT = "fingerprint";
    /**
     * The keys of the article's MinHash bands ({@code MinHash.bandKeys}), in sorted numeric doc values: articles
     * that share one are candidates to be versions of one story. Absent for an article too short to compare.
     */
    public static final String STORY_BAND = "story_band";
    /**
     * The story an article belongs to, in numeric doc values: 0 for an article that is the only version of its
     * story, else a key shared by every version. Updated in place when stories are regrouped, so articles are
     * never indexed again for it.
     */
    public static final String STORY = "story";
    /**
     * The archive file a document came from: a keyword, so that re-reading a file replaces all its documents;
     * sorted doc values, so that a start can list what the index holds without reading stored fields; and
     * stored, so that a result and the reader can say where an article comes from.
     */
    public static final String FILE = "file";
    /** The file's size and modification time when it was read, in doc values: unchanged files are not read again. */
    public static final String FILE_SIZE = "file_size";
    public static final String FILE_MODIFIED = "file_modified";
    /**
     * On problem documents of files that could not be read for reasons of the moment (permissions, a vanished
     * file): 1, in doc values, so that a start reads them again, and stored, for the problem list.
     */
    public static final String FILE_RETRY = "file_retry";
    /**
     * 1, in doc values, on documents of a file whose articles' ids keep the whole file name (see
     * {@code ArticleIds}): a file's id form can change when a file beside it comes or goes, and is then read again.
     */
    public static final String FILE_FULL_ID = "file_full_id";

    /** Headline: words and marked stems, stored for result lists and highlighting. */
    public static final String TITLE = "title";
    /**
     * Standfirst and body paragraphs, one value per paragraph: words and marked stems, stored so that snippets
     * and the reader come from the index rather than re-reading the archive.
     */
    public static final String TEXT = "text";
    /** Whether the first {@link #TEXT} value is the standfirst; stored only. */
    public static final String HAS_STANDFIRST = "has_standfirst";

    /** Byline: folded words, no stems, for {@code author:} queries; stored for display. */
    public static final String AUTHOR = "author";
    /** Byline as written, in sorted doc values only: counted for the author facet and compared by the filter. */
    public static final String AUTHOR_NAME = "author_name";
    /** Byline as {@link ArticleDocuments#facetKey}, a keyword: the author filter as a query clause. */
    public static final String AUTHOR_KEY = "author_key";

    /** The outlet: folded words, no stems, for {@code source:} queries; stored for display. */
    public static final String SOURCE = "source";
    /** The outlet as written, in sorted doc values only: counted for the source facet and compared by its filter. */
    public static final String SOURCE_NAME = "source_name";

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
