package org.broadsheet.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain Lucene indexer that {@code bench} measures Broadsheet against, run in a JVM of its own. */
class BaselineIndexerTest {

    @TempDir
    Path folder;

    @Test
    void indexesEveryTextFileInAJvmOfItsOwnAndReportsItsTime() throws IOException {
        Path archive = folder.resolve("archive");
        new SyntheticArchive(3, SyntheticArchive.Body.SHORT).write(archive, 40);
        Path work = Files.createDirectory(folder.resolve("baseline"));

        double seconds = BaselineIndexer.indexInOwnJvm(archive, work);

        assertTrue(seconds > 0, "the child's own clock: " + seconds);
        try (FSDirectory directory = FSDirectory.open(work.resolve("index"));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(40, reader.numDocs());
            IndexSearcher searcher = new IndexSearcher(reader);
            String first;
            try (var files = Files.walk(archive)) {
                first = archive.relativize(files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow())
                        .toString();
            }
            assertEquals(1, searcher.count(new TermQuery(new Term("path", first))));
        }
    }

    @Test
    void saysSoWhenTheChildCannotIndex() {
        Path missing = folder.resolve("no-such-archive");
        IOException failure = assertThrows(IOException.class,
                () -> BaselineIndexer.indexInOwnJvm(missing, folder));
        assertTrue(failure.getMessage().startsWith("the baseline indexer failed in a JVM of its own"),
                failure.getMessage());
    }
}
