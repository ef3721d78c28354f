package org.broadsheet.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What Broadsheet remembers between runs. Immutable; each {@code with…} returns a changed copy. Every part
 * may be missing from a file saved by an older version, and then takes its default.
 *
 * @param recentArchives absolute archive folders, most recent first, at most {@link #MAX_RECENT}
 * @param window         where the window was and how large, or null before it was ever closed
 * @param lastQuery      what was in the search field when the window closed
 * @param followLinksOutsideArchive whether links inside an archive that lead outside it are followed; by
 *                       default they are not, and each is listed as a problem
 * @param searches       per archive folder, what was asked of it last (query, dates, authors)
 * @param theme          {@code light}, {@code dark} or {@code system}
 * @param readerZoom     the reader's text size, as a share of the normal size
 * @param listWidth      the share of the window's width the result list takes
 * @param markReadOnOpen whether opening an article marks it read after a moment
 * @param collapseVersions whether the list shows each story once rather than every version of it
 * @param storySimilarity how alike two articles' texts must be to be versions of one story, from 0.5 to 1
 * @param fieldMaps      per archive folder, which field of its JSON records holds which part of an article
 *                       ({@code {"text": "maintext", "published": "date_publish"}}), for shapes Broadsheet does
 *                       not know; written by hand, so kept for every archive, recent or not
 * @param recentShared   shared archives opened lately, most recent first, at most {@link #MAX_RECENT}; never
 *                       with a password
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(List<String> recentArchives, WindowBounds window, String lastQuery,
                       Boolean followLinksOutsideArchive, Map<String, SearchState> searches, String theme,
                       Double readerZoom, Double listWidth, Boolean markReadOnOpen, Boolean collapseVersions,
                       Double storySimilarity, Map<String, Map<String, String>> fieldMaps,
                       List<SharedPlace> recentShared) {

    public static final int MAX_RECENT = 10;
    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    public static final String SYSTEM = "system";
    private static final double DEFAULT_LIST_WIDTH = 0.38;
    public static final double DEFAULT_STORY_SIMILARITY = 0.8;

    public Settings {
        recentArchives = recentArchives == null ? List.of()
                : recentArchives.stream().filter(Objects::nonNull).distinct().limit(MAX_RECENT).toList();
        window = window != null && window.isUsable() ? window : null;
        lastQuery = Objects.requireNonNullElse(lastQuery, "");
        followLinksOutsideArchive = Boolean.TRUE.equals(followLinksOutsideArchive);
        Map<String, SearchState> kept = new LinkedHashMap<>();
        if (searches != null) {
            // Only the recent archives' searches are kept, so the file never grows without end.
            List<String> recent = recentArchives;
            searches.forEach((folder, state) -> {
                if (folder != null && state != null && (recent.isEmpty() || recent.contains(folder))) {
                    kept.put(folder, state);
                }
            });
        }
        searches = Map.copyOf(kept);
        String named = theme == null ? SYSTEM : theme.toLowerCase(Locale.ROOT);
        theme = List.of(LIGHT, DARK, SYSTEM).contains(named) ? named : SYSTEM;
        readerZoom = readerZoom == null || !(readerZoom >= 0.5 && readerZoom <= 3) ? 1.0 : readerZoom;
        listWidth = listWidth == null || !(listWidth > 0.15 && listWidth < 0.85) ? DEFAULT_LIST_WIDTH : listWidth;
        markReadOnOpen = !Boolean.FALSE.equals(markReadOnOpen);
        collapseVersions = !Boolean.FALSE.equals(collapseVersions);
        storySimilarity = storySimilarity == null || !(storySimilarity >= 0.5 && storySimilarity <= 1)
                ? DEFAULT_STORY_SIMILARITY : storySimilarity;
        Map<String, Map<String, String>> maps = new LinkedHashMap<>();
        if (fieldMaps != null) {
            fieldMaps.forEach((folder, map) -> {
                if (folder != null && map != null) {
                    maps.put(folder, Collections.unmodifiableMap(new LinkedHashMap<>(map)));
                }
            });
        }
        fieldMaps = Collections.unmodifiableMap(maps);
        recentShared = recentShared == null ? List.of() : recentShared.stream()
                .filter(place -> place != null && place.nodes() != null && place.collection() != null)
                .distinct().limit(MAX_RECENT).toList();
    }

    /** A shared archive as the recent list keeps it: where, which collection, and who; never a password. */
    public record SharedPlace(String nodes, String collection, String user) {
    }

    /** The same settings with this shared archive first among the recent shared archives. */
    public Settings withSharedOpened(SharedPlace place) {
        List<SharedPlace> recent = new ArrayList<>();
        recent.add(place);
        recentShared.stream().filter(other -> !other.equals(place)).forEach(recent::add);
        return new Settings(recentArchives, window, lastQuery, followLinksOutsideArchive, searches, theme, readerZoom,
                listWidth, markReadOnOpen, collapseVersions, storySimilarity, fieldMaps, recent);
    }

    public static Settings defaults() {
        return new Settings(List.of(), null, "", false, Map.of(), SYSTEM, 1.0, DEFAULT_LIST_WIDTH, true, true,
                DEFAULT_STORY_SIMILARITY, Map.of(), List.of());
    }

    /** The same settings with {@code folder} first among the recent archives. */
    public Settings withArchiveOpened(Path folder) {
        List<String> recent = new ArrayList<>();
        recent.add(folder.toAbsolutePath().normalize().toString());
        recent.addAll(recentArchives);
        return new Settings(recent, window, lastQuery, followLinksOutsideArchive, searches, theme, readerZoom,
                listWidth, markReadOnOpen, collapseVersions, storySimilarity, fieldMaps, recentShared);
    }

    public Settings withoutRecentArchives() {
        return new Settings(List.of(), window, lastQuery, followLinksOutsideArchive, Map.of(), theme, readerZoom,
                listWidth, markReadOnOpen, collapseVersions, storySimilarity, fieldMaps, List.of());
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(recentArchives, bounds, lastQuery, followLinksOutsideArchive, searches, theme, readerZoom,
                listWidth, markReadOnOpen, collapseVersions, storySimilarity, fieldMaps, recentShared);
    }

    public Settings withLastQuery(String query) {
        return new Settings(recentArchives, window, query, followLinksOutsideArchive, searches, theme, readerZoom,
                listWidth, markReadOnOpen, collapseVersions, storySimilarity, fieldMaps, recentShared);
    }

    /** Which field of the archive's JSON records holds which part, as the user wrote it; empty for none. */
    public Map<String, String> fieldMapOf(Path folder) {
        return fieldMaps.getOrDefault(folder.toAbsolutePath().normalize().toString(), Map.of());
    }

    /** What was asked of an archive last; empty for an archive never searched. */
    public SearchState searchOf(Path folder) {
        return searches.getOrDefault(folder.toAbsolutePath().normalize().toString(), SearchState.EMPTY);
    }

    public Settings withSearch(Path folder, SearchState state) {
        Map<String, SearchState> changed = new LinkedHashMap<>(searches);
        changed.put(folder.toAbsolutePath().normalize().toString(), state);
        return new Settings(recentArchives, window, state.query(), followLinksOutsideArchive, changed, theme,
                readerZoom, listWidth, markReadOnOpen, collapseVersions, storySimilarity, fieldMaps, recentShared);
    }

    public Settings withTheme(String newTheme) {
        return new Settings(recentArchives, window, lastQuery, followLinksOutsideArchive, searches, newTheme,
                readerZoom, listWidth, markReadOnOpen, collapseVersions, storySimilarity, fieldMaps, recentShared);
    }

    public Settings withReaderZoom(double zoom) {
        return new Settings(recentArchives, window, lastQuery, followLinksOutsideArchive, searches, theme, zoom,
                listWidth, markReadOnOpen, collapseVersions, storySimilarity, fieldMaps, recentShared);
    }

    public Settings withListWidth(double share) {
        return new Settings(recentArchives, window, lastQuery, followLinksOutsideArchive, searches, theme, readerZoom,
                share, markReadOnOpen, collapseVersions, storySimilarity, fieldMaps, recentShared);
    }

    public Settings withMarkReadOnOpen(boolean mark) {
        return new Settings(recentArchives, window, lastQuery, followLinksOutsideArchive, searches, theme, readerZoom,
                listWidth, mark, collapseVersions, storySimilarity, fieldMaps, recentShared);
    }

    public Settings withCollapseVersions(boolean collapse) {
        return new Settings(recentArchives, window, lastQuery, followLinksOutsideArchive, searches, theme, readerZoom,
                listWidth, markReadOnOpen, collapse, storySimilarity, fieldMaps, recentShared);
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
