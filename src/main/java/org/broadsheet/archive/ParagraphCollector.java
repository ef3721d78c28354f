package org.broadsheet.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gathers an article's paragraphs within {@link ArticleLimits}: past the paragraph limit, paragraphs are
 * folded into the last one, line by line, so that their words stay searchable while the article stays a
 * bounded number of values. Says what it did, for a note beside the article. Not thread-safe: one per article.
 */
final class ParagraphCollector {

    private final List<String> paragraphs = new ArrayList<>();
    private StringBuilder folded;
    private long paragraphsSeen;

    void add(String paragraph) {
        paragraphsSeen++;
        if (folded == null && paragraphs.size() < ArticleLimits.MAX_PARAGRAPHS) {
            paragraphs.add(paragraph);
            return;
        }
        if (folded == null) {
            folded = new StringBuilder(paragraphs.remove(paragraphs.size() - 1));
        }
        folded.append('\n').append(paragraph);
    }

    List<String> paragraphs() {
        List<String> all = new ArrayList<>(paragraphs);
        if (folded != null) {
            all.add(folded.toString());
        }
        return all;
    }

    /** What was folded, as the end of a note ("its 1,000,000 paragraphs were folded into 10,000"). */
    Optional<String> note() {
        return folded == null ? Optional.empty() : Optional.of("its " + ArticleLimits.count(paragraphsSeen)
                + " paragraphs were folded into " + ArticleLimits.count(ArticleLimits.MAX_PARAGRAPHS));
    }
}
