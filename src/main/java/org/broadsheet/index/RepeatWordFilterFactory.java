package org.broadsheet.index;

import java.util.Map;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Makes {@link RepeatWordFilter}s. Named {@value #NAME} for Lucene's and Solr's analysis configuration, so that a Solr field type can be
 * built from the same filters as the embedded index ({@code SolrConfigSet}).
 */
public final class RepeatWordFilterFactory extends TokenFilterFactory {

    public static final String NAME = "broadsheetRepeatWord";

    public RepeatWordFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For Lucene's service loader only. */
    public RepeatWordFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new RepeatWordFilter(input);
    }
}
