package org.broadsheet.search;

/** A tag, as the user wrote it, and how many of the matching articles have it. */
public record TagCount(String name, int count) {
}
