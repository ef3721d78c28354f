package org.broadsheet.shared.plugin;

import java.io.IOException;

import org.apache.lucene.search.Query;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.broadsheet.index.CommonPairsFilterFactory;
import org.broadsheet.index.CommonWords;
import org.broadsheet.search.InvalidQueryException;
import org.broadsheet.search.QueryLanguage;
import org.broadsheet.shared.SolrConfigSet;

/**
 * Broadsheet's query language inside Solr, named {@value #NAME}: the same parser as the embedded index
 * ({@link QueryLanguage}), with the collection's common words (its configset's {@code commonwords.txt}), so a
 * query matches the same articles in both. {@code bs.typing=true} makes the last word a prefix, as while
 * typing. A query that cannot be run fails with the parser's own sentence for the user.
 */
public final class ArticleQParserPlugin extends QParserPlugin implements ResourceLoaderAware {

    public static final String NAME = "broadsheet";
    /** The request parameter that says the query is still being typed. */
    public static final String WHILE_TYPING = "bs.typing";

    private final QueryLanguage language = new QueryLanguage();
    private volatile CommonWords commonWords = CommonWords.NONE;

    @Override
    public void inform(ResourceLoader loader) throws IOException {
        commonWords = CommonPairsFilterFactory.readWords(loader, SolrConfigSet.COMMON_WORDS_FILE);
    }

    @Override
    public QParser createParser(String text, SolrParams localParams, SolrParams params, SolrQueryRequest request) {
        return new QParser(text, localParams, params, request) {
            @Override
            public Query parse() throws SyntaxError {
                try {
                    return language.parseForCollection(qstr == null ? "" : qstr, getParam(WHILE_TYPING) != null
                            && Boolean.parseBoolean(getParam(WHILE_TYPING)), commonWords);
                } catch (InvalidQueryException e) {
                    throw new SyntaxError(e.getMessage());
                }
            }
        };
    }
}
