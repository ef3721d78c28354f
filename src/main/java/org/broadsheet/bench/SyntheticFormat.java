package org.broadsheet.bench;

/** The formats {@code bench --format} writes its articles in: the same articles, read by each reader. */
public enum SyntheticFormat {
    /** One file per article in the seed format. */
    TEXT,
    /** One saved page per article, with its metadata, navigation and footer. */
    HTML,
    /** One RSS 2.0 feed per month, the body in {@code content:encoded}. */
    RSS,
    /** One gzipped WARC per month, each article a captured page. */
    WARC
}
