package org.broadsheet.ui;

import java.nio.file.Path;

import javafx.application.Application;

/** Starts the window on an archive folder. */
public final class WindowLauncher {

    private static volatile Path archive;

    private WindowLauncher() {
    }

    /**
     * Runs JavaFX until the window closes.
     *
     * @param folder the archive to open
     * @param args   the arguments, for JavaFX's {@code Application.getParameters}
     */
    public static void launch(Path folder, String[] args) {
        archive = folder;
        Application.launch(BroadsheetApp.class, args);
    }

    static Path archiveToOpen() {
        return archive;
    }
}
