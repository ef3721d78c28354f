package org.broadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.broadsheet.cli.CommandLineInterface;
import org.broadsheet.platform.AppDirectories;
import org.broadsheet.platform.BundledSample;
import org.broadsheet.platform.IoFailures;
import org.broadsheet.settings.SearchState;
import org.broadsheet.settings.Settings;
import org.broadsheet.settings.SettingsStore;

/**
 * The work the installer's start-up cache is recorded on (cds-training.sh runs it, with folders of its own): a
 * one-shot search of the bundled sample, as a user of the window runs it, first on an empty cache and then on
 * the index that made. A start maps the classes loaded here instead of loading them one by one, so the training
 * must read settings as the window leaves them: trained without any, a warm search still loaded some fifty of
 * Jackson's classes to read a user's, about 40 ms of a 0.55 s command.
 */
public final class StartupTraining {

    /** What the training searches for: words of the sample, so that the search finds, counts and writes hits. */
    static final String[] SEARCH = {"search", "--query", "floods OR china"};

    private StartupTraining() {
    }

    public static void main(String[] args) {
        Launcher.silenceLogging();
        System.exit(train(new SettingsStore(AppDirectories.config())));
    }

    /**
     * Writes settings like a window's into {@code settings}' folder, unless a file is already there (a user's is
     * never replaced), then searches twice.
     *
     * @return the exit status of the command line: {@link CommandLineInterface#OK} when both searches worked
     */
    static int train(SettingsStore settings) {
        try {
            if (!Files.exists(settings.file())) {
                Path sample = BundledSample.folder();
                settings.save(Settings.defaults().withArchiveOpened(sample)
                        .withWindow(new Settings.WindowBounds(40, 40, 1200, 800, false))
                        .withSearch(sample, new SearchState(SEARCH[2], LocalDate.of(2021, 1, 1), null, Set.of(),
                                Set.of(), Set.of())));
            }
        } catch (IOException e) {
            System.err.println("error: cannot write the training's settings (" + IoFailures.describe(e) + ")");
            return CommandLineInterface.ERROR;
        }
        PrintStream results = new PrintStream(OutputStream.nullOutputStream());
        int cold = new CommandLineInterface().run(SEARCH, results, System.err);
        int warm = new CommandLineInterface().run(SEARCH, results, System.err);
        return Math.max(cold, warm);
    }
}
