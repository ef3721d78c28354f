package org.broadsheet.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

import org.broadsheet.article.FieldMap;
import org.broadsheet.index.IndexOpener;
import org.broadsheet.marks.MarkStore;
import org.broadsheet.platform.AppDirectories;
import org.broadsheet.platform.ArchivePlaces;
import org.broadsheet.shared.SharedArchive;

/**
 * Opens archive sessions with their index and marks kept in one place; the window and command line share one
 * kind.
 */
@FunctionalInterface
public interface SessionFactory {

    ArchiveSession open(Path folder) throws IOException;

    /**
     * Opens a shared archive, a SolrCloud collection, with the user's marks on it kept as this factory keeps
     * marks (here: in memory).
     *
     * @param nodes one Solr node's URL or several, separated by commas
     * @param user  the user name for basic authentication, or null; the password is only ever held in memory
     * @throws ArchiveUnavailableException saying, in a line, why it cannot be opened
     * @throws IOException when it cannot be opened for another reason
     */
    default OpenArchive openShared(String nodes, String collection, String user, String password)
            throws IOException {
        return SharedSession.open(sharedArchive(nodes, collection, user, password), MarkStore.inMemory());
    }

    /** What a user wrote, as a shared archive's place; a mistake in it is told in a line. */
    private static SharedArchive sharedArchive(String nodes, String collection, String user, String password)
            throws ArchiveUnavailableException {
        try {
            return SharedArchive.of(nodes, collection, user == null || user.isBlank() ? null : user.strip(),
                    user == null || user.isBlank() ? null : password);
        } catch (IllegalArgumentException e) {
            throw new ArchiveUnavailableException(capitalised(e.getMessage()) + ".", e);
        }
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    /**
     * Sessions whose indexes live in the user's cache folder and whose marks live in the user's data folder, one
     * of each per archive, kept between runs.
     */
    static SessionFactory inUserCache() {
        return inUserCache(ArchiveSession.Options.defaults());
    }

    /**
     * As {@link #inUserCache()}.
     *
     * @param options how sessions read (the settings say whether links outside an archive are followed, and how
     *                alike versions of a story are)
     */
    static SessionFactory inUserCache(ArchiveSession.Options options) {
        return inUserCache(options, folder -> options.fieldMap());
    }

    /**
     * As {@link #inUserCache(ArchiveSession.Options)}, each archive's JSON records read by its own field map.
     *
     * @param fieldMaps the field map of each archive folder, as an absolute path
     */
    static SessionFactory inUserCache(ArchiveSession.Options options, Function<Path, FieldMap> fieldMaps) {
        return storedIn(AppDirectories.cache().resolve("indexes"), AppDirectories.data().resolve("marks"), options,
                fieldMaps);
    }

    /** Sessions whose indexes live in {@code indexesFolder}, with marks in memory. */
    static SessionFactory storedIn(Path indexesFolder) {
        IndexOpener opener = new IndexOpener(indexesFolder);
        return folder -> ArchiveSession.open(folder, opener, ArchiveSession.Options.defaults());
    }

    /** Sessions whose indexes live in {@code indexesFolder} and whose marks live in {@code marksFolder}. */
    static SessionFactory storedIn(Path indexesFolder, Path marksFolder) {
        ArchiveSession.Options options = ArchiveSession.Options.defaults();
        return storedIn(indexesFolder, marksFolder, options, folder -> options.fieldMap());
    }

    private static SessionFactory storedIn(Path indexesFolder, Path marksFolder, ArchiveSession.Options options,
                                           Function<Path, FieldMap> fieldMaps) {
        IndexOpener opener = new IndexOpener(indexesFolder);
        ArchiveSession.MarksOpener marks = archive -> MarkStore.forArchive(marksFolder, archive);
        return new SessionFactory() {
            @Override
            public ArchiveSession open(Path folder) throws IOException {
                return ArchiveSession.open(folder, opener,
                        options.withFieldMap(fieldMaps.apply(folder.toAbsolutePath().normalize())), marks);
            }

            @Override
            public OpenArchive openShared(String nodes, String collection, String user, String password)
                    throws IOException {
                SharedArchive archive = sharedArchive(nodes, collection, user, password);
                return SharedSession.open(archive, MarkStore.open(marksFolder.resolve(
                        ArchivePlaces.nameForShared(archive.collection(), archive.nodes().get(0)) + ".sqlite")));
            }
        };
    }

    /** Sessions with indexes and marks in memory, built afresh each time. */
    static SessionFactory inMemory() {
        return ArchiveSession::open;
    }
}
