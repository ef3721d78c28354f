package org.broadsheet.marks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.broadsheet.platform.IoFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens the SQLite file of an archive's marks, and decides what to do when it cannot be used as it is:
 * <ul>
 *   <li>no file yet: make one;</li>
 *   <li>a file that is not a database, or damaged: set it aside beside itself and start a new one, with a notice;</li>
 *   <li>a read-only file, or one written by a newer Broadsheet: show its marks, change nothing, with a notice;</li>
 *   <li>a file another program holds locked: no marks for now, tried again on the next change, with a notice;</li>
 *   <li>a folder that cannot be written: keep marks in memory until Broadsheet closes, with a notice.</li>
 * </ul>
 */
final class MarkDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(MarkDatabase.class);
    /** How long a change waits for another window's change to finish before it gives up. */
    static final int BUSY_TIMEOUT_MS = 2_000;
    private static final DateTimeFormatter ASIDE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    enum Access {
        /** Marks are read and saved. */
        WRITABLE,
        /** Marks are shown; changes are refused. */
        READ_ONLY,
        /** Another program holds the file; nothing can be read or saved until it lets go. */
        LOCKED
    }

    /**
     * A database as it could be opened.
     *
     * @param connection the connection, or null when {@link Access#LOCKED}
     * @param persistent whether what is saved outlives this run (false in memory)
     */
    record Opened(Connection connection, Access access, boolean persistent, List<String> notices) {
        Opened {
            notices = List.copyOf(notices);
        }
    }

    private MarkDatabase() {
    }

    static Opened inMemory(List<String> notices) throws SQLException {
        Connection connection = configured(false).createConnection("jdbc:sqlite::memory:");
        MarksSchema.migrate(connection);
        return new Opened(connection, Access.WRITABLE, false, notices);
    }

    static Opened open(Path file) throws SQLException {
        List<String> notices = new ArrayList<>();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            LOG.warn("Cannot make the marks folder {}", file.getParent(), e);
            return inMemory(List.of(keptInMemory(file, e)));
        }
        boolean readOnly = Files.exists(file) && (!Files.isWritable(file) || !Files.isWritable(file.getParent()));
        try {
            return opened(file, readOnly, notices);
        } catch (SQLException e) {
            switch (SqlFailures.kind(e)) {
                case DAMAGED -> {
                    return startedAfresh(file, e, notices);
                }
                case BUSY -> {
                    LOG.warn("The marks file {} is locked by another program", file, e);
                    notices.add(LOCKED_NOTICE);
                    return new Opened(null, Access.LOCKED, true, notices);
                }
                default -> {
                    LOG.warn("Cannot open the marks file {}", file, e);
                    return inMemory(List.of("Marks can't be saved in " + file.getParent()
                            + ": they are kept until Broadsheet closes."));
                }
            }
        }
    }

    private static Opened startedAfresh(Path file, SQLException damage, List<String> notices) throws SQLException {
        try {
            Path aside = setAside(file);
            LOG.warn("The marks file {} is damaged; set aside as {}", file, aside, damage);
            notices.add("The marks file was damaged; it was set aside as " + aside.getFileName()
                    + " and a new one started.");
            return opened(file, false, notices);
        } catch (IOException | SQLException e) {
            LOG.warn("Cannot start a new marks file in place of the damaged {}", file, e);
            return inMemory(List.of("The marks file is damaged and can't be replaced: marks are kept until "
                    + "Broadsheet closes."));
        }
    }

    static final String LOCKED_NOTICE = "The marks file is locked by another program: marks can't be shown or "
            + "changed until it lets go.";

    private static Opened opened(Path file, boolean readOnly, List<String> notices) throws SQLException {
        Connection connection = connect(file, readOnly);
        try {
            check(connection);
            int version = MarksSchema.version(connection);
            if (version > MarksSchema.LATEST) {
                notices.add("The marks were saved by a newer Broadsheet: they are shown, but can't be changed.");
                return new Opened(connection, Access.READ_ONLY, true, notices);
            }
            if (readOnly) {
                if (version < MarksSchema.LATEST) {
                    // An old, read-only file cannot be brought up to date: read nothing rather than misread it.
                    connection.close();
                    return inMemory(List.of("The marks file is read-only and from an older Broadsheet: its marks "
                            + "can't be shown, and new ones are kept until Broadsheet closes."));
                }
                notices.add("The marks file is read-only: marks are shown, but can't be changed.");
                return new Opened(connection, Access.READ_ONLY, true, notices);
            }
            try (Statement statement = connection.createStatement()) {
                // Another window reads while this one writes; a crash loses no committed change.
                statement.execute("PRAGMA journal_mode = WAL");
            }
            MarksSchema.migrate(connection);
            return new Opened(connection, Access.WRITABLE, true, notices);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * A connection to the file. SQLite reads a file in write-ahead mode through files beside it, which it cannot
     * make in a folder it may not write; a read-only file there is read as one that nobody changes.
     */
    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        if (!readOnly) {
            return configured(false).createConnection("jdbc:sqlite:" + file);
        }
        try {
            Connection connection = configured(true).createConnection("jdbc:sqlite:" + file);
            try {
                check(connection);
                return connection;
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            if (SqlFailures.kind(e) != SqlFailures.Kind.READ_ONLY && SqlFailures.kind(e) != SqlFailures.Kind.CANNOT_OPEN) {
                throw e;
            }
            return configured(true).createConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
        }
    }

    /** Reads every page's structure: a file that is not a database, or a damaged one, fails here. */
    private static void check(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA quick_check")) {
            if (!result.next() || !"ok".equalsIgnoreCase(result.getString(1))) {
                throw new SQLiteException("quick_check failed", SQLiteErrorCode.SQLITE_CORRUPT);
            }
        }
    }

    private static SQLiteConfig configured(boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (!readOnly) {
            // In write-ahead mode a crash loses no committed change; only a power cut may lose the last ones.
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        return config;
    }

    /** Moves a damaged file, with its journal files, beside itself under a dated name; nothing is deleted. */
    private static Path setAside(Path file) throws IOException {
        String stamp = LocalDateTime.now().format(ASIDE_STAMP);
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        for (String suffix : List.of("-wal", "-shm")) {
            Path journal = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(journal)) {
                Files.move(journal, aside.resolveSibling(aside.getFileName() + suffix),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return aside;
    }

    private static String keptInMemory(Path file, IOException failure) {
        return "Marks can't be saved in " + file.getParent() + " (" + IoFailures.describe(failure)
                + "): they are kept until Broadsheet closes.";
    }
}
