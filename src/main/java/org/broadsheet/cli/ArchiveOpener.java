package org.broadsheet.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.broadsheet.article.FieldMap;
import org.broadsheet.session.SessionFactory;

/**
 * Opens the archive a command names, its JSON records read by the command's {@code --map}, else by the field
 * map the settings keep for that archive; a map that cannot be used is refused before the archive is read.
 */
final class ArchiveOpener {

    private final Function<FieldMap, SessionFactory> sessions;
    private final Function<Path, Map<String, String>> savedMaps;

    /**
     * @param sessions  the sessions that read JSON records with a field map
     * @param savedMaps the field map the settings keep for an archive folder, as written there
     */
    ArchiveOpener(Function<FieldMap, SessionFactory> sessions, Function<Path, Map<String, String>> savedMaps) {
        this.sessions = sessions;
        this.savedMaps = savedMaps;
    }

    /** How to open {@code folder} for a command given these arguments. */
    SessionFactory sessionsFor(Arguments arguments, Path folder) throws UsageException {
        return sessions.apply(fieldMapFor(arguments, folder));
    }

    /** The field map {@code folder}'s JSON records are read with, for a command given these arguments. */
    FieldMap fieldMapFor(Arguments arguments, Path folder) throws UsageException {
        Optional<String> written = arguments.option("map");
        try {
            return written.isPresent() ? FieldMap.parse(written.get())
                    : FieldMap.of(savedMaps.apply(folder.toAbsolutePath().normalize()));
        } catch (FieldMap.InvalidFieldMapException e) {
            throw new UsageException(written.isPresent() ? "--map: " + e.getMessage()
                    : "the field map the settings keep for this archive cannot be used: " + e.getMessage());
        }
    }
}
