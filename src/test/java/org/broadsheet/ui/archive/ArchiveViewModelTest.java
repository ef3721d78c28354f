package org.broadsheet.ui.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.broadsheet.session.ArchiveSession;
import org.broadsheet.session.SessionFactory;
import org.broadsheet.task.QueuedTaskExecutor;
import org.broadsheet.testing.TestArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which archive is open, tested without JavaFX running. */
class ArchiveViewModelTest {

    @TempDir
    Path folder;

    @Test
    void readingTheArchiveAgainWhileItOpensOpensNoSecondSession() throws Exception {
        TestArchive.in(folder).withSeeds();
        AtomicInteger opened = new AtomicInteger();
        SessionFactory counting = archive -> {
            opened.incrementAndGet();
            return ArchiveSession.open(archive);
        };
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ArchiveViewModel model = new ArchiveViewModel(executor, counting);
        model.open(folder);
        model.reopen();
        model.reopen();
        assertEquals(1, executor.size(), "only the opening itself is under way");
        executor.runAll();
        assertEquals(1, opened.get());
        model.close().get();
    }

    @Test
    void saysWhyAnArchiveCouldNotBeOpenedWithoutTheSystemsWords() {
        String message = ArchiveViewModel.openFailure(folder, new IOException("EIO: strange low-level failure"));
        assertTrue(message.startsWith("Could not open " + folder), message);
        assertFalse(message.contains("EIO") || message.contains("Exception"), message);
        assertTrue(message.contains("broadsheet.log"), message);
    }
}
