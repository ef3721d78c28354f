package org.broadsheet.platform;

import java.nio.file.Path;

import ch.qos.logback.core.PropertyDefinerBase;

/**
 * Tells {@code logback.xml} where the log file goes: beside the indexes in the user's cache folder, so that
 * the full story of a failure is kept for a bug report while the terminal only ever shows one line.
 */
public final class LogFolder extends PropertyDefinerBase {

    /** The log file that messages to users point to for details. */
    public static Path logFile() {
        return folder().resolve("broadsheet.log");
    }

    static Path folder() {
        return AppDirectories.cache().resolve("logs");
    }

    @Override
    public String getPropertyValue() {
        return folder().toString();
    }
}
