package org.broadsheet.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.archive.FileReadResultFactory;
import org.broadsheet.article.Article;
import org.broadsheet.index.ArticleIndex;
import org.broadsheet.task.Cancellation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A search told to stop stops while it is collecting, not only between steps. */
class ArticleSearcherCancellationTest {

    private static final int ARTICLES = 20_000;

    private static ArticleIndex index;
    private static ArticleSearcher searcher;

    @BeforeAll
    static void fill() throws IOException {
        index = ArticleIndex.inMemory();
        for (int i = 0; i < ARTICLES; i++) {
            String id = "a" + i;
            ArchiveFile file = new ArchiveFile(id + ".txt", Path.of(""), 10, 0);
            Article article = new Article(id, "Harbour story " + i, null, null, null, null,
                    List.of("Ships came in."), List.of(), null);
            index.putFile(file, FileReadResultFactory.of(article), false);
        }
        index.refresh();
        searcher = new ArticleSearcher(() -> index, new ChangeListeners());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    /** Says "go on" for as many looks as the search makes before it collects, "stop" after, and counts them. */
    private static final class StopWhileCollecting extends Cancellation {
        private final int looksBeforeCollecting;
        private int looks;

        StopWhileCollecting(int looksBeforeCollecting) {
            this.looksBeforeCollecting = looksBeforeCollecting;
        }

        @Override
        public synchronized boolean isCancelled() {
            return ++looks > looksBeforeCollecting;
        }
    }

    @Test
    void stopsCollectingWhenToldTo() throws IOException {
        int segments = index.withSearcher(searcher -> searcher.getIndexReader().leaves().size());
        StopWhileCollecting stop = new StopWhileCollecting(segments);
        assertThrows(SearchCancelledException.class, () -> searcher.list(SearchRequest.of("harbour"), stop));
        assertTrue(stop.looks > segments, "it looked while collecting");
        assertTrue(stop.looks < ARTICLES / 1000, "but not at every article: " + stop.looks);
    }

    @Test
    void collectsEverythingWhenLeftAlone() throws Exception {
        assertEquals(ARTICLES, searcher.list(SearchRequest.of("harbour"), new Cancellation()).total());
    }
}
