package org.broadsheet.ui.marks;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.broadsheet.article.Marks;
import org.broadsheet.marks.ArticleRef;
import org.broadsheet.marks.MarkChange;
import org.broadsheet.marks.MarkStore;
import org.broadsheet.search.HighlightedArticle;
import org.broadsheet.task.TaskExecutor;

/**
 * The marks of the article open in the reader, and what the reader's bar does with them: star, tags, note,
 * read. An article opened is marked read after a moment, unless the user turned that off or moved on.
 * UI thread only.
 */
public final class ArticleMarksViewModel {

    /** How long an article must stay open to count as read. */
    static final Duration READ_AFTER = Duration.ofMillis(1500);

    private final MarksViewModel marks;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<ArticleRef> article = new ReadOnlyObjectWrapper<>(this, "article");
    private final ReadOnlyObjectWrapper<Marks> current = new ReadOnlyObjectWrapper<>(this, "marks", Marks.NONE);
    private final BooleanProperty markReadOnOpen = new SimpleBooleanProperty(this, "markReadOnOpen", true);
    private final Runnable storeChanged = this::changedElsewhere;
    private TaskExecutor.Cancellable pendingRead = TaskExecutor.Cancellable.NONE;
    private Supplier<String> noteDraft = () -> null;

    public ArticleMarksViewModel(MarksViewModel marks, TaskExecutor executor) {
        this.marks = marks;
        this.executor = executor;
        marks.storeProperty().addListener((observable, old, now) -> {
            if (old != null) {
                old.removeChangeListener(storeChanged);
            }
            if (now != null) {
                now.addChangeListener(storeChanged);
            }
        });
    }

    /** The open article, or null. */
    public ReadOnlyObjectProperty<ArticleRef> articleProperty() {
        return article.getReadOnlyProperty();
    }

    /** Its marks; {@link Marks#NONE} without an article. */
    public ReadOnlyObjectProperty<Marks> marksProperty() {
        return current.getReadOnlyProperty();
    }

    /** Whether opening an article marks it read after a moment (a setting). */
    public BooleanProperty markReadOnOpenProperty() {
        return markReadOnOpen;
    }

    /** Where the note being written is, so that it is saved on the article it was written on. */
    public void draftNote(Supplier<String> draft) {
        this.noteDraft = draft;
    }

    /** The reader shows another article, or none. */
    public void show(HighlightedArticle shown) {
        pendingRead.cancel();
        ArticleRef now = shown == null ? null
                : new ArticleRef(shown.article().id(), shown.fingerprint(), shown.article().title());
        boolean another = !Objects.equals(now == null ? null : now.id(), idOf(article.get()));
        if (another && article.get() != null) {
            String draft = noteDraft.get();
            if (draft != null) {
                saveNote(draft);
            }
        }
        // The marks first: who follows the article finds the new article's marks already there.
        current.set(shown == null ? Marks.NONE : shown.marks());
        article.set(now);
        if (now != null && another && markReadOnOpen.get() && !shown.marks().read()) {
            pendingRead = executor.schedule(READ_AFTER, () -> {
                if (article.get() != null && article.get().id().equals(now.id()) && !current.get().read()) {
                    apply(MarkChange.read(true));
                }
            });
        }
    }

    private static String idOf(ArticleRef ref) {
        return ref == null ? null : ref.id();
    }

    public void toggleStar() {
        apply(MarkChange.star(!current.get().starred()));
    }

    public void addTag(String tag) {
        if (tag != null && !tag.isBlank()) {
            apply(MarkChange.addTag(tag));
        }
    }

    public void removeTag(String tag) {
        apply(MarkChange.removeTag(tag));
    }

    /** Keeps the note as written; an unchanged note is not saved again, a blank one is removed. */
    public void saveNote(String note) {
        String now = note == null || note.isBlank() ? null : note;
        if (!Objects.equals(now, current.get().note())) {
            apply(MarkChange.note(note == null ? "" : note));
        }
    }

    public void toggleRead() {
        pendingRead.cancel();
        apply(MarkChange.read(!current.get().read()));
    }

    private void apply(MarkChange change) {
        ArticleRef target = article.get();
        if (target == null) {
            return;
        }
        marks.apply(List.of(target), change, after -> {
            if (article.get() != null && article.get().id().equals(target.id()) && after.containsKey(target.id())) {
                current.set(after.get(target.id()));
            }
        });
    }

    /** Marks changed in the list or another window: the bar shows them as they are now. */
    private void changedElsewhere() {
        executor.onUiThread(() -> {
            ArticleRef target = article.get();
            MarkStore store = marks.storeProperty().get();
            if (target == null || store == null) {
                return;
            }
            executor.run(() -> store.marksOf(target.id()), marksNow -> {
                if (article.get() != null && article.get().id().equals(target.id())) {
                    current.set(marksNow);
                }
            }, failure -> { });
        });
    }
}
