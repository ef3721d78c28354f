package org.broadsheet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The plainest Lucene indexer a user could write, to measure Broadsheet's ingest against: one thread, the
 * standard analyzer, each file's path stored and its whole text indexed but not stored, every setting left
 * at Lucene's default. It reads the files as Broadsheet does, from the same folder, and commits once.
 */
final class BaselineIndexer {

    private BaselineIndexer() {
    }

    /**
     * Indexes every {@code .txt} file under {@code archive} into a new index in {@code indexFolder}.
     *
     * @return the seconds from the first file listed to the commit
     */
    static double index(Path archive, Path indexFolder) throws IOException {
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(archive)) {
            files = walk.filter(path -> path.toString().endsWith(".txt") && Files.isRegularFile(path)).toList();
        }
        try (FSDirectory directory = FSDirectory.open(indexFolder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (Path file : files) {
                Document document = new Document();
                document.add(new StringField("path", archive.relativize(file).toString(), Field.Store.YES));
                document.add(new TextField("text", Files.readString(file, StandardCharsets.UTF_8), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
