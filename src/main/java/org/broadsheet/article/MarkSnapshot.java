package org.broadsheet.article;

import java.util.List;

/**
 * Every marked article at one moment. Searches filter and count by marks from one snapshot, so that a list's
 * pages agree with each other while marks change.
 *
 * @param version different for every state of the marks: what was worked out from one snapshot holds for
 *                every snapshot of the same version
 */
public record MarkSnapshot(long version, List<MarkedArticle> articles) {

    public static final MarkSnapshot EMPTY = new MarkSnapshot(0, List.of());

    public MarkSnapshot {
        articles = List.copyOf(articles);
    }
}
