package org.broadsheet.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.stage.Stage;
import org.broadsheet.platform.AppDirectories;
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.article.FieldMap;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.settings.Settings;
import org.broadsheet.settings.SettingsStore;
import org.broadsheet.ui.archive.SharedArchiveDialog;
import org.broadsheet.ui.task.FxTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: one {@link MainWindow} on the archive named on the command line, or the sample. */
public final class BroadsheetApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(BroadsheetApp.class);

    private FxTaskExecutor executor;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Path archive = WindowLauncher.archiveToOpen();
        executor = new FxTaskExecutor();
        SettingsStore settings = new SettingsStore(AppDirectories.config());
        Settings chosen = settings.load().settings();
        window = new MainWindow(stage, executor, settings, SessionFactory.inUserCache(ArchiveSession.Options.defaults()
                .withLinksOutsideFollowed(chosen.followLinksOutsideArchive())
                .withStorySimilarity(chosen.storySimilarity()), folder -> MainWindow.fieldMapOf(chosen, folder)
                .orElse(FieldMap.NONE)), getHostServices());
        SharedArchiveDialog.Choice shared = WindowLauncher.sharedToOpen();
        if (shared != null) {
            window.showShared(shared);
        } else {
            window.show(archive);
        }
    }

    /**
     * The window is gone by now; its settings are saved and its archive closed on threads that keep the
     * process alive until they are done, but no longer than this: a disk that hangs must not keep a
     * process without a window running forever.
     */
    private static final Duration CLOSE_LIMIT = Duration.ofSeconds(60);

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        if (window == null) {
            return;
        }
        CompletableFuture<Void> closed = window.close();
        Thread limit = new Thread(() -> {
            try {
                closed.get(CLOSE_LIMIT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                LOG.warn("Closing the archive took longer than {} s; stopping anyway", CLOSE_LIMIT.toSeconds());
                System.exit(0);
            } catch (ExecutionException e) {
                LOG.warn("Closing the archive failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "broadsheet-close-limit");
        limit.start();
    }
}
