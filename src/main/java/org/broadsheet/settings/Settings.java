package org.broadsheet.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What Broadsheet remembers between runs. Immutable; each {@code with…} returns a changed copy.
 *
 * @param recentArchives absolute archive folders, most recent first, at most {@link #MAX_RECENT}
 * @param window         where the window was and how large, or null before it was ever closed
 * @param lastQuery      what was in the search field when the window closed
 * @param followLinksOutsideArchive whether links inside an archive that lead outside it are followed; by
 *                       default they are not, and each is listed as a problem
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(List<String> recentArchives, WindowBounds window, String lastQuery,
                       Boolean followLinksOutsideArchive) {

    public static final int MAX_RECENT = 10;

    public Settings {
        recentArchives = recentArchives == null ? List.of()
                : recentArchives.stream().filter(Objects::nonNull).distinct().limit(MAX_RECENT).toList();
        window = window != null && window.isUsable() ? window : null;
        lastQuery = Objects.requireNonNullElse(lastQuery, "");
        // Settings saved before a setting existed lack it: it takes its default.
        followLinksOutsideArchive = Boolean.TRUE.equals(followLinksOutsideArchive);
    }

    public static Settings defaults() {
        return new Settings(List.of(), null, "", false);
    }

    /** The same settings with {@code folder} first among the recent archives. */
    public Settings withArchiveOpened(Path folder) {
        List<String> recent = new ArrayList<>();
        recent.add(folder.toAbsolutePath().normalize().toString());
        recent.addAll(recentArchives);
        return new Settings(recent, window, lastQuery, followLinksOutsideArchive);
    }

    public Settings withoutRecentArchives() {
        return new Settings(List.of(), window, lastQuery, followLinksOutsideArchive);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(recentArchives, bounds, lastQuery, followLinksOutsideArchive);
    }

    public Settings withLastQuery(String query) {
        return new Settings(recentArchives, window, query, followLinksOutsideArchive);
    }

    /**
     * Where the window was.
     *
     * @param maximized whether it filled the screen; the other values are then its size before that
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

        /** Sizes below this are not a window anyone would want back. */
        private static final double MIN_SIZE = 200;

        boolean isUsable() {
            return Double.isFinite(x) && Double.isFinite(y) && width >= MIN_SIZE && height >= MIN_SIZE
                    && width < 100_000 && height < 100_000;
        }
    }
}
