package org.broadsheet.search;

/** An outlet, as the articles name it, and how many of the matching articles come from it. */
public record SourceCount(String name, int count) {
}
