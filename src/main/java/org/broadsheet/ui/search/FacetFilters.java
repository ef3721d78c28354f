package org.broadsheet.ui.search;

import org.broadsheet.search.AuthorCount;
import org.broadsheet.search.SourceCount;
import org.broadsheet.search.TagCount;
import org.kordamp.ikonli.feather.Feather;

/** The facets beside the list: its articles' bylines, outlets and tags, each a {@link FacetFilterView}. */
public final class FacetFilters {

    public static final String ID = "author-filter";
    public static final String FILTER_ID = ID + "-text";
    public static final String LIST_ID = ID + "-list";
    public static final String SOURCES_ID = "source-filter";
    public static final String SOURCES_LIST_ID = SOURCES_ID + "-list";
    public static final String TAGS_ID = "tag-filter";
    public static final String TAGS_LIST_ID = TAGS_ID + "-list";

    private FacetFilters() {
    }

    public static FacetFilterView<AuthorCount> authors(SearchViewModel model) {
        return new FacetFilterView<>(new FacetFilterView.Facet<>(ID, Feather.USER, "author", "authors", "No bylines",
                model.authors(), model.chosenAuthors(), AuthorCount::name, AuthorCount::count));
    }

    public static FacetFilterView<SourceCount> sources(SearchViewModel model) {
        return new FacetFilterView<>(new FacetFilterView.Facet<>(SOURCES_ID, Feather.GLOBE, "source", "sources",
                "No sources", model.sources(), model.chosenSources(), SourceCount::name, SourceCount::count));
    }

    public static FacetFilterView<TagCount> tags(SearchViewModel model) {
        return new FacetFilterView<>(new FacetFilterView.Facet<>(TAGS_ID, Feather.TAG, "tag", "tags", "No tags",
                model.tags(), model.chosenTags(), TagCount::name, TagCount::count));
    }
}
