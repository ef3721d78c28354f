package org.broadsheet.shared;

import java.util.HashMap;
import java.util.Map;

import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.broadsheet.archive.ArchiveFile;
import org.broadsheet.index.FileStamp;
import org.broadsheet.index.IndexSchema;
import org.broadsheet.index.IndexedFile;

/**
 * What a collection remembers of each archive file, read from its documents' doc values with a cursor (every
 * document, a page at a time, whatever the collection's size): the stamp it was published with, and whether
 * all of its documents arrived.
 */
final class CollectionFiles {

    private static final int PAGE = 10_000;

    /** One file's documents in the collection. */
    static final class Published {
        private FileStamp stamp;
        private boolean retry;
        private boolean fullId;
        /** The number of documents the file gave, from its last part's documents; 0 until one is seen. */
        private int expected;
        private int count;

        /** Whether the collection's documents of the file no longer stand for it, or some never arrived. */
        boolean isStaleFor(ArchiveFile file) {
            return new IndexedFile(stamp, retry || expected == 0 || count != expected, fullId).isStaleFor(file);
        }

        int count() {
            return count;
        }
    }

    private CollectionFiles() {
    }

    static Map<String, Published> read(SolrConnection connection, Retrying retrying) throws SharedArchiveException {
        Map<String, Published> files = new HashMap<>();
        SolrQuery query = new SolrQuery("*:*");
        query.set("defType", "lucene");
        query.setFields(IndexSchema.FILE, IndexSchema.FILE_SIZE, IndexSchema.FILE_MODIFIED, IndexSchema.FILE_RETRY,
                IndexSchema.FILE_FULL_ID, SolrFields.FILE_DOCS);
        query.setRows(PAGE);
        query.setSort(IndexSchema.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = retrying.call("reading what the collection holds",
                    () -> connection.client().query(query));
            for (SolrDocument document : response.getResults()) {
                Published file = files.computeIfAbsent((String) document.getFirstValue(IndexSchema.FILE),
                        path -> new Published());
                file.stamp = new FileStamp(number(document, IndexSchema.FILE_SIZE),
                        number(document, IndexSchema.FILE_MODIFIED));
                file.retry |= number(document, IndexSchema.FILE_RETRY) == 1;
                file.fullId = number(document, IndexSchema.FILE_FULL_ID) == 1;
                file.expected = Math.max(file.expected, (int) number(document, SolrFields.FILE_DOCS));
                file.count++;
            }
            String next = response.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return files;
            }
            cursor = next;
        }
    }

    private static long number(SolrDocument document, String field) {
        Object value = document.getFirstValue(field);
        return value instanceof Number number ? number.longValue() : 0;
    }
}
