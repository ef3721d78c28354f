package org.broadsheet.platform;

import ch.qos.logback.core.PropertyDefinerBase;

/**
 * Tells {@code logback.xml} where the log file goes: beside the indexes in the user's cache folder, so that
 * the full story of a failure is kept for a bug report while the terminal only ever shows one line.
 */
public final class LogFolder extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        return AppDirectories.cache().resolve("logs").toString();
    }
}
