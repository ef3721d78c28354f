package org.broadsheet.shared;

import java.io.IOException;

/** A shared archive could not be reached or used; the message says why in one line, for the user. */
public final class SharedArchiveException extends IOException {

    public SharedArchiveException(String message) {
        super(message);
    }

    public SharedArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
