package org.broadsheet.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.solr.client.solrj.SolrQuery;
import org.broadsheet.index.IndexSchema;
import org.broadsheet.search.TextRange;

/**
 * Where a query matched in a collection's titles and texts, from Solr's unified highlighter reading the offsets
 * the postings keep, as the embedded index's matches come from the same offsets: each field whole, every
 * match between two marks no text holds, turned back into offsets of each stored value.
 */
final class SolrHighlights {

    private static final char START = '\uE000';
    private static final char END = '\uE001';

    /** An article's paragraphs are at most 10,000 ({@code ArticleLimits}), with the standfirst one more. */
    private static final int MAX_VALUES = 10_001;

    private SolrHighlights() {
    }

    static void ask(SolrQuery query) {
        query.setHighlight(true);
        query.set("hl.method", "unified");
        query.set("hl.offsetSource", "POSTINGS");
        query.set("hl.fl", IndexSchema.TITLE + "," + IndexSchema.TEXT);
        query.set("hl.bs.type", "WHOLE");
        query.set("hl.fragsize", 0);
        // Passages never cross a multi-valued field's values: with whole passages, each value that matched is one.
        query.set("hl.snippets", MAX_VALUES);
        query.set("hl.defaultSummary", false);
        // The highlighter takes any length below the largest int.
        query.set("hl.maxAnalyzedChars", Integer.MAX_VALUE - 1);
        query.set("hl.tag.pre", String.valueOf(START));
        query.set("hl.tag.post", String.valueOf(END));
        query.set("hl.requireFieldMatch", false);
    }

    /**
     * Where the matches are in each value of a field.
     *
     * @param values      the field's stored values, in order
     * @param highlighted the document's highlights by field, or null
     * @return one list of ranges per value; empty lists where nothing matched
     */
    static List<List<TextRange>> ranges(List<String> values, Map<String, List<String>> highlighted, String field) {
        List<List<TextRange>> ranges = new ArrayList<>();
        values.forEach(value -> ranges.add(List.of()));
        List<String> marked = highlighted == null ? null : highlighted.get(field);
        if (marked == null) {
            return ranges;
        }
        // One highlight per value that matched, whole, in the field's order; each is found among the values by
        // its text, so a value that did not match is passed over.
        int value = 0;
        for (String highlight : marked) {
            StringBuilder plain = new StringBuilder(highlight.length());
            List<TextRange> matches = new ArrayList<>();
            int start = -1;
            for (int i = 0; i < highlight.length(); i++) {
                char c = highlight.charAt(i);
                if (c == START) {
                    start = plain.length();
                } else if (c == END && start >= 0) {
                    matches.add(new TextRange(start, plain.length()));
                    start = -1;
                } else {
                    plain.append(c);
                }
            }
            while (value < values.size() && !values.get(value).contentEquals(plain)) {
                value++;
            }
            if (value == values.size()) {
                return ranges;
            }
            ranges.set(value++, List.copyOf(matches));
        }
        return ranges;
    }
}
