package org.broadsheet.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsStoreTest {

    @TempDir
    Path folder;

    private List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void startsWithDefaultsAndNoNoticeWhenNothingWasSaved() {
        LoadedSettings loaded = new SettingsStore(folder.resolve("config")).load();
        assertEquals(Settings.defaults(), loaded.settings());
        assertEquals(Optional.empty(), loaded.notice());
    }

    @Test
    void readsBackWhatItSaved() throws IOException {
        SettingsStore store = new SettingsStore(folder.resolve("config"));
        Settings settings = Settings.defaults()
                .withArchiveOpened(folder.resolve("a"))
                .withArchiveOpened(folder.resolve("b"))
                .withWindow(new Settings.WindowBounds(10, 20, 900, 700, true))
                .withLastQuery("navalny sanctions");
        store.save(settings);
        assertEquals(new LoadedSettings(settings, Optional.empty()), store.load());
        assertEquals(List.of("settings.json"), filesIn(folder.resolve("config")), "no temporary file is left");
    }

    @Test
    void keepsRecentArchivesMostRecentFirstWithoutRepeatsAndAtMostTen() {
        Settings settings = Settings.defaults();
        for (int i = 0; i < 12; i++) {
            settings = settings.withArchiveOpened(folder.resolve("archive" + i));
        }
        settings = settings.withArchiveOpened(folder.resolve("archive5"));
        assertEquals(Settings.MAX_RECENT, settings.recentArchives().size());
        assertEquals(folder.resolve("archive5").toString(), settings.recentArchives().get(0));
        assertEquals(folder.resolve("archive11").toString(), settings.recentArchives().get(1));
        assertEquals(1, settings.recentArchives().stream().filter(path -> path.endsWith("archive5")).count());
    }

    @Test
    void remembersSharedArchivesWithoutAnyPasswordMostRecentFirst() throws IOException {
        SettingsStore store = new SettingsStore(folder.resolve("config"));
        Settings.SharedPlace news = new Settings.SharedPlace("http://solr:8983/solr", "news", "ann");
        Settings settings = Settings.defaults();
        for (int i = 0; i < 12; i++) {
            settings = settings.withSharedOpened(new Settings.SharedPlace("http://solr:8983/solr", "c" + i, ""));
        }
        settings = settings.withSharedOpened(news).withSharedOpened(news);
        assertEquals(Settings.MAX_RECENT, settings.recentShared().size());
        assertEquals(news, settings.recentShared().get(0));
        assertEquals("c11", settings.recentShared().get(1).collection());
        store.save(settings);
        assertEquals(settings, store.load().settings());
        String saved = Files.readString(folder.resolve("config").resolve("settings.json"));
        assertTrue(saved.contains("\"recentShared\""), saved);
        assertFalse(saved.toLowerCase(java.util.Locale.ROOT).contains("password"), saved);
        assertEquals(List.of(), settings.withoutRecentArchives().recentShared());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "[1, 2]", "null", "{\"recentArchives\": 42}", "\u0000\u0001binary"})
    void setsADamagedFileAsideAndUsesDefaultsWithANotice(String content) throws IOException {
        Files.writeString(folder.resolve("settings.json"), content);
        LoadedSettings loaded = new SettingsStore(folder).load();
        assertEquals(Settings.defaults(), loaded.settings());
        assertTrue(loaded.notice().orElseThrow().startsWith("Your settings file was damaged; it was set aside as"));
        List<String> files = filesIn(folder);
        assertEquals(1, files.size());
        assertTrue(files.get(0).startsWith("settings.json.damaged-"));
        assertEquals(content, Files.readString(folder.resolve(files.get(0))));
    }

    @Test
    void ignoresSettingsItDoesNotKnowAndWindowBoundsNobodyCouldUse() throws IOException {
        Files.writeString(folder.resolve("settings.json"), """
                {"recentArchives": ["/a"], "window": {"x": 0, "y": 0, "width": 3, "height": 3, "maximized": false},
                 "lastQuery": "q", "futureSetting": true}
                """);
        LoadedSettings loaded = new SettingsStore(folder).load();
        assertEquals(Settings.defaults().withArchiveOpened(Path.of("/a")).withLastQuery("q"), loaded.settings());
        assertEquals(Optional.empty(), loaded.notice());
    }

    @Test
    void keepsTheFieldMapsWrittenByHandForEveryArchiveThroughASave() throws IOException {
        Files.writeString(folder.resolve("settings.json"), """
                {"recentArchives": ["/a"], "fieldMaps": {"/crawl": {"text": "articleBody", "published": "when"},
                 "/b": {"author": null}}, "searches": {"/old": {"query": "gone"}}}
                """);
        SettingsStore store = new SettingsStore(folder);
        Settings loaded = store.load().settings();
        assertEquals(Map.of("text", "articleBody", "published", "when"), loaded.fieldMapOf(Path.of("/crawl")));
        assertEquals(Map.of(), loaded.fieldMapOf(Path.of("/a")));
        assertEquals(SearchState.EMPTY, loaded.searchOf(Path.of("/old")), "a search of an archive no longer recent");
        store.save(loaded.withArchiveOpened(Path.of("/c")));
        Settings again = store.load().settings();
        assertEquals(Map.of("text", "articleBody", "published", "when"), again.fieldMapOf(Path.of("/crawl")),
                "kept, though the archive is not among the recent ones");
        assertEquals(loaded.fieldMaps(), again.fieldMaps(), "a value the window cannot use is kept for the user to mend");
    }

    @Test
    void failsToSaveIntoAFolderThatCannotBeMade() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        assertThrows(IOException.class, () -> new SettingsStore(notAFolder.resolve("config")).save(Settings.defaults()));
    }
}
