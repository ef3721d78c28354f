package org.broadsheet.article;

/**
 * An article the user has marked, and how to find it in the archive again.
 *
 * @param id          the article's id when last seen
 * @param fingerprint its {@link ArticleFingerprint} when last seen: an article moved or renamed inside the
 *                    archive is found again by it
 */
public record MarkedArticle(String id, String fingerprint, Marks marks) {
}
