package org.broadsheet.search;

import org.broadsheet.article.Article;
import org.broadsheet.article.Marks;

/**
 * A whole article as a search found it, for export: the article, the file it came from and its marks.
 *
 * @param file the path inside the archive of its file
 */
public record FoundArticle(Article article, String file, Marks marks) {
}
