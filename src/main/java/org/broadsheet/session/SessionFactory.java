package org.broadsheet.session;

import java.io.IOException;
import java.nio.file.Path;

import org.broadsheet.index.IndexOpener;
import org.broadsheet.platform.AppDirectories;

/** Opens archive sessions with their index kept in one place; the window and command line share one kind. */
@FunctionalInterface
public interface SessionFactory {

    ArchiveSession open(Path folder) throws IOException;

    /** Sessions whose indexes live in the user's cache folder, one per archive, kept between runs. */
    static SessionFactory inUserCache() {
        return storedIn(AppDirectories.cache().resolve("indexes"));
    }

    /** Sessions whose indexes live in {@code indexesFolder}. */
    static SessionFactory storedIn(Path indexesFolder) {
        IndexOpener opener = new IndexOpener(indexesFolder);
        return folder -> ArchiveSession.open(folder, opener, ArchiveSession.Options.defaults());
    }

    /** Sessions with indexes in memory, built afresh each time. */
    static SessionFactory inMemory() {
        return ArchiveSession::open;
    }
}
