package org.broadsheet.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.broadsheet.archive.FileReadResult;
import org.broadsheet.article.Article;
import org.broadsheet.article.Problem;

/**
 * The one owner of an archive's Lucene index: its {@link IndexWriter} and the {@link SearcherManager} that
 * hands out searchers over it. Every searcher acquired here is released here, so callers only ever see a
 * searcher for the length of a {@link SearcherWork}. Thread-safe: files may be put from several threads while
 * others search.
 */
public final class ArticleIndex implements Closeable {

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private ArticleIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(Analysis.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /** An index held in memory for the life of the process. */
    public static ArticleIndex inMemory() throws IOException {
        return new ArticleIndex(new ByteBuffersDirectory());
    }

    /**
     * Replaces whatever the index holds for one archive file with what the file yields now. Searchers see the
     * file's old documents or its new ones, never a mix, once {@link #refresh()} has run.
     */
    public void putFile(String file, FileReadResult result) throws IOException {
        List<Document> documents = new ArrayList<>();
        for (Article article : result.articles()) {
            documents.add(ArticleDocuments.articleDocument(article, file));
        }
        for (Problem problem : result.problems()) {
            documents.add(ArticleDocuments.problemDocument(problem, file));
        }
        writer.updateDocuments(new Term(IndexSchema.FILE, file), documents);
    }

    /** Makes everything put so far visible to searches. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Runs work with a searcher over the latest refreshed state of the index, and always releases it. */
    public <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The article with this id, read back from the index. */
    public Optional<Article> article(String id) throws IOException {
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ArticleDocuments.toArticle(searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /** Every file, or record, that could not be read as an article, in file order. */
    public List<Problem> problems() throws IOException {
        TermQuery query = new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_PROBLEM));
        return withSearcher(searcher -> {
            int count = searcher.count(query);
            List<Problem> problems = new ArrayList<>(count);
            if (count == 0) {
                return problems;
            }
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
                problems.add(ArticleDocuments.toProblem(stored.document(hit.doc)));
            }
            problems.sort(Comparator.comparing(Problem::file));
            return problems;
        });
    }

    /** How many articles searches can currently see. */
    public int articleCount() throws IOException {
        TermQuery query = new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE));
        return withSearcher(searcher -> searcher.count(query));
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.close();
            } finally {
                directory.close();
            }
        }
    }

    /** Work done with an acquired searcher. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
