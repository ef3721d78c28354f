package org.broadsheet.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.article.Article;

/**
 * A few articles indexed in memory exactly as an archive's index holds them (the same documents and analysis,
 * without pairs of common words, which change no match), so that where a query matches them is found as the
 * index finds it: for articles that came from elsewhere, such as a Solr collection. Document {@code i} is
 * article {@code i}. Not thread-safe; close it when done.
 */
public final class ScratchIndex implements Closeable {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;

    private ScratchIndex(List<Article> articles) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Analysis.withPairsOf(CommonWords.NONE))
                .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Article article : articles) {
                // The file does not change where a query matches; the article's id stands in for it.
                writer.addDocument(ArticleDocuments.articleDocument(article,
                        new ArchiveFile(article.id(), Path.of(""), 0, 0)));
            }
        }
        reader = DirectoryReader.open(directory);
    }

    public static ScratchIndex of(List<Article> articles) throws IOException {
        return new ScratchIndex(articles);
    }

    public IndexSearcher searcher() {
        return new IndexSearcher(reader);
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
