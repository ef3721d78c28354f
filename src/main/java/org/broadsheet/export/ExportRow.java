package org.broadsheet.export;

import java.util.List;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleDates;
import org.broadsheet.search.FoundArticle;

/**
 * One exported article, field by field, as every format writes it.
 *
 * @param path the path inside the archive of the article's file
 * @param text the standfirst and paragraphs, one blank line between each; null unless the export asks for it
 */
record ExportRow(String id, String title, String author, String published, String updated, String path,
                 List<String> tags, boolean star, String note, String text, Article article) {

    static ExportRow of(FoundArticle found, boolean withText) {
        Article article = found.article();
        return new ExportRow(article.id(), article.title(), article.author(), ArticleDates.iso(article.published()),
                ArticleDates.iso(article.updated()), found.file(), found.marks().tags(), found.marks().starred(),
                found.marks().note(), withText ? text(article) : null, article);
    }

    private static String text(Article article) {
        StringBuilder text = new StringBuilder();
        if (article.standfirst() != null) {
            text.append(article.standfirst());
        }
        for (String paragraph : article.paragraphs()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(paragraph);
        }
        return text.toString();
    }
}
