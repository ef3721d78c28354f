package org.broadsheet.search;

import org.broadsheet.article.Article;

/** An article as the reader shows it: the whole article and where the current query matched it. */
public record HighlightedArticle(Article article, ArticleMatches matches) {
}
