package org.broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.broadsheet.article.Article;
import org.broadsheet.index.ScratchIndex;

/**
 * Where a query matches articles that came from another backend (a Solr collection), found by the same code
 * as the embedded index's marks: the articles are indexed in memory as the index holds them
 * ({@link ScratchIndex}), and {@link MatchFinder} reads the offsets. So a shared archive's snippets and
 * the reader's marks are the embedded index's, word for word.
 */
public final class ArticleMatching {

    private final QueryLanguage language = new QueryLanguage();

    /**
     * @return for each article, in order, where the query matches it
     * @throws InvalidQueryException when the query cannot be run
     */
    public List<ArticleMatches> find(String text, boolean whileTyping, List<Article> articles)
            throws InvalidQueryException, IOException {
        if (articles.isEmpty()) {
            return List.of();
        }
        Query query = language.parse(text, whileTyping);
        List<ArticleMatches> found = new ArrayList<>();
        try (ScratchIndex index = ScratchIndex.of(articles)) {
            IndexSearcher searcher = index.searcher();
            MatchFinder finder = new MatchFinder(searcher, query);
            for (int doc = 0; doc < articles.size(); doc++) {
                found.add(finder.in(doc, articles.get(doc)));
            }
        }
        return found;
    }

    /** The snippet the result list shows for an article and where a query matched it. */
    public static Snippet snippet(Article article, ArticleMatches matches) {
        List<List<TextRange>> inTexts = new ArrayList<>();
        if (article.standfirst() != null) {
            inTexts.add(matches.standfirst());
        }
        inTexts.addAll(matches.paragraphs());
        return ResultParts.snippet(ResultParts.texts(article), inTexts);
    }
}
