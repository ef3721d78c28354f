package org.broadsheet.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.broadsheet.index.IndexSchema;

/**
 * Lucene's unified highlighter, told that each text is indexed twice (stemmed and exact) so that matches in
 * both mark the one stored text, and that titles are highlighted whole. Offsets come from the postings, so no
 * text is analysed again. Not thread-safe: make one per search, over that search's searcher.
 */
final class ArticleHighlighter extends UnifiedHighlighter {

    ArticleHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withMaskedFieldsFunc(ArticleHighlighter::fieldsMarkingTheSameText)
                // A word at the end of a long article must show in its snippet too.
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withMaxNoHighlightPassages(1)
                .withFormatter(new SnippetFormatter()));
    }

    private static Set<String> fieldsMarkingTheSameText(String field) {
        return switch (field) {
            case IndexSchema.TEXT -> Set.of(IndexSchema.TEXT, IndexSchema.TEXT_EXACT);
            case IndexSchema.TITLE -> Set.of(IndexSchema.TITLE, IndexSchema.TITLE_EXACT);
            default -> Set.of(field);
        };
    }

    @Override
    protected PassageFormatter getFormatter(String field) {
        return IndexSchema.TITLE.equals(field) ? WHOLE_TEXT_MATCHES : super.getFormatter(field);
    }

    /** Titles are shown whole, so only where they matched is needed. */
    private static final PassageFormatter WHOLE_TEXT_MATCHES = new PassageFormatter() {
        @Override
        public Object format(Passage[] passages, String content) {
            List<TextRange> matches = new ArrayList<>();
            for (Passage passage : passages) {
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    matches.add(new TextRange(passage.getMatchStarts()[i], passage.getMatchEnds()[i]));
                }
            }
            return TextRanges.merged(matches);
        }
    };

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return IndexSchema.TITLE.equals(field) ? new WholeBreakIterator() : BreakIterator.getSentenceInstance(Locale.ROOT);
    }

    /**
     * For each document, in the order of {@code docIds}: under {@link IndexSchema#TITLE} the title's matches as a
     * {@code List<TextRange>}, under {@link IndexSchema#TEXT} the best passage as a {@link Snippet}; an entry
     * is null where a field has nothing to show.
     */
    Map<String, Object[]> snippets(Query query, int[] docIds) throws IOException {
        return highlightFieldsAsObjects(new String[] {IndexSchema.TITLE, IndexSchema.TEXT}, query, docIds,
                new int[] {1, 1});
    }
}
