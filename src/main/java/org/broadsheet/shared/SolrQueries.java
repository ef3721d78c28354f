package org.broadsheet.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.solr.client.solrj.SolrQuery;
import org.broadsheet.index.ArticleDocuments;
import org.broadsheet.index.IndexSchema;
import org.broadsheet.search.SearchRequest;
import org.broadsheet.search.SortOrder;
import org.broadsheet.shared.plugin.ArticleQParserPlugin;

/**
 * A {@link SearchRequest} as a Solr request to a collection made by {@link SolrConfigSet}: the query in the
 * project's language (its parser runs inside Solr), the filters as tagged filter queries, the order as the
 * embedded index sorts, and the author, source and day counts through the JSON Facet API, each facet leaving
 * out its own filter when the request asks for that. Values reach Solr as request parameters, never spliced
 * into query syntax.
 */
final class SolrQueries {

    /** Separates the names of one filter in its parameter; no name holds it. */
    private static final String SEPARATOR = "\u001f";
    private static final String AUTHORS_TAG = "authors";
    private static final String SOURCES_TAG = "sources";
    private static final String DATES_TAG = "dates";
    static final String AUTHOR_FACET = "authors";
    static final String SOURCE_FACET = "sources";
    static final String DAY_FACET = "days";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SolrQueries() {
    }

    /** The articles the request matches, without facets or a page size. */
    static SolrQuery matching(SearchRequest request) {
        SolrQuery query = new SolrQuery(request.query());
        query.set("defType", ArticleQParserPlugin.NAME);
        if (request.whileTyping()) {
            query.set(ArticleQParserPlugin.WHILE_TYPING, true);
        }
        query.addFilterQuery("{!term f=" + IndexSchema.KIND + "}" + IndexSchema.KIND_ARTICLE);
        if (request.from() != null || request.to() != null) {
            query.addFilterQuery("{!tag=" + DATES_TAG + "}" + IndexSchema.DAY + ":["
                    + (request.from() == null ? "*" : Long.toString(request.from().toEpochDay())) + " TO "
                    + (request.to() == null ? "*" : Long.toString(request.to().toEpochDay())) + "]");
        }
        filterByNames(query, AUTHORS_TAG, IndexSchema.AUTHOR_KEY, request.authors());
        filterByNames(query, SOURCES_TAG, SolrFields.SOURCE_KEY, request.sources());
        query.set("sort", sort(request.effectiveSort()));
        return query;
    }

    /** A whole-name filter, by the keys the embedded filters compare, the names passed as a parameter. */
    private static void filterByNames(SolrQuery query, String tag, String field, Set<String> names) {
        if (names.isEmpty()) {
            return;
        }
        String parameter = "bs." + tag;
        query.set(parameter, names.stream().map(ArticleDocuments::facetKey).sorted()
                .collect(Collectors.joining(SEPARATOR)));
        query.set("bs.separator", SEPARATOR);
        query.addFilterQuery("{!terms tag=" + tag + " f=" + field + " separator=$bs.separator v=$" + parameter + "}");
    }

    /** As the embedded index orders: undated articles last either way, the id breaking ties. */
    static String sort(SortOrder order) {
        return switch (order) {
            case RELEVANCE -> "score desc," + IndexSchema.TIME + " desc," + IndexSchema.ID + " asc";
            case NEWEST -> IndexSchema.TIME + " desc," + IndexSchema.ID + " asc";
            case OLDEST -> IndexSchema.TIME + " asc," + IndexSchema.ID + " asc";
        };
    }

    /** The author, source and day counts, through the JSON Facet API. */
    static void addFacets(SolrQuery query, SearchRequest request) {
        boolean others = request.facetScope() == SearchRequest.FacetScope.OTHER_FILTERS;
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put(AUTHOR_FACET, terms(IndexSchema.AUTHOR_NAME, others ? AUTHORS_TAG : null));
        facets.put(SOURCE_FACET, terms(IndexSchema.SOURCE_NAME, others ? SOURCES_TAG : null));
        facets.put(DAY_FACET, terms(IndexSchema.DAY, others ? DATES_TAG : null));
        try {
            query.set("json.facet", JSON.writeValueAsString(facets));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers are always JSON", e);
        }
    }

    private static Map<String, Object> terms(String field, String excludedTag) {
        Map<String, Object> facet = new LinkedHashMap<>();
        facet.put("type", "terms");
        facet.put("field", field);
        facet.put("limit", -1);
        facet.put("mincount", 1);
        if (excludedTag != null) {
            facet.put("domain", Map.of("excludeTags", excludedTag));
        }
        return facet;
    }
}
