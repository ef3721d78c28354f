package org.broadsheet.ui.archive;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

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
import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.IngestListener;
import org.broadsheet.session.IngestProgress;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.ui.DisplayFormats;
import org.broadsheet.ui.task.TaskExecutor;
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
    private final ReadOnlyObjectWrapper<ArchiveSession> session = new ReadOnlyObjectWrapper<>(this, "session");
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

    private final List<Runnable> searchableListeners = new ArrayList<>();
    private final List<Consumer<Path>> openedListeners = new ArrayList<>();

    private long latestOpen;

    /** @param sessions how archives are opened: where their indexes are kept */
    public ArchiveViewModel(TaskExecutor executor, SessionFactory sessions) {
        this.executor = executor;
        this.sessions = sessions;
    }

    /** The open archive, or null while none is. */
    public ReadOnlyObjectProperty<ArchiveSession> sessionProperty() {
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

    /** Reads the open archive again from its folder, e.g. after files were added or fixed. */
    public void reopen() {
        if (folder.get() != null) {
            open(folder.get());
        }
    }

    /** Closes the archive that is open, if any, and opens the one in {@code folder}. */
    public void open(Path folder) {
        long number = ++latestOpen;
        this.folder.set(folder.toAbsolutePath().normalize());
        ArchiveSession previous = session.get();
        session.set(null);
        problems.clear();
        problemsText.set("");
        loading.set(true);
        progress.set(-1);
        title.set(titleFor(folder));
        status.set("Opening " + folder + "…");
        executor.run(() -> {
            if (previous != null) {
                previous.close();
            }
            return sessions.open(folder);
        }, opened -> {
            if (number != latestOpen) {
                closeQuietly(opened);
                return;
            }
            session.set(opened);
            showNotices(opened);
            openedListeners.forEach(listener -> listener.accept(opened.folder()));
            ingest(number, opened);
        }, failure -> openFailed(number, folder, failure));
    }

    private void ingest(long number, ArchiveSession opened) {
        executor.run(() -> opened.ingest(update -> executor.onUiThread(() -> showProgress(number, update))),
                finished -> ingestFinished(number, opened, finished),
                failure -> ingestFailed(number, opened, failure));
    }

    private void showProgress(long number, IngestProgress update) {
        if (number != latestOpen || update.finished()) {
            return;
        }
        progress.set(update.fraction());
        StringBuilder text = new StringBuilder(String.format(Locale.ENGLISH, "Reading %,d of %s",
                update.filesDone(), DisplayFormats.count(update.filesTotal(), "file", "files")));
        update.filesPerSecond().ifPresent(rate -> text.append(" \u00B7 ")
                .append(DisplayFormats.count(Math.round(rate), "file", "files")).append("/s"));
        update.remaining().ifPresent(left -> text.append(" \u00B7 about ")
                .append(DisplayFormats.duration(left)).append(" left"));
        status.set(text.toString());
        searchableChanged();
    }

    private void ingestFinished(long number, ArchiveSession opened, IngestProgress finished) {
        if (number != latestOpen) {
            return;
        }
        loading.set(false);
        progress.set(1);
        showNotices(opened);
        showContents(number, opened);
        searchableChanged();
        executor.run(() -> {
            boolean rebuilt = opened.verifyIndex(IngestListener.NONE);
            opened.watch(() -> executor.onUiThread(() -> archiveChanged(number, opened)));
            return rebuilt;
        }, rebuilt -> {
            if (rebuilt) {
                archiveChanged(number, opened);
            }
        }, failure -> LOG.warn("Could not check or watch {}", opened.folder(), failure));
    }

    /** The archive's folder changed while open: the index has followed; so do the counts and the list. */
    private void archiveChanged(long number, ArchiveSession changed) {
        if (number != latestOpen) {
            return;
        }
        showNotices(changed);
        showContents(number, changed);
        searchableChanged();
    }

    private void showContents(long number, ArchiveSession opened) {
        executor.run(() -> new Contents(opened.articleCount(), opened.problems()), contents -> {
            if (number == latestOpen) {
                status.set(DisplayFormats.count(contents.articles(), "article", "articles") + " in "
                        + opened.folder().getFileName() + storageNote(opened));
                problems.setAll(contents.problems());
                problemsText.set(contents.problems().isEmpty() ? ""
                        : DisplayFormats.count(contents.problems().size(), "file", "files") + " skipped");
            }
        }, failure -> LOG.warn("Could not count the archive's contents", failure));
    }

    private record Contents(int articles, List<Problem> problems) {
    }

    private static String storageNote(ArchiveSession opened) {
        return switch (opened.storage()) {
            case DISK -> "";
            case DISK_READ_ONLY -> " (read-only)";
            case MEMORY -> " (index in memory)";
        };
    }

    private void showNotices(ArchiveSession opened) {
        List<String> notices = opened.notices();
        if (!notices.isEmpty()) {
            notice.set(notices.get(notices.size() - 1));
        }
    }

    private void ingestFailed(long number, ArchiveSession opened, Exception failure) {
        if (number != latestOpen) {
            return;
        }
        LOG.warn("Reading {} failed", opened.folder(), failure);
        loading.set(false);
        progress.set(0);
        status.set("Reading the archive stopped: " + failure.getMessage());
        searchableChanged();
    }

    private void openFailed(long number, Path folder, Exception failure) {
        if (number != latestOpen) {
            return;
        }
        loading.set(false);
        progress.set(0);
        status.set(openFailure(folder, failure));
    }

    static String openFailure(Path folder, Exception failure) {
        if (failure instanceof NoSuchFileException) {
            return "Archive folder not found: " + folder;
        }
        if (failure instanceof NotDirectoryException) {
            return "Not a folder: " + folder;
        }
        LOG.warn("Could not open {}", folder, failure);
        return "Could not open " + folder + ": " + failure.getMessage();
    }

    /** Runs {@code listener} whenever more of the archive becomes searchable. */
    public void onSearchableChanged(Runnable listener) {
        searchableListeners.add(listener);
    }

    /** Runs {@code listener} with the folder of each archive that opens successfully. */
    public void onOpened(Consumer<Path> listener) {
        openedListeners.add(listener);
    }

    private void searchableChanged() {
        searchableListeners.forEach(Runnable::run);
    }

    private static String titleFor(Path folder) {
        Path name = folder.getFileName();
        return (name == null ? folder.toString() : name.toString()) + " \u2014 Broadsheet";
    }

    /** Closes the open archive; for when the window closes. */
    public void close() {
        latestOpen++;
        ArchiveSession open = session.get();
        session.set(null);
        if (open != null) {
            closeQuietly(open);
        }
    }

    private static void closeQuietly(ArchiveSession opened) {
        try {
            opened.close();
        } catch (IOException e) {
            LOG.warn("Could not close {}", opened.folder(), e);
        }
    }
}
