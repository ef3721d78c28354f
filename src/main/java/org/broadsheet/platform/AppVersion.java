package org.broadsheet.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Which version of Broadsheet this is, as the build wrote it down. */
public final class AppVersion {

    private AppVersion() {
    }

    /** {@code 0.2.0}, or {@code unknown} when the build left no version (run from an IDE). */
    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/broadsheet/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
