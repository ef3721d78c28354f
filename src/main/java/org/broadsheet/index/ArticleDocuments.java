package org.broadsheet.index;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleFingerprint;
import org.broadsheet.article.Problem;
import org.broadsheet.versions.MinHash;
import org.broadsheet.versions.Shingles;

/** Maps articles and problems to Lucene documents and back, following {@link IndexSchema}. Thread-safe. */
public final class ArticleDocuments {

    private static final FieldType STORED_TEXT_WITH_OFFSETS = textWithOffsets();

    private ArticleDocuments() {
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** What the author and source filters compare: the name without surrounding space, ignoring case. */
    public static String facetKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static Document articleDocument(Article article, ArchiveFile file) {
        Document document = new Document();
        document.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_ARTICLE, Field.Store.NO));
        document.add(new StringField(IndexSchema.ID, article.id(), Field.Store.YES));
        document.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(article.id())));
        document.add(new StringField(IndexSchema.FINGERPRINT, ArticleFingerprint.of(article), Field.Store.YES));
        // Doc values, not terms: a term dictionary of twenty unique keys per article cost a third of the ingest.
        for (long band : MinHash.bandKeys(Shingles.hashes(article))) {
            document.add(new SortedNumericDocValuesField(IndexSchema.STORY_BAND, band));
        }
        document.add(new NumericDocValuesField(IndexSchema.STORY, 0));
        addFile(document, file);

        document.add(new Field(IndexSchema.TITLE, article.title(), STORED_TEXT_WITH_OFFSETS));
        List<String> texts = new ArrayList<>();
        if (article.standfirst() != null) {
            texts.add(article.standfirst());
        }
        texts.addAll(article.paragraphs());
        for (String text : texts) {
            document.add(new Field(IndexSchema.TEXT, text, STORED_TEXT_WITH_OFFSETS));
        }
        document.add(new StoredField(IndexSchema.HAS_STANDFIRST, article.standfirst() != null ? 1 : 0));

        if (article.author() != null) {
            document.add(new TextField(IndexSchema.AUTHOR, article.author(), Field.Store.YES));
            document.add(new SortedDocValuesField(IndexSchema.AUTHOR_NAME, new BytesRef(article.author())));
            document.add(new StringField(IndexSchema.AUTHOR_KEY, facetKey(article.author()), Field.Store.NO));
        }
        if (article.published() != null) {
            document.add(new StoredField(IndexSchema.PUBLISHED, article.published().toString()));
        }
        if (article.updated() != null) {
            document.add(new StoredField(IndexSchema.UPDATED, article.updated().toString()));
        }
        article.publicationDate().ifPresent(date -> {
            int day = Math.toIntExact(date.toLocalDate().toEpochDay());
            document.add(new IntPoint(IndexSchema.DAY, day));
            document.add(new NumericDocValuesField(IndexSchema.DAY, day));
            document.add(new NumericDocValuesField(IndexSchema.TIME, date.toEpochSecond()));
        });
        for (String related : article.related()) {
            document.add(new StoredField(IndexSchema.RELATED, related));
        }
        if (article.url() != null) {
            document.add(new StoredField(IndexSchema.URL, article.url()));
        }
        if (article.source() != null) {
            document.add(new TextField(IndexSchema.SOURCE, article.source(), Field.Store.YES));
            document.add(new SortedDocValuesField(IndexSchema.SOURCE_NAME, new BytesRef(article.source())));
            // A domain is one token to the tokenizer; its parts go in too, so that source:reuters finds reuters.com.
            if (article.source().indexOf('.') >= 0) {
                document.add(new TextField(IndexSchema.SOURCE, article.source().replace('.', ' '), Field.Store.NO));
            }
        }
        return document;
    }

    static Document problemDocument(Problem problem, ArchiveFile file) {
        Document document = new Document();
        document.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_PROBLEM, Field.Store.NO));
        addFile(document, file);
        document.add(new StoredField(IndexSchema.PROBLEM_FILE, problem.file()));
        document.add(new StoredField(IndexSchema.REASON, problem.reason()));
        if (problem.retryable()) {
            document.add(new NumericDocValuesField(IndexSchema.FILE_RETRY, 1));
            document.add(new StoredField(IndexSchema.FILE_RETRY, 1));
        }
        return document;
    }

    /** Which file a document came from, and that file's size and time when it was read. */
    private static void addFile(Document document, ArchiveFile file) {
        document.add(new StringField(IndexSchema.FILE, file.relativePath(), Field.Store.YES));
        document.add(new SortedDocValuesField(IndexSchema.FILE, new BytesRef(file.relativePath())));
        document.add(new NumericDocValuesField(IndexSchema.FILE_SIZE, file.size()));
        document.add(new NumericDocValuesField(IndexSchema.FILE_MODIFIED, file.modifiedMillis()));
        if (file.fullId()) {
            document.add(new NumericDocValuesField(IndexSchema.FILE_FULL_ID, 1));
        }
    }

    /**
     * The values the index holds for an article, field by field, in the order they are added: words as written,
     * numbers as numbers, for another engine to index the same fields (a Solr collection). Points are left out;
     * their field's doc value carries the same number.
     */
    public static Map<String, List<Object>> fieldValues(Article article, ArchiveFile file) {
        return valuesOf(articleDocument(article, file));
    }

    /** {@link #fieldValues} of the document that records a file or record that could not be read. */
    public static Map<String, List<Object>> fieldValues(Problem problem, ArchiveFile file) {
        return valuesOf(problemDocument(problem, file));
    }

    private static Map<String, List<Object>> valuesOf(Document document) {
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (IndexableField field : document) {
            if (field.fieldType().pointDimensionCount() > 0) {
                continue;
            }
            Object value = field.numericValue() != null ? field.numericValue()
                    : field.stringValue() != null ? field.stringValue()
                    : field.binaryValue().utf8ToString();
            values.computeIfAbsent(field.name(), name -> new ArrayList<>()).add(value);
        }
        return values;
    }

    /** The article a stored document holds; the document must have been loaded with all stored fields. */
    public static Article toArticle(Document document) {
        List<String> texts = new ArrayList<>(Arrays.asList(document.getValues(IndexSchema.TEXT)));
        IndexableField hasStandfirst = document.getField(IndexSchema.HAS_STANDFIRST);
        String standfirst = hasStandfirst != null && hasStandfirst.numericValue().intValue() == 1 && !texts.isEmpty()
                ? texts.remove(0) : null;
        return new Article(
                document.get(IndexSchema.ID),
                document.get(IndexSchema.TITLE),
                standfirst,
                document.get(IndexSchema.AUTHOR),
                date(document, IndexSchema.PUBLISHED).orElse(null),
                date(document, IndexSchema.UPDATED).orElse(null),
                texts,
                Arrays.asList(document.getValues(IndexSchema.RELATED)),
                document.get(IndexSchema.URL),
                document.get(IndexSchema.SOURCE));
    }

    static Problem toProblem(Document document) {
        return new Problem(document.get(IndexSchema.PROBLEM_FILE), document.get(IndexSchema.REASON),
                document.getField(IndexSchema.FILE_RETRY) != null);
    }

    public static Optional<OffsetDateTime> date(Document document, String field) {
        return Optional.ofNullable(document.get(field)).map(OffsetDateTime::parse);
    }
}
