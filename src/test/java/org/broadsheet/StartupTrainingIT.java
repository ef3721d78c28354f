package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.broadsheet.index.ArticleIndex;
import org.broadsheet.index.IndexOpener;
import org.broadsheet.settings.Settings;
import org.broadsheet.settings.SettingsStore;
import org.broadsheet.testing.JarRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the installer's start-up cache is recorded on, run from the packaged jar as cds-training.sh runs it: the
 * settings a window leaves, and a search that builds the sample's index, without a word on the terminal.
 */
class StartupTrainingIT {

    @TempDir
    Path workingFolder;

    @TempDir
    Path home;

    @Test
    void writesSettingsLikeAWindowsThenSearchesTheSample() throws Exception {
        JarRun run = JarRun.in(workingFolder, home);
        JarRun.Result trained = run.runMain(StartupTraining.class.getName());
        assertEquals(0, trained.status(), trained.err());
        assertEquals("", trained.out());
        assertEquals("", trained.err());

        Settings settings = new SettingsStore(run.configFolder().resolve("broadsheet")).load().settings();
        Path sample = run.cacheFolder().resolve("broadsheet").resolve("sample-archive");
        assertEquals(List.of(sample.toString()), settings.recentArchives());
        assertEquals(StartupTraining.SEARCH[2], settings.searchOf(sample).query());
        assertEquals(1200, settings.window().width());

        IndexOpener indexes = new IndexOpener(run.cacheFolder().resolve("broadsheet").resolve("indexes"));
        ArticleIndex index = indexes.open(sample).index();
        try {
            assertEquals(2, index.articleCount(), "the training's search built the sample's index");
        } finally {
            index.close();
        }
    }

    @Test
    void leavesAUsersOwnSettingsAsTheyAre() throws Exception {
        JarRun run = JarRun.in(workingFolder, home);
        SettingsStore store = new SettingsStore(run.configFolder().resolve("broadsheet"));
        store.save(Settings.defaults().withTheme(Settings.DARK));
        byte[] before = Files.readAllBytes(store.file());

        JarRun.Result trained = run.runMain(StartupTraining.class.getName());
        assertEquals(0, trained.status(), trained.err());
        assertArrayEquals(before, Files.readAllBytes(store.file()));
    }
}
