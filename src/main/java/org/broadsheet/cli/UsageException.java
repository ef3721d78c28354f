package org.broadsheet.cli;

/** Something wrong with what was asked of the command line; the message is the whole explanation. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
