package org.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.broadsheet.index.IndexSchema;

/**
 * {@code versions:ID}: every version of the story of the article with that id, itself included. The parser
 * makes it with the id alone; a search turns it into a query on the story's key ({@link #resolved}), which
 * depends on the state of the index searched.
 */
final class StoryOfQuery extends Query {

    private final String id;

    StoryOfQuery(String id) {
        this.id = id;
    }

    /** Each {@code versions:} of {@code query} as the story it names in this searcher's index. */
    static Query resolved(Query query, IndexSearcher searcher) {
        return QueryTrees.mapLeaves(query, true, leaf -> {
            if (!(leaf instanceof StoryOfQuery story)) {
                return leaf;
            }
            try {
                return story.in(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Whether the query names a story: its versions are then listed all, never collapsed. */
    static boolean isIn(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                found[0] |= leaf instanceof StoryOfQuery;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }

    private Query in(IndexSearcher searcher) throws IOException {
        Query article = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
        ScoreDoc[] found = searcher.search(article, 1).scoreDocs;
        if (found.length == 0) {
            return new MatchNoDocsQuery("no article " + id);
        }
        long key = Stories.keyOf(searcher.getIndexReader(), found[0].doc);
        return key > 0 ? NumericDocValuesField.newSlowExactQuery(IndexSchema.STORY, key) : article;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        throw new IllegalStateException("versions:" + id + " must be resolved against an index before it is searched");
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "versions:" + id;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && id.equals(((StoryOfQuery) other).id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), id);
    }
}
