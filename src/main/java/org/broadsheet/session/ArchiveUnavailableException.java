package org.broadsheet.session;

import java.io.IOException;

/** An archive could not be opened, for a reason its message tells the user in one line. */
public final class ArchiveUnavailableException extends IOException {

    public ArchiveUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
