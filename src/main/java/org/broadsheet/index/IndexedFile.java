package org.broadsheet.index;

import org.broadsheet.archive.ArchiveFile;

/**
 * What the index remembers of one archive file.
 *
 * @param stamp         its size and time when it was read
 * @param mustReadAgain whether it could not be read for reasons of the moment (permissions, a vanished file),
 *                      so that it is read again even if its stamp is unchanged
 * @param fullId        whether its articles' ids keep the whole file name
 */
public record IndexedFile(FileStamp stamp, boolean mustReadAgain, boolean fullId) {

    /** Whether the index's documents of a file no longer stand for it as it is now. */
    public boolean isStaleFor(ArchiveFile file) {
        return mustReadAgain || fullId != file.fullId() || !stamp.equals(FileStamp.of(file));
    }
}
