package org.broadsheet.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.article.Article;
import org.broadsheet.article.Problem;
import org.broadsheet.index.ArticleDocuments;
import org.broadsheet.index.IndexSchema;

/**
 * Maps articles and problems to a collection's documents and back: the values the embedded index holds
 * ({@link ArticleDocuments#fieldValues}), one per field where the collection's field holds one, and the
 * collection's own fields ({@link SolrFields}). Thread-safe.
 */
final class SolrDocuments {

    /** A problem document's id: an article's id is a relative path, which never starts with a slash. */
    private static final String PROBLEM_ID_PREFIX = "/problem/";

    private SolrDocuments() {
    }

    static SolrInputDocument of(Article article, ArchiveFile file, int fileDocs) {
        SolrInputDocument document = from(ArticleDocuments.fieldValues(article, file), fileDocs);
        if (article.source() != null) {
            document.setField(SolrFields.SOURCE_KEY, ArticleDocuments.facetKey(article.source()));
        }
        return document;
    }

    static SolrInputDocument of(Problem problem, ArchiveFile file, int fileDocs) {
        SolrInputDocument document = from(ArticleDocuments.fieldValues(problem, file), fileDocs);
        document.setField(IndexSchema.ID, PROBLEM_ID_PREFIX + problem.file());
        return document;
    }

    private static SolrInputDocument from(Map<String, List<Object>> values, int fileDocs) {
        SolrInputDocument document = new SolrInputDocument();
        values.forEach((name, fieldValues) -> {
            SolrFields.Field field = SolrFields.BY_NAME.get(name);
            if (field == null) {
                throw new IllegalStateException("the collection's schema lacks the index's field " + name);
            }
            if (field.multiValued()) {
                fieldValues.forEach(value -> document.addField(name, value));
            } else {
                document.setField(name, fieldValues.get(0));
            }
        });
        document.setField(SolrFields.FILE_DOCS, fileDocs);
        return document;
    }

    /** The article a collection's document holds, given every stored field. */
    static Article toArticle(SolrDocument stored) {
        Document document = new Document();
        for (String name : stored.getFieldNames()) {
            for (Object value : valuesOf(stored.getFieldValue(name))) {
                if (value instanceof Number number) {
                    document.add(new StoredField(name, number.longValue()));
                } else {
                    document.add(new StoredField(name, value.toString()));
                }
            }
        }
        return ArticleDocuments.toArticle(document);
    }

    private static Collection<?> valuesOf(Object value) {
        return value instanceof Collection<?> many ? many : List.of(value);
    }

    /** The stored fields an article is read back from. */
    static final List<String> STORED_ARTICLE_FIELDS = List.of(IndexSchema.ID, IndexSchema.TITLE, IndexSchema.TEXT,
            IndexSchema.HAS_STANDFIRST, IndexSchema.AUTHOR, IndexSchema.PUBLISHED, IndexSchema.UPDATED,
            IndexSchema.RELATED, IndexSchema.URL, IndexSchema.SOURCE, IndexSchema.FILE, IndexSchema.FINGERPRINT);
}
