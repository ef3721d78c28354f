package org.broadsheet.session;

import java.io.IOException;

import org.broadsheet.index.IndexOpener;

/** What kind of trouble made work on an index fail, which decides what is done about it. */
enum IndexFailure {
    /** The index's files are damaged: rebuild it. */
    DAMAGE,
    /** Its storage refused (a full disk, a folder that cannot be written): keep the index in memory. */
    STORAGE,
    /** Neither: a bug, which no other index would avoid. */
    BUG;

    static IndexFailure of(Throwable failure) {
        if (IndexOpener.isDamage(failure)) {
            return DAMAGE;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return STORAGE;
            }
        }
        return BUG;
    }
}
