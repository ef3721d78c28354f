package org.broadsheet.ui;

import java.nio.file.Path;

import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.broadsheet.ui.reader.ReaderView;

/**
 * What the window asks of the desktop: the system's clipboard, and opening a file or its folder with the
 * application the system chooses (which never writes to the archive by itself). Without host services, as in
 * tests, files are not opened. FX thread only.
 */
final class FxDesktop implements ReaderView.Files {

    private final HostServices host;

    /** @param host the application's host services, or null when there are none */
    FxDesktop(HostServices host) {
        this.host = host;
    }

    @Override
    public void open(Path file) {
        if (host != null) {
            host.showDocument(file.toUri().toString());
        }
    }

    @Override
    public void showFolder(Path file) {
        Path folder = file.getParent();
        if (host != null && folder != null) {
            host.showDocument(folder.toUri().toString());
        }
    }

    @Override
    public void browse(String address) {
        if (host != null && !address.isEmpty()) {
            host.showDocument(address);
        }
    }

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
