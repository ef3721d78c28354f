package org.broadsheet.search;

import java.io.IOException;

/** Takes the articles of a search one at a time, in the search's order: an export writes each as it comes. */
public interface ArticleSink {

    /** Called once, before the first article, with how many there will be. */
    default void begin(int total) throws IOException {
    }

    void accept(FoundArticle article) throws IOException;
}
