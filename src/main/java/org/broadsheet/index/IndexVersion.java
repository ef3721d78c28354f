package org.broadsheet.index;

import java.util.Map;

import org.apache.lucene.util.Version;

/**
 * What a commit records about how its index was made. An index made by another schema or analysis cannot be
 * searched as if it were this one's, so it is rebuilt.
 */
final class IndexVersion {

    static final String SCHEMA_KEY = "broadsheet.schema";
    static final String LUCENE_KEY = "broadsheet.lucene";

    private IndexVersion() {
    }

    static Map<String, String> commitData() {
        return Map.of(SCHEMA_KEY, String.valueOf(IndexSchema.VERSION), LUCENE_KEY, String.valueOf(Version.LATEST.major));
    }

    /** Whether a commit with this data was made by this schema, analysis and Lucene major version. */
    static boolean isCurrent(Map<String, String> commitData) {
        return commitData().equals(Map.of(
                SCHEMA_KEY, commitData.getOrDefault(SCHEMA_KEY, ""),
                LUCENE_KEY, commitData.getOrDefault(LUCENE_KEY, "")));
    }
}
