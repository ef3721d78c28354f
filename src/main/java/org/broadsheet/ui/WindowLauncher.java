package org.broadsheet.ui;

import java.io.IOException;
import java.nio.file.Path;

import javafx.application.Application;
import org.broadsheet.cli.WindowArguments;
import org.broadsheet.platform.BundledSample;

/** Starts the window on the archive the arguments name ({@code --archive DIR}), else on the bundled sample. */
public final class WindowLauncher {

    private static volatile Path archive;

    private WindowLauncher() {
    }

    /** Parses the window's arguments, then runs JavaFX until the window closes; exits with 2 on bad arguments. */
    public static void launch(String[] args) {
        try {
            archive = WindowArguments.archive(args).orElseGet(WindowLauncher::bundledSample);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(BroadsheetApp.class, args);
    }

    private static Path bundledSample() {
        try {
            return BundledSample.folder();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot open the sample archive: " + e.getMessage(), e);
        }
    }

    static Path archiveToOpen() {
        return archive;
    }
}
