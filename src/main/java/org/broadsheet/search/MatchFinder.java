package org.broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.broadsheet.article.Article;
import org.broadsheet.index.IndexSchema;

/**
 * Finds where a query matched inside documents, from the offsets the index keeps in its postings (Lucene's
 * {@link Matches}): nothing is analysed again, whatever the query. The result list's snippets and the
 * reader's marks both come from here. Use one per search, with that search's searcher; {@link #in} may be
 * called from several threads at once, as Lucene's weights allow.
 */
final class MatchFinder {

    private final Weight weight;
    private final List<LeafReaderContext> leaves;

    MatchFinder(IndexSearcher searcher, Query query) throws IOException {
        this.weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        this.leaves = searcher.getIndexReader().leaves();
    }

    /**
     * Where the query matched one document.
     *
     * @param title ranges in the title
     * @param texts for each value of the text field (standfirst and paragraphs), ranges in that value
     */
    record Found(List<TextRange> title, List<List<TextRange>> texts) {
    }

    /** @param texts the document's stored text values, in order */
    Found in(int doc, List<String> texts) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Matches matches = weight.matches(leaf, doc - leaf.docBase);
        if (matches == null) {
            return new Found(List.of(), texts.stream().map(text -> List.<TextRange>of()).toList());
        }
        return new Found(TextRanges.merged(offsets(matches, IndexSchema.TITLE)),
                splitByValue(TextRanges.merged(offsets(matches, IndexSchema.TEXT)), texts));
    }

    /** Where the query matched one document that holds this article, part by part. */
    ArticleMatches in(int doc, Article article) throws IOException {
        Found found = in(doc, ResultParts.texts(article));
        List<List<TextRange>> perText = new ArrayList<>(found.texts());
        List<TextRange> standfirst = article.standfirst() != null ? perText.remove(0) : List.of();
        return new ArticleMatches(found.title(), standfirst, perText);
    }

    private static List<TextRange> offsets(Matches matches, String field) throws IOException {
        List<TextRange> ranges = new ArrayList<>();
        MatchesIterator iterator = matches.getMatches(field);
        while (iterator != null && iterator.next()) {
            if (iterator.startOffset() >= 0 && iterator.endOffset() >= iterator.startOffset()) {
                ranges.add(new TextRange(iterator.startOffset(), iterator.endOffset()));
            }
        }
        return ranges;
    }

    /**
     * Offsets into a multi-valued field count each value's length plus Lucene's offset gap of one between
     * values; this turns them back into offsets within each value.
     */
    private static List<List<TextRange>> splitByValue(List<TextRange> ranges, List<String> values) {
        List<List<TextRange>> perValue = new ArrayList<>();
        int valueStart = 0;
        for (String value : values) {
            int valueEnd = valueStart + value.length();
            perValue.add(TextRanges.within(ranges, valueStart, valueEnd));
            valueStart = valueEnd + 1;
        }
        return perValue;
    }
}
