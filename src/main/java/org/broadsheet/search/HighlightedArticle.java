package org.broadsheet.search;

import java.util.Objects;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleFingerprint;
import org.broadsheet.article.Marks;

/**
 * An article as the reader shows it: the whole article, where the current query matched it, and what the
 * user marked on it.
 *
 * @param file        the path inside the archive of the file it came from, or null when not known
 * @param fingerprint what the article says, as an {@link ArticleFingerprint}
 */
public record HighlightedArticle(Article article, ArticleMatches matches, String file, String fingerprint,
                                 Marks marks) {

    public HighlightedArticle {
        fingerprint = Objects.requireNonNullElseGet(fingerprint, () -> ArticleFingerprint.of(article));
        marks = Objects.requireNonNullElse(marks, Marks.NONE);
    }

    public HighlightedArticle(Article article, ArticleMatches matches) {
        this(article, matches, null, null, Marks.NONE);
    }

    public HighlightedArticle withMarks(Marks newMarks) {
        return new HighlightedArticle(article, matches, file, fingerprint, newMarks);
    }
}
