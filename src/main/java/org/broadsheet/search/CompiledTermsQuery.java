package org.broadsheet.search;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The terms of one field that an already compiled automaton accepts, scored as one constant. A fuzzy word is
 * looked up in several fields; compiling its Levenshtein automaton once for all of them, rather than once
 * per field as {@code FuzzyQuery} does, is most of what makes fuzzy search fast.
 */
final class CompiledTermsQuery extends MultiTermQuery {

    private final CompiledAutomaton automaton;
    private final String description;

    /** @param description what the user typed, for {@link #toString} */
    CompiledTermsQuery(String field, CompiledAutomaton automaton, String description) {
        super(field, CONSTANT_SCORE_BLENDED_REWRITE);
        this.automaton = automaton;
        this.description = description;
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource attributes) throws IOException {
        return automaton.getTermsEnum(terms);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(getField())) {
            automaton.visit(visitor, this, getField());
        }
    }

    @Override
    public String toString(String field) {
        return (getField().equals(field) ? "" : getField() + ":") + description;
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && getField().equals(((CompiledTermsQuery) other).getField())
                && automaton.equals(((CompiledTermsQuery) other).automaton);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), getField(), automaton);
    }
}
