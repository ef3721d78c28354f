package org.broadsheet.search;

import org.broadsheet.article.Article;

/**
 * An article as the reader shows it: the whole article and where the current query matched it.
 *
 * @param file the path inside the archive of the file it came from, or null when not known
 */
public record HighlightedArticle(Article article, ArticleMatches matches, String file) {

    public HighlightedArticle(Article article, ArticleMatches matches) {
        this(article, matches, null);
    }
}
