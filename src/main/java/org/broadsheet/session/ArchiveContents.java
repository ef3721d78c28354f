package org.broadsheet.session;

import java.util.List;

import org.broadsheet.article.Problem;

/**
 * What an open archive holds, as the status bar shows it.
 *
 * @param articles how many articles are searchable
 * @param problems the files, records and folders that could not be read, in path order
 * @param notices  one-line messages about the index (rebuilt, read-only, in memory), oldest first
 * @param index    where its index is kept now
 * @param complete whether the index holds the whole archive; false while another window still builds it
 */
public record ArchiveContents(int articles, List<Problem> problems, List<String> notices, Kept index,
                              boolean complete) {

    /** Where an archive's index is kept. */
    public enum Kept {
        /** In the cache folder, kept up to date by this window. */
        STORED,
        /** In the cache folder, kept up to date by another window; this one follows it. */
        READ_ONLY,
        /** In memory for this session only. */
        IN_MEMORY,
        /** On a SolrCloud collection that publishers keep up to date. */
        SHARED
    }

    public ArchiveContents {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }
}
