package org.broadsheet.index;

import org.broadsheet.archive.ArchiveFile;

/** A file's size and modification time when it was read: if both are the same now, so is the file. */
public record FileStamp(long size, long modifiedMillis) {

    public static FileStamp of(ArchiveFile file) {
        return new FileStamp(file.size(), file.modifiedMillis());
    }
}
