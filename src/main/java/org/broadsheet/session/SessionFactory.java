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
        return inUserCache(false);
    }

    /**
     * As {@link #inUserCache()}.
     *
     * @param followLinksOutside whether links that lead outside an archive are followed (a setting)
     */
    static SessionFactory inUserCache(boolean followLinksOutside) {
        return storedIn(AppDirectories.cache().resolve("indexes"), followLinksOutside);
    }

    /** Sessions whose indexes live in {@code indexesFolder}. */
    static SessionFactory storedIn(Path indexesFolder) {
        return storedIn(indexesFolder, false);
    }

    private static SessionFactory storedIn(Path indexesFolder, boolean followLinksOutside) {
        IndexOpener opener = new IndexOpener(indexesFolder);
        ArchiveSession.Options options = ArchiveSession.Options.defaults().withLinksOutsideFollowed(followLinksOutside);
        return folder -> ArchiveSession.open(folder, opener, options);
    }

    /** Sessions with indexes in memory, built afresh each time. */
    static SessionFactory inMemory() {
        return ArchiveSession::open;
    }
}
