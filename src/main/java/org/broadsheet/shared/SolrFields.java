package org.broadsheet.shared;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.broadsheet.index.IndexSchema;

/**
 * The fields of a shared archive's Solr collection: the embedded index's fields ({@link IndexSchema}), under
 * the same names so that the query language's queries mean the same in both, each as Solr declares it, and the
 * few fields only a collection needs.
 */
final class SolrFields {

    /** The outlet as {@code ArticleDocuments.facetKey}, a keyword: the source filter as a filter query. */
    static final String SOURCE_KEY = "source_key";
    /**
     * How many documents the file gave, on each of them: a file whose documents in the collection are fewer was
     * cut short by a failure mid-way and is published again.
     */
    static final String FILE_DOCS = "file_docs";

    /** A Solr field type of the configset ({@link SolrConfigSet} writes their analysis). */
    enum Type {
        STRING("string"), INT("pint"), LONG("plong"), TEXT("broadsheet_text"), WORDS("broadsheet_words");

        final String solrName;

        Type(String solrName) {
            this.solrName = solrName;
        }
    }

    record Field(String name, Type type, boolean indexed, boolean stored, boolean docValues, boolean multiValued) {
        /** Title and text keep offsets in their postings, as the embedded index does, for highlighting. */
        boolean offsets() {
            return type == Type.TEXT;
        }
    }

    static final List<Field> ALL = List.of(
            new Field(IndexSchema.ID, Type.STRING, true, true, true, false),
            new Field(IndexSchema.KIND, Type.STRING, true, false, false, false),
            new Field(IndexSchema.FINGERPRINT, Type.STRING, true, true, false, false),
            new Field(IndexSchema.STORY_BAND, Type.LONG, false, false, true, true),
            new Field(IndexSchema.STORY, Type.LONG, false, false, true, false),
            new Field(IndexSchema.FILE, Type.STRING, true, true, true, false),
            new Field(IndexSchema.FILE_SIZE, Type.LONG, false, false, true, false),
            new Field(IndexSchema.FILE_MODIFIED, Type.LONG, false, false, true, false),
            new Field(IndexSchema.FILE_RETRY, Type.INT, false, true, true, false),
            new Field(IndexSchema.FILE_FULL_ID, Type.INT, false, false, true, false),
            new Field(FILE_DOCS, Type.INT, false, false, true, false),
            new Field(IndexSchema.TITLE, Type.TEXT, true, true, false, false),
            new Field(IndexSchema.TEXT, Type.TEXT, true, true, false, true),
            new Field(IndexSchema.HAS_STANDFIRST, Type.INT, false, true, false, false),
            new Field(IndexSchema.AUTHOR, Type.WORDS, true, true, false, false),
            new Field(IndexSchema.AUTHOR_NAME, Type.STRING, false, false, true, false),
            new Field(IndexSchema.AUTHOR_KEY, Type.STRING, true, false, false, false),
            // The embedded index adds a domain's parts as a second, unstored value; Solr stores both, the first is
            // the outlet as written.
            new Field(IndexSchema.SOURCE, Type.WORDS, true, true, false, true),
            new Field(IndexSchema.SOURCE_NAME, Type.STRING, false, false, true, false),
            new Field(SOURCE_KEY, Type.STRING, true, false, false, false),
            new Field(IndexSchema.PUBLISHED, Type.STRING, false, true, false, false),
            new Field(IndexSchema.UPDATED, Type.STRING, false, true, false, false),
            new Field(IndexSchema.DAY, Type.INT, true, false, true, false),
            new Field(IndexSchema.TIME, Type.LONG, false, false, true, false),
            new Field(IndexSchema.RELATED, Type.STRING, false, true, false, true),
            new Field(IndexSchema.URL, Type.STRING, false, true, false, false),
            new Field(IndexSchema.PROBLEM_FILE, Type.STRING, false, true, false, false),
            new Field(IndexSchema.REASON, Type.STRING, false, true, false, false));

    static final Map<String, Field> BY_NAME = ALL.stream().collect(Collectors.toUnmodifiableMap(Field::name,
            Function.identity()));

    private SolrFields() {
    }
}
