package org.broadsheet.marks;

import java.sql.SQLException;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** What kind of trouble a failed SQLite call was, and how to say it to a user whose change was not saved. */
final class SqlFailures {

    enum Kind { BUSY, READ_ONLY, DAMAGED, FULL, CANNOT_OPEN, OTHER }

    private SqlFailures() {
    }

    static Kind kind(SQLException failure) {
        if (!(failure instanceof SQLiteException sqlite)) {
            return Kind.OTHER;
        }
        // Extended result codes keep their primary code in the low byte.
        int primary = sqlite.getResultCode().code & 0xFF;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return Kind.BUSY;
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_PERM.code) {
            return Kind.READ_ONLY;
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return Kind.DAMAGED;
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return Kind.FULL;
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code || primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return Kind.CANNOT_OPEN;
        }
        return Kind.OTHER;
    }

    /** One sentence: why a change to the marks was not saved. */
    static String notSaved(SQLException failure) {
        return switch (kind(failure)) {
            case BUSY -> "The marks file is locked by another program, so the change was not saved; try again in a moment.";
            case READ_ONLY -> "The marks file is read-only, so the change was not saved.";
            case DAMAGED -> "The marks file is damaged, so the change was not saved; restart Broadsheet to set it aside.";
            case FULL -> "The disk is full, so the change was not saved.";
            case CANNOT_OPEN -> "The marks file can't be written, so the change was not saved.";
            case OTHER -> "The change could not be saved because of an internal error.";
        };
    }
}
