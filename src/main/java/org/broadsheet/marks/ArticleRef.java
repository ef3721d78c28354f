package org.broadsheet.marks;

/**
 * An article as the marks know it.
 *
 * @param fingerprint its {@code ArticleFingerprint} now
 * @param title       its title, so that a marked article that is gone can still be named
 */
public record ArticleRef(String id, String fingerprint, String title) {
}
