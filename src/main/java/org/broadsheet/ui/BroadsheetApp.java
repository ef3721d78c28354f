package org.broadsheet.ui;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.stage.Stage;
import org.broadsheet.platform.AppDirectories;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.settings.SettingsStore;
import org.broadsheet.ui.task.FxTaskExecutor;

/** The JavaFX application: one {@link MainWindow} on the archive named on the command line, or the sample. */
public final class BroadsheetApp extends Application {

    private FxTaskExecutor executor;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Path archive = WindowLauncher.archiveToOpen();
        executor = new FxTaskExecutor();
        window = new MainWindow(stage, executor, new SettingsStore(AppDirectories.config()),
                SessionFactory.inUserCache());
        window.show(archive);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }
}
