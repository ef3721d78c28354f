package org.broadsheet.archive;

import java.util.List;

import org.broadsheet.article.Problem;

/**
 * What a scan of an archive folder found: the files to read, in a stable order, and the folders it could not
 * look into.
 */
public record ArchiveListing(List<ArchiveFile> files, List<Problem> problems) {

    public ArchiveListing {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
