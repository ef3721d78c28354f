package org.broadsheet.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where Broadsheet keeps its own files: settings in the user's configuration folder, indexes in the user's
 * cache folder (a cache may be deleted: an index is rebuilt) and the user's marks in the data folder (they
 * may not), following each system's convention (XDG on Linux). Never inside an archive. The system
 * properties {@code broadsheet.config.dir}, {@code broadsheet.cache.dir} and {@code broadsheet.data.dir}
 * override them, which is how tests keep away from the real user's files.
 */
public final class AppDirectories {

    private static final String APP = "broadsheet";

    private AppDirectories() {
    }

    public static Path config() {
        return override("broadsheet.config.dir").orElseGet(() -> switch (OperatingSystem.current()) {
            case MAC -> home().resolve("Library/Application Support/Broadsheet");
            case WINDOWS -> environment("APPDATA").map(Path::of)
                    .orElseGet(() -> home().resolve("AppData/Roaming")).resolve("Broadsheet");
            case OTHER -> environment("XDG_CONFIG_HOME").map(Path::of)
                    .orElseGet(() -> home().resolve(".config")).resolve(APP);
        });
    }

    public static Path cache() {
        return override("broadsheet.cache.dir").orElseGet(() -> switch (OperatingSystem.current()) {
            case MAC -> home().resolve("Library/Caches/Broadsheet");
            case WINDOWS -> environment("LOCALAPPDATA").map(Path::of)
                    .orElseGet(() -> home().resolve("AppData/Local")).resolve("Broadsheet").resolve("Cache");
            case OTHER -> environment("XDG_CACHE_HOME").map(Path::of)
                    .orElseGet(() -> home().resolve(".cache")).resolve(APP);
        });
    }

    /** The user's own data, which must survive a cleared cache: marks, saved searches. */
    public static Path data() {
        return override("broadsheet.data.dir").orElseGet(() -> switch (OperatingSystem.current()) {
            case MAC -> home().resolve("Library/Application Support/Broadsheet");
            case WINDOWS -> environment("APPDATA").map(Path::of)
                    .orElseGet(() -> home().resolve("AppData/Roaming")).resolve("Broadsheet");
            case OTHER -> environment("XDG_DATA_HOME").map(Path::of)
                    .orElseGet(() -> home().resolve(".local/share")).resolve(APP);
        });
    }

    private static Optional<Path> override(String property) {
        return Optional.ofNullable(System.getProperty(property)).filter(value -> !value.isBlank()).map(Path::of);
    }

    /** XDG says a relative value is invalid and to be ignored; so is an empty one. */
    private static Optional<String> environment(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank())
                .filter(value -> Path.of(value).isAbsolute());
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    private enum OperatingSystem {
        MAC, WINDOWS, OTHER;

        static OperatingSystem current() {
            String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (name.startsWith("mac") || name.startsWith("darwin")) {
                return MAC;
            }
            return name.startsWith("windows") ? WINDOWS : OTHER;
        }
    }
}
