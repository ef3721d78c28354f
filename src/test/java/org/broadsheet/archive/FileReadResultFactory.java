package org.broadsheet.archive;

import org.broadsheet.article.Article;

/** Results of reading a file, for tests that fill an index without files. */
public final class FileReadResultFactory {

    private FileReadResultFactory() {
    }

    public static FileReadResult of(Article article) {
        return FileReadResult.of(article);
    }
}
