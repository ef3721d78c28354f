package org.broadsheet.ui;

import java.nio.file.Path;

import javafx.application.Application;
import org.broadsheet.ui.archive.SharedArchiveDialog;

/** Starts the window on an archive folder. */
public final class WindowLauncher {

    private static volatile Path archive;
    private static volatile SharedArchiveDialog.Choice shared;

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

    /**
     * Runs JavaFX until the window closes, the window opening a shared archive.
     *
     * @param user     the user name for Solr's basic authentication, or null
     * @param password its password, or null
     */
    public static void launchShared(String nodes, String collection, String user, String password, String[] args) {
        shared = new SharedArchiveDialog.Choice(nodes, collection, user == null ? "" : user,
                password == null ? "" : password);
        Application.launch(BroadsheetApp.class, args);
    }

    static Path archiveToOpen() {
        return archive;
    }

    /** The shared archive to open instead of a folder, or null. */
    static SharedArchiveDialog.Choice sharedToOpen() {
        return shared;
    }
}
