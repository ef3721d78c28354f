package org.broadsheet.ui.archive;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.broadsheet.article.Problem;
import org.broadsheet.platform.IoFailures;
import org.broadsheet.platform.LogFolder;
import org.broadsheet.session.ArchiveContents;
import org.broadsheet.session.ArchiveUnavailableException;
import org.broadsheet.session.IngestProgress;
import org.broadsheet.session.OpenArchive;
import org.broadsheet.session.SessionEvents;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.ui.DisplayFormats;
import org.broadsheet.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which archive is open and how far it has been read: opens a folder in the background, reads it into the
 * index with progress, and keeps the list of files that could not be read. UI thread only.
 */
public final class ArchiveViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveViewModel.class);

    private final TaskExecutor executor;
    private final SessionFactory sessions;
    private final ReadOnlyObjectWrapper<OpenArchive> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Broadsheet");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    /** One read-only view, kept: listeners on a view made per call would be lost with it. */
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyStringWrapper problemsText = new ReadOnlyStringWrapper(this, "problemsText", "");

    private final List<Consumer<Path>> openedListeners = new ArrayList<>();
    private final List<SharedOpened> sharedOpenedListeners = new ArrayList<>();

    /** Hears each shared archive that opens successfully: where, which collection, and who (blank for nobody). */
    @FunctionalInterface
    public interface SharedOpened {
        void opened(String nodes, String collection, String user);
    }

    private long latestOpen;

    /** @param sessions how archives are opened: where their indexes are kept */
    public ArchiveViewModel(TaskExecutor executor, SessionFactory sessions) {
        this.executor = executor;
        this.sessions = sessions;
    }

    /** The open archive, or null while none is. */
    public ReadOnlyObjectProperty<OpenArchive> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The folder of the archive open or being opened, or null. */
    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** A one-line message the user should see until they dismiss it, or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void showNotice(String message) {
        notice.set(message);
    }

    public void dismissNotice() {
        notice.set("");
    }

    /** The window title: the archive's folder name. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** One line on what the archive holds, or on how reading it goes. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** From 0 to 1 while reading; -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether the archive is being opened or read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The files that could not be read, with reasons. */
    public ObservableList<Problem> problems() {
        return problemsView;
    }

    /** {@code 3 files skipped}, or empty when there are none. */
    public ReadOnlyStringProperty problemsTextProperty() {
        return problemsText.getReadOnlyProperty();
    }

    /**
     * Reads the open archive's folder again, e.g. after files were added on a network folder the watch cannot
     * see. While the archive is still being opened there is nothing to read again yet: it is being read.
     */
    public void reopen() {
        OpenArchive open = session.get();
        if (open != null) {
            open.rescan(new Events(latestOpen));
        }
    }

    /** Closes the archive that is open, if any, and opens the one in {@code folder}. */
    public void open(Path folder) {
        this.folder.set(folder.toAbsolutePath().normalize());
        Path name = folder.getFileName();
        opening(name == null ? folder.toString() : name.toString(), folder.toString(), () -> sessions.open(folder),
                () -> openedListeners.forEach(listener -> listener.accept(folder.toAbsolutePath().normalize())),
                failure -> openFailure(folder, failure));
    }

    /**
     * Closes the archive that is open, if any, and opens a shared archive: a SolrCloud collection, reached
     * through one or more of its nodes' URLs (separated by commas).
     *
     * @param user the user name for Solr's basic authentication, or blank; the password is held in memory only
     */
    public void openShared(String nodes, String collection, String user, String password) {
        this.folder.set(null);
        opening(collection, collection + " at " + nodes, () -> sessions.openShared(nodes, collection, user, password),
                () -> sharedOpenedListeners.forEach(listener -> listener.opened(nodes, collection, user)),
                failure -> failure instanceof ArchiveUnavailableException ? failure.getMessage()
                        : openFailure(Path.of(collection), failure));
    }

    /** @param opened tells the listeners, once the archive is open */
    private void opening(String name, String where, TaskExecutor.BackgroundWork<OpenArchive> work, Runnable opened,
                         Function<Exception, String> failureText) {
        long number = ++latestOpen;
        OpenArchive previous = session.get();
        session.set(null);
        if (previous != null) {
            previous.closeInBackground();
        }
        problems.clear();
        problemsText.set("");
        loading.set(true);
        progress.set(-1);
        title.set(name + " \u2014 Broadsheet");
        status.set("Opening " + where + "\u2026");
        executor.run(work, archive -> {
            if (number != latestOpen) {
                archive.closeInBackground();
                return;
            }
            session.set(archive);
            showNotices(archive.notices());
            opened.run();
            archive.start(new Events(number));
        }, failure -> {
            if (number == latestOpen) {
                loading.set(false);
                progress.set(0);
                status.set(failureText.apply(failure));
            }
        });
    }

    /** What the session says, handed to the UI thread, and dropped once another archive was opened. */
    private final class Events implements SessionEvents {
        private final long number;

        Events(long number) {
            this.number = number;
        }

        @Override
        public void progressed(IngestProgress update) {
            executor.onUiThread(() -> {
                if (number == latestOpen && !update.finished()) {
                    showProgress(update);
                }
            });
        }

        @Override
        public void contentsChanged(ArchiveContents contents) {
            executor.onUiThread(() -> {
                if (number == latestOpen && session.get() != null) {
                    showContents(session.get(), contents);
                }
            });
        }

        @Override
        public void failed(String message) {
            executor.onUiThread(() -> {
                if (number == latestOpen) {
                    loading.set(false);
                    progress.set(0);
                    status.set(message);
                }
            });
        }
    }

    private void showProgress(IngestProgress update) {
        progress.set(update.fraction());
        StringBuilder text = new StringBuilder(String.format(Locale.ENGLISH, "Reading %,d of %s",
                update.filesDone(), DisplayFormats.count(update.filesTotal(), "file", "files")));
        update.filesPerSecond().ifPresent(rate -> text.append(" \u00B7 ")
                .append(DisplayFormats.count(Math.round(rate), "file", "files")).append("/s"));
        update.remaining().ifPresent(left -> text.append(" \u00B7 about ")
                .append(DisplayFormats.duration(left)).append(" left"));
        status.set(text.toString());
    }

    private void showContents(OpenArchive opened, ArchiveContents contents) {
        loading.set(false);
        progress.set(1);
        showNotices(contents.notices());
        status.set(DisplayFormats.count(contents.articles(), "article", "articles") + " in "
                + opened.name() + storageNote(contents.index())
                + (contents.complete() ? "" : " \u00B7 still being indexed in another window"));
        problems.setAll(contents.problems());
        problemsText.set(contents.problems().isEmpty() ? ""
                : DisplayFormats.count(contents.problems().size(), "file", "files") + " skipped");
    }

    private static String storageNote(ArchiveContents.Kept kept) {
        return switch (kept) {
            case STORED -> "";
            case READ_ONLY -> " (read-only)";
            case IN_MEMORY -> " (index in memory)";
            case SHARED -> " (shared)";
        };
    }

    private void showNotices(List<String> notices) {
        if (!notices.isEmpty()) {
            notice.set(notices.get(notices.size() - 1));
        }
    }

    static String openFailure(Path folder, Exception failure) {
        if (failure instanceof NoSuchFileException) {
            return "Archive folder not found: " + folder;
        }
        if (failure instanceof NotDirectoryException) {
            return "Not a folder: " + folder;
        }
        if (failure instanceof AccessDeniedException) {
            return "Could not open " + folder + ": permission denied.";
        }
        LOG.warn("Could not open {}", folder, failure);
        return "Could not open " + folder + " (" + IoFailures.describe(failure) + "); the details are in "
                + LogFolder.logFile() + ".";
    }

    /** Runs {@code listener} with the folder of each archive that opens successfully. */
    public void onOpened(Consumer<Path> listener) {
        openedListeners.add(listener);
    }

    /** Runs {@code listener} for each shared archive that opens successfully. */
    public void onSharedOpened(SharedOpened listener) {
        sharedOpenedListeners.add(listener);
    }

    /**
     * Closes the open archive in the background, committing its index; for when the window closes. The
     * returned future completes when it is closed.
     */
    public CompletableFuture<Void> close() {
        latestOpen++;
        OpenArchive open = session.get();
        session.set(null);
        return open == null ? CompletableFuture.completedFuture(null) : open.closeInBackground();
    }
}
