package org.broadsheet.search;

/** A byline and how many of the matching articles carry it. */
public record AuthorCount(String name, int count) {
}
